"""Word pools of the synthetic corpus: invented places, people, bureaus, programmes and phrases.

Every place and person is invented from syllable pools, so no real government is imitated. Bureau
names come from the shipped alias registry (``loaders/data/bureau_aliases.tsv``): the generator
writes a unit under its abbreviation in some meetings and its full name in others, as real
minutes do, and the registry maps both to one node.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources

PLACE_FIRST = "青云梅石桐丹临泉兰南北东西安永宁清明平嘉鹤凤龙溪沙柳松枫阳华川"
PLACE_SECOND = "川溪陵阳江源山岭城水河宁丰安平州浦湖台原林谷亭泽门坪"
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华建国志文斌亮红玉兰凤晨浩宇博然欣怡思远立新海波鹏飞永春德胜振东晓光"
# Levels of the governments: the character units are written with, the head's title, the phrase
# for the government in the meeting's opening sentence, and the word for its neighbourhoods.
LEVELS = (("区", "区长", "区政府", "各街道"), ("县", "县长", "县政府", "各乡镇"),
          ("市", "市长", "市政府", "各区县"))  # fmt: skip
# Programme names: a field and a kind of work, combined into an initiative's name.
FIELDS = (
    "老旧小区综合改造",
    "电动自行车安全治理",
    "消防安全隐患排查",
    "城市环境卫生整治",
    "农村人居环境整治",
    "河湖水环境治理",
    "重点投资项目建设",
    "营商环境优化",
    "招商引资",
    "跨部门综合监管",
    "政务公开",
    "数字政府建设",
    "智慧城市建设",
    "社区嵌入式服务设施建设",
    "养老服务体系建设",
    "婴幼儿照护服务",
    "中小学课后服务提质",
    "义务教育优质均衡发展",
    "紧密型医联体建设",
    "公共卫生应急体系建设",
    "高标准农田建设",
    "粮食安全生产",
    "乡村振兴示范村建设",
    "低空经济产业发展",
    "先进制造业集群培育",
    "科技型中小企业培育",
    "高新技术企业培育",
    "专精特新企业培育",
    "国有资产盘活利用",
    "地方债务风险化解",
    "安全生产治本攻坚",
    "燃气安全专项整治",
    "防汛防台准备",
    "森林防灭火",
    "春运安全保障",
    "食品安全示范城市创建",
    "全国文明城市创建",
    "历史文化街区保护",
    "夜间经济发展",
    "消费品以旧换新",
    "稳就业促就业",
    "高校毕业生就业服务",
    "退役军人服务保障",
    "信访积案化解",
    "法治政府建设",
    "生活垃圾分类",
    "既有住宅加装电梯",
    "城中村改造",
    "停车设施建设",
    "公园城市建设",
    "绿道网络建设",
    "海绵城市建设",
    "污水管网建设",
    "大气污染防治",
    "土壤污染防治",
)
# An empty kind leaves the field alone (招商引资).
KINDS = ("攻坚行动", "专项行动", "三年行动", "提升行动", "", "", "")
# Quoted requirements that bind two items of one meeting (shared_requirement).
REQUIREMENTS = ("四管四必须", "五个一", "一盘棋", "三个清单", "两个确保", "六个到位")
COLLECTIVES = ("各相关部门", "各有关部门", "各部门", "各单位", "牵头部门", "配合部门", "工作专班")
ACTIONS = (
    "细化工作方案，明确时间节点", "加强统筹协调，形成工作合力", "压实工作责任，强化督促检查",
    "建立工作台账，实行挂图作战", "做好政策宣传和解读，确保群众应知尽知",
    "加快推进项目建设，确保按期完成", "强化要素保障，及时协调解决问题", "严格落实安全监管责任",
    "做好资金保障，规范资金使用", "健全长效机制，巩固整治成效", "加强跟踪问效，定期通报进展",
    "主动靠前服务，提升审批效率",
)  # fmt: skip
OPINIONS = (
    "是推动高质量发展的重要抓手", "事关群众切身利益", "是优化营商环境的重要举措",
    "是守牢安全底线的关键一环", "是提升城市治理水平的重要内容", "是全年重点工作之一",
)  # fmt: skip
FILLERS = (
    "要提高政治站位，进一步增强工作的责任感和紧迫感。", "要坚持问题导向，聚焦短板弱项精准发力。",
    "要加强组织领导，确保各项任务落地见效。", "要坚持以人民为中心，切实解决群众急难愁盼问题。",
)  # fmt: skip


@dataclass(frozen=True)
class UnitName:
    """A bureau kind: its abbreviation and canonical name, both without the level character."""

    short: str
    full: str


@cache
def unit_names() -> tuple[UnitName, ...]:
    """Return the bureau kinds of the shipped registry that are valid today.

    Returns:
        One entry per canonical name, with its shortest abbreviation.

    >>> any(u.short == "应急局" and u.full == "应急管理局" for u in unit_names())
    True
    """
    text = (resources.files("loaders") / "data" / "bureau_aliases.tsv").read_text("utf-8")
    rows = csv.reader((line for line in text.splitlines() if not line.startswith("#")),
                      delimiter="\t")  # fmt: skip
    shortest: dict[str, str] = {}
    for row in rows:
        if len(row) < 3 or row[0] != "*" or (len(row) > 4 and row[4]):
            continue
        alias, full = row[1], row[2]
        if full not in shortest or len(alias) < len(shortest[full]):
            shortest[full] = alias
    return tuple(UnitName(short, full) for full, short in sorted(shortest.items()))
