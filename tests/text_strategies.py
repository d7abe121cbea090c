"""Hypothesis strategies for arbitrary minutes text, shared by the extraction and loading properties."""

from hypothesis import strategies as st

# Pieces of minutes, so that generated texts reach the extractor's rules and not only its
# early exits; the text between them is arbitrary.
PIECES = [
    "2024年4月24日，区长王明主持召开区政府第73次常务会议。",
    "会议听取区应急局关于《安平区燃气安全整治方案》情况的汇报。",
    "会议分别听取区教育局、区卫健委关于校园安全、基层医疗的汇报。",
    "区体育局、区民政局补充汇报。",
    "会议指出，各相关部门要按照“三管三必须”要求压实责任。",
    "由区住建局牵头，会同区规资局制定计划。请区财政局做好保障。",
    "要结合正在开展的安全生产治本攻坚三年行动，狠抓整改。",
    "现纪要如下：\n一、审议《安平区河道保洁办法（送审稿）》\n",
    "二、略\n",
    "【王明】15:01\n请区文旅局汇报。\n",
    "會議聽取區(qū)應急局關於《方案》的彙報。",
    "\n\n— 2 —\n\n",
]
texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=40)), max_size=12).map("".join)
