"""Build the GBK-encoded minutes of the held-out ``c`` set.

The held-out set keeps one document in GBK, as many county portals still serve plain text
in that encoding. The text is kept here in UTF-8 so it can be read and edited; the output
is written to ``tests/data/heldout/`` and committed, so this script is run by hand only when
the text changes:

    .venv/bin/python tests/data/tools/make_c.py
"""

from pathlib import Path

HELDOUT = Path(__file__).resolve().parent.parent / "heldout"

ZHAODONG_2017 = """\
肇东市人民政府常务会议纪要

肇政纪〔2017〕5号

2017年3月28日上午，市政府在市政府第二会议室召开2017年度第5次常务会议。市长邹德明主持会议，副市长王立群、冯凯、李春燕、赵国庆参加会议。会议研究了春耕生产、秸秆综合利用和禁烧、城区供热、春季安全生产大检查等工作。现将会议议定事项纪要如下：

一、关于2017年春耕生产工作

会议听取了市农业局局长刘宏伟关于2017年春耕生产准备情况的汇报。会议认为，今年全市农作物播种面积稳定在300万亩以上，种子、化肥、农药等农资储备基本到位，但部分乡镇农机具检修进度偏慢，春涝隐患依然存在。

会议议定：
（一）由市农业局牵头，组织农技人员分片包乡，深入田间地头开展技术指导，重点推广玉米大垄双行、水稻钵育摆栽等增产技术。
（二）各乡镇要在4月10日前完成农机具检修，对低洼易涝地块提前疏通排水沟渠，做到“早备耕、早整地、早播种”。
（三）请市财政局提前拨付耕地地力保护补贴资金，确保4月底前足额发放到户。
（四）市市场监督管理局要开展农资打假专项行动，严厉查处制售假劣种子、化肥的违法行为，切实维护农民利益。

二、关于《肇东市秸秆综合利用和禁烧工作实施方案》

会议听取了市环境保护局关于《肇东市秸秆综合利用和禁烧工作实施方案》（以下简称《方案》）起草情况的汇报。会议原则同意《方案》，由市环境保护局根据会议意见修改后印发。

会议指出，去年秋冬季省环境保护督察组对我市秸秆露天焚烧问题进行了通报，教训十分深刻。各乡镇、各有关部门要认真落实“党政同责、一岗双责”，实行市级领导包乡镇、乡镇干部包村、村干部包地块的网格化管理，坚决做到“不着一把火、不冒一处烟”。秸秆禁烧要与春耕生产结合起来，通过秸秆还田、离田打包和饲料化、燃料化利用，从根本上减少焚烧需求。市发展和改革局要积极争取国家秸秆综合利用试点项目，支持生物质发电和成型燃料企业扩大收储规模。

三、关于城区供热运行及停热安排

会议听取了肇东市热力有限公司关于2016—2017年度供热运行情况的汇报。会议同意城区于4月10日按期停热，如遇极端降温天气可视情延长。会议要求，肇东市热力有限公司要利用停热期对老旧管网进行全面检修改造，今年计划改造的12公里一次管网要在9月底前全部完工。市住房和城乡建设局要加强对供热企业的监管，对群众投诉集中的小区逐户排查原因，限期解决室温不达标问题。

四、关于开展春季安全生产大检查

会议听取了市安监局关于开展春季安全生产大检查工作安排的汇报。会议强调，春季气候干燥，风大物燥，是火灾和各类事故的易发期。各乡镇、各部门要严格落实“党政同责、一岗双责”，主要领导亲自部署、亲自检查，对危险化学品、烟花爆竹、人员密集场所、建筑施工等重点行业领域开展拉网式排查。市安监局要牵头组成5个督查组，4月份对各乡镇、各部门检查情况进行明察暗访，对隐患整改不力的单位一律通报。市公安消防大队要加强对“三合一”场所和大型商场的消防检查。

会议还研究了其他事项。

参加：邹德明、王立群、冯凯、李春燕、赵国庆
列席：市政府办公室、市监察局、市审计局负责同志
记录：市政府办公室秘书科
"""


def write_gbk(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` in GBK, failing on any character GBK lacks.

    Args:
        path: Where the file goes.
        text: The document text.

    Raises:
        UnicodeEncodeError: If a character has no GBK code, so the fixture would be wrong.
    """
    path.write_bytes(text.encode("gbk"))


def main() -> None:
    """Write every GBK document of the held-out set."""
    write_gbk(HELDOUT / "c04_zhaodong_2017.txt", ZHAODONG_2017)


if __name__ == "__main__":
    main()
