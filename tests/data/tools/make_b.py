# The minutes below are data: one paragraph per line, as they are written, so lines run long.
"""Build the binary and legacy-encoded minutes of the ``b`` development set.

Run by hand from the repository root after editing a text below; the generated files are
committed and the tests only read them::

    .venv/bin/python tests/data/tools/make_b.py

Writes ``b01`` and ``b15`` as GBK text, ``b05`` as a PDF exported the way county offices do
(hard line breaks at the page width, ``— N —`` page numbers, a page break inside a sentence and
one inside a bureau name, stray spaces around numbers) and ``b06`` as a DOCX with one paragraph
per paragraph. A ``\\f`` in a text marks a forced page break of the PDF.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from fpdf import FPDF

OUT = Path(__file__).resolve().parents[1] / "minutes"
FONT = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")  # Debian package fonts-wqy-zenhei
CLOSERS = "，。、；：？！）》”,."

B01_QINGXI_2019 = (
    "青溪县人民政府常务会议纪要",
    "青政常纪〔2019〕9号",
    "2019年5月16日上午，县长周立群在县政府三楼会议室主持召开县人民政府第31次常务会议。副县长李国栋、蒋文华、欧阳明出席会议，县审计局、县统计局主要负责同志列席会议。会议听取了有关工作汇报，研究部署了近期重点工作。现将会议议定事项纪要如下。",
    "会议听取了县发展和改革局关于《青溪县2019年重点建设项目推进工作方案》的汇报。会议指出，今年全县共安排重点建设项目86个，年度计划投资112亿元，项目数量多、建设任务重，用地、资金等要素制约较为突出。会议要求，要坚持“一个项目、一名县级领导、一个工作专班”的推进机制，倒排工期、挂图作战。由县住房和城乡建设局牵头，每月对在建项目开展一次现场调度，对进度滞后的项目及时发出预警。县发展和改革局要主动加强与省、市对口部门的衔接，积极争取中央预算内投资和地方政府专项债券额度。县自然资源局要提前做好用地报批和土地收储工作，确保项目“落地有地”。",
    "会议听取了县商务局局长王建新同志关于2019年一季度全县外贸外资运行情况的汇报。会议认为，一季度全县进出口总额同比增长7.3%，实际利用外资完成年度任务的28%，开局总体平稳，但龙头企业带动不强、新增市场主体偏少的问题依然存在。会议强调，外贸外资是稳增长的重要支撑，要紧盯重点企业和重点市场，用足用好出口退税、出口信用保险等政策，帮助企业稳订单、拓市场。县商务局要建立重点外贸企业联系制度，每季度至少走访一次，及时协调解决企业反映的困难和问题。",
    "会议听取了县农业农村局关于《青溪县农村人居环境整治三年行动实施方案（2019—2021年）》起草情况的汇报，审议并原则通过了该方案，同意以县人民政府办公室名义印发。会议指出，改善农村人居环境是实施乡村振兴战略的一项重要任务，要以农村垃圾、污水治理和村容村貌提升为主攻方向，力争一年打基础、两年见成效、三年上台阶。各乡镇（街道）要落实属地责任，逐村制定整治清单，确保年底前完成30个示范村建设任务。请县财政局统筹整合涉农资金，优先保障农村改厕和污水处理设施建设。要将人居环境整治与“美丽乡村”建设同步推进，做到规划一体、建设一体、管护一体。",
    "会议听取了县应急管理局关于全县安全生产隐患排查整治工作情况的汇报，县消防救援大队作了补充汇报。会议指出，主汛期即将到来，各类安全风险交织叠加，防范任务十分艰巨。周立群要求，全县上下要时刻绷紧安全生产这根弦，坚决克服麻痹思想和侥幸心理。县应急管理局要会同各行业主管部门，聚焦道路交通、危险化学品、建筑施工、人员密集场所等重点领域，开展一次拉网式排查，对排查出的隐患实行清单化管理、销号式整改。县消防救援大队和各乡镇（街道）要加强对“三小”场所、出租屋和老旧居民楼的消防检查，坚决遏制较大以上火灾事故发生。县市场监督管理局要加强对特种设备使用单位的监督检查。",
    "会议听取了县委组织部关于2019年引进急需紧缺人才工作的汇报。会议原则同意今年面向全国引进急需紧缺专业人才60名的计划，重点向教育、卫生、工程技术等领域倾斜。县人力资源和社会保障局要配合做好公告发布、资格审查和岗位聘用等工作，严格程序、公开透明，确保引得进、留得住、用得好。",
    "会议听取了石桥镇关于省级特色小镇创建工作情况的汇报。会议认为，石桥镇竹木加工产业基础较好，具备创建省级特色小镇的条件。石桥镇要突出竹木产业特色，进一步完善创建规划，加快建设竹木产业园和游客集散中心。县直相关部门要在项目安排、资金扶持、用地指标等方面给予倾斜支持。",
    "会议听取了县城市建设投资集团有限公司关于老城区棚户区改造项目融资情况的汇报。会议同意按程序推进老城区棚户区改造项目融资工作。县城市建设投资集团有限公司应严格落实政府债务管理有关规定，规范融资行为，坚决防止新增隐性债务。",
    "会议还研究了其他事项。",
)

B05_NANPING_2024 = (
    "南屏县人民政府常务会议纪要",
    "南府会纪〔2024〕11号",
    "2024年6月5日下午，受县长韦明亮委托，常务副县长黄振宇主持召开县人民政府第42次常务会议，研究安全生产、城乡供水、经济普查等工作。现将会议议定事项纪要如下：",
    "一、会议听取了县应急管理局关于 2024 年 1—5 月全县安全生产形势分析及“安全生产月”活动安排的汇报。会议指出，今年以来全县安全生产形势总体平稳，但建筑施工、道路运输领域仍发生了 3 起一般生产安全事故，暴露出部分企业主体责任落实不到位、行业监管存在薄弱环节等问题。会议要求，对已发生的生产安全事故，要严格按照“三个不放过”原则，查清原因、严肃追责、举一反三。县应急管理局要精心组织“安全生产月”各项活动，以“人人讲安全、个个会应急”为主题，推动安全宣传进企业、进农村、进社区、进学校、进家庭。各乡镇要落实属地管理责任，对辖区内非煤矿山、小水电站和在建工程开展一次全面排查。",
    "二、会议听取了县消防救援大队关于全县电动自行车消防安全综合治理工作情况的汇报，县住房和城乡\f建设局补充汇报。会议指出，电动自行车“进楼入户”、违规充电问题仍较为普遍，火灾风险不容小觑。对近期发生的电动自行车火灾事故，同样要坚持“三个不放过”，逐起倒查责任链条。县消防救援大队要加大对住宅小区、城中村等场所的夜查频次，发现一处、清理一处。县住房和城乡建设局要督促物业服务企业加快建设集中充电设施，年底前实现县城住宅小区全覆盖。县市场监督管理局要严厉打击生产、销售不合格电动自行车及蓄电池的违法行为。",
    "三、会议听取了县水利局关于《南屏县城乡供水一体化建设实施方案》的汇报，审议并原则通过了该方案。会议认为，推进城乡供水一体化是解决农村饮水安全问题的治本之策，要按照“规模化发展、标准化建设、专业化管理”的思路，逐步实现城乡供水同源、同网、同质、同价。由县水利局牵头，制定分年度实施计划，优先实施水源保障不足的 6 个乡镇的管网延伸工程。请县财政局、县发展和改革局积极争取中央和自治区水利发展资金支持。县城市建设投资有限公司要发挥融资平台作用，参与供水项目投资建设和运营管理。",
    "四、会议听取了县统计局关于第五次全国经济普查登记工作进展情况的汇报。会议强调，经济普查是一项重大国情国力调查，数据质量是普查工作的生命线。各乡镇要配齐配强普查员和普查指导员，确保单位清查不重不漏。县统计局要加强对登记数据的审核验收，对发现的问题及时督促整改。",
    "五、会议听取并原则同意县教育局关于 2024 年秋季学期中小学教师招聘计划的汇报。会议同意面向社会公开招聘中小学教师 120 名，重点补充乡村学校和紧缺学科教师。由县人力资源和社会保障局负责做好招聘公告发布、资格复审和体检等组织工作，县教育局要科学制定岗位分配方案，确保新聘教师按时到岗。",
    "六、会议听取了县交通运输局关于县城公交线路优化调整情况的汇报。会议议定：同意新开通县城至工业园区公交专线 2 条，优化调整现有线路 3 条。县交通运输局要提前做好社会公告和站牌设置等工作，确保 7 月 1 日起新线路平稳运行。",
    "七、会议听取了县乡村振兴局关于 2024 年巩固拓展脱贫攻坚成果同乡村振兴有效衔接工作情况的汇报。会议指出，守住不发生规模性返贫底线是乡村振兴的首要任务，必须常抓不懈。会议要求，要持续健全防止返贫动态监测和帮扶机制，对监测对象做到早发现、早干预、早帮扶。各乡镇要组织驻村工作队和村干部开展一次全覆盖入户走访，对收入骤减、支出骤增的农户及时纳入监测范围。县乡村振兴局要加强对帮扶项目资产的后续管理，确保项目资产持续发挥效益，带动群众稳定增收。",
    "会议还研究了其他事项。",
    "出席：黄振宇、覃丽娟、莫建华、罗天明",
    "列席：县政府办公室、县财政局、县审计局、县司法局主要负责同志",
)

B06_LINLAN_2018 = (
    "临澜市人民政府常务会议纪要",
    "临政常纪〔2018〕29号",
    "2018年11月20日下午，市长沈建明主持召开市政府第29次常务会议。现将会议主要精神纪要如下：",
    "一、关于《临澜市深化“最多跑一次”改革推进政府数字化转型工作方案》",
    "会议听取了市大数据发展管理局关于《临澜市深化“最多跑一次”改革推进政府数字化转型工作方案》起草情况的汇报，审议并原则通过了该方案。会议指出，政府数字化转型是深化“最多跑一次”改革的关键一招，要以“掌上办事之市”“掌上办公之市”建设为目标，打破部门信息壁垒，推动数据共享从“能用”向“好用”转变。市大数据发展管理局要牵头建立全市统一的公共数据平台，明年6月底前完成市级部门业务系统接入。各县（市、区）政府和市级有关部门要按照方案确定的任务清单，明确责任人和完成时限，不得推诿扯皮。",
    "二、关于市区“污水零直排区”建设工作",
    "会议听取了市生态环境局关于市区“污水零直排区”建设进展情况的汇报，市建设局、市综合行政执法局作了补充汇报。会议认为，今年以来市区已完成12个工业园区和38个生活小区的“污水零直排区”创建，但部分老旧小区雨污分流改造进度偏慢。由市建设局牵头，对尚未完工的雨污分流改造项目逐个排出时间表，春节前完成主体工程。市综合行政执法局要加强对沿街餐饮、洗车等经营户排水行为的执法检查。要结合“五水共治”工作，把“污水零直排区”建设成效纳入年度考核，确保治水成果经得起群众检验。",
    "三、关于公共资源交易平台整合共享",
    "会议听取了市公共资源交易中心关于全市公共资源交易平台整合共享工作情况的汇报。会议强调，整合建立统一的公共资源交易平台，是规范交易行为、预防腐败的重要举措。市公共资源交易中心要加快推进交易全流程电子化，实现远程异地评标常态化。市发展改革委要会同有关行业主管部门，尽快清理与平台整合要求不一致的制度规定。",
    "四、关于高新区社会治安防控体系建设",
    "会议听取了市公安局高新区分局关于高新区立体化社会治安防控体系建设情况的汇报。会议指出，高新区外来务工人员集中、企业密集，治安管理任务繁重。市公安局高新区分局要深化“雪亮工程”建设，推进视频监控联网应用，提升对各类违法犯罪的精准打击能力。高新区管委会要在经费保障和基层力量配备上给予支持。",
    "五、关于今冬明春安全生产工作",
    "会议研究了今冬明春安全生产和森林消防工作。会议指出，岁末年初是各类事故的易发多发期，务必绷紧安全之弦。市应急管理局要牵头组织开展岁末年初安全生产大检查，重点抓好危险化学品、道路交通、建设施工和人员密集场所等领域的隐患整治。各地各部门要严格落实领导干部带班和24小时值班制度，遇有突发情况第一时间上报。市气象局要加强低温雨雪冰冻等灾害性天气的监测预报。",
    "六、关于2019年市级民生实事项目",
    "会议听取并原则同意市发展改革委关于2019年市级民生实事候选项目征集遴选情况的汇报。会议议定：同意将城市书房建设、老年食堂提升、农村饮用水达标提标等12个项目作为2019年市级民生实事候选项目，提请市人大常委会审议票决。市发展改革委要会同责任单位细化项目实施计划，确保项目票决后即可启动。",
    "七、关于冬春季传染病防控工作",
    "会议听取了市卫生健康委关于今冬明春流感等呼吸道传染病防控工作准备情况的汇报。会议指出，冬春季是呼吸道传染病高发季节，要坚持预防为主、关口前移，做好监测预警、疫苗接种和医疗救治各项准备。市卫生健康委要指导各级医疗机构加强发热门诊管理，储备必要的药品和防护物资。市教育局要督促学校、托幼机构落实晨午检和因病缺勤追踪制度，发现聚集性疫情及时报告、妥善处置。",
    "会议还研究了其他事项。",
    "出席：沈建明、王立新、周敏、何志强、陈海燕",
    "列席：徐国平（市政府秘书长）、市政府办公室有关副主任，市财政局、市审计局、市统计局负责人",
)

B15_SANGYUAN_2018 = (
    "桑园县人民政府",
    "常务会议纪要",
    "桑政常〔2018〕3号",
    "2018327上午，县长宋建军主持召开县政府第9次常务会议，研究全国文明城市创建、春季植树造林、重大项目谋划等事项。会议纪要如下：",
    "一、会议听取了县委宣传部关于争创省级文明城市工作推进情况的汇报。会议指出，创建文明城市是提升城市品位、改善人居环境的民生工程，全县上下要牢固树立“人人都是创建主体、处处都是创建窗口”的意识。县城市管理局要集中整治占道经营、乱停乱放、乱贴乱画等突出问题，做到常态长效。县住房和城乡建设局要加快推进背街小巷硬化亮化工程，5月底前全部完工。各乡镇和县直各单位要按照责任分工，认真抓好包保路段、包保小区的创建工作。",
    "二、会议听取了县林业局关于2018年春季植树造林工作的汇报。会议强调，要抢抓春季植树的有利时机，高标准推进廊道绿化、村庄绿化和荒山造林，确保完成新造林3.2万亩的任务。县林业局要加强苗木质量检验和技术指导，提高造林成活率，坚决杜绝“年年造林不见林”的现象。县自然资源局要做好造林地块的规划落图，严禁在永久基本农田上植树造林。各乡镇要落实造后管护责任，做到栽一棵、活一棵、成林一片。",
    "三、会议听取了县发展和改革委员会关于2018年重大项目谋划储备情况的汇报。会议要求，要紧盯国家和省投资导向，围绕交通、水利、产业园区、社会事业等领域，谋划储备一批打基础、利长远的重大项目。县发展和改革委员会要建立项目储备库动态管理机制，对入库项目实行分级分类管理。县财政局要统筹安排项目前期工作经费，保障可行性研究、环评等前期工作顺利开展。",
    "四、会议审议并原则通过了《桑园县2018年城乡环境综合整治工作方案》。会议指出，城乡环境综合整治是改善群众生产生活条件的重要举措，要坚持城乡统筹、综合施策。由县住房和城乡建设局牵头，组织开展城乡环境综合整治“百日攻坚”行动。要将城乡环境综合整治与争创省级文明城市结合起来，同部署、同推进、同考核。",
    "五、会议听取了县教育局关于全面改善贫困地区义务教育薄弱学校基本办学条件工作进展情况的汇报，县财政局补充汇报。会议要求，县教育局要加快推进12所农村薄弱学校改造项目建设，确保秋季开学前投入使用。要严格项目资金管理，坚决杜绝截留挪用。",
    "六、会议听取了县城乡建设投资有限公司关于县城污水处理厂提标改造项目融资情况的汇报。会议认为，县城污水处理厂提标改造是完成省定减排任务的硬性要求，事关县城水环境质量改善，必须按期完成。会议同意按照市场化方式推进该项目融资建设。县城乡建设投资有限公司要严格按照规定程序开展融资工作，加快推进项目建设，确保年底前出水水质达到一级A标准。县环境保护局要加强对项目建设的技术指导和监督检查。",
    "七、会议听取了县人力资源和社会保障局关于2018年度事业单位公开招聘工作计划的汇报。会议原则同意今年全县事业单位公开招聘工作人员156名，其中教师岗位98名、医疗卫生岗位41名。会议要求，县人力资源和社会保障局要坚持公开、平等、竞争、择优原则，严格招聘程序，加强全过程监督，确保招聘工作公平公正。县纪委监委派驻第二纪检监察组要对招聘工作进行全程监督。",
    "八、会议听取了县商务局关于电子商务进农村综合示范县项目实施情况的汇报。会议指出，电子商务进农村是促进农产品上行、带动农民增收的有效途径。县商务局要加快县级电商公共服务中心和乡村电商服务站点建设，年内实现行政村电商服务站点全覆盖。县邮政分公司要发挥物流网络优势，打通农村物流配送“最后一公里”。",
    "会议还研究了其他事项。",
    "出席：宋建军、杜志明、韩晓燕、冯立军、郑春生",
    "列席：县政府办公室、县财政局、县审计局负责同志",
)


class MinutesPdf(FPDF):
    """A4 pages with the ``— N —`` folio that printed minutes carry at the foot."""

    def footer(self) -> None:
        """Write the page number centred at the foot of the page."""
        self.set_y(-22)
        self.set_font("zenhei", size=11)
        self.cell(0, 8, f"— {self.page_no()} —", align="C")


def wrap(pdf: FPDF, text: str, width: float) -> list[str]:
    """Split ``text`` into lines no wider than ``width``, breaking anywhere like CJK layout.

    Args:
        pdf: the document whose current font measures the text.
        text: one paragraph.
        width: the line width in user units.

    Returns:
        The lines, in order.

    Example:
        >>> pdf = FPDF()
        >>> pdf.set_font("helvetica", size=10)
        >>> wrap(pdf, "abcdef.", pdf.get_string_width("abc"))
        ['abc', 'def.']
    """
    lines, line = [], ""
    for char in text:
        # closing punctuation hangs at the line end instead of opening the next line
        if pdf.get_string_width(line + char) > width and char not in CLOSERS:
            lines.append(line)
            line = ""
        line += char
    return [*lines, line] if line else lines


def write_pdf(paragraphs: tuple[str, ...], path: Path, stamp: datetime) -> None:
    """Lay out a title, a number line and body paragraphs; ``\\f`` forces a new page.

    Args:
        paragraphs: the title, the document number, then the body paragraphs.
        path: where to save the PDF.
        stamp: the creation date recorded in the file, fixed so reruns give the same bytes.
    """
    pdf = MinutesPdf(format="A4")
    pdf.set_creation_date(stamp)
    pdf.add_font("zenhei", fname=str(FONT))
    pdf.set_margins(28, 30, 28)
    pdf.set_auto_page_break(True, margin=32)
    pdf.add_page()
    pdf.set_font("zenhei", size=20)
    pdf.cell(0, 14, paragraphs[0], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("zenhei", size=14)
    pdf.cell(0, 10, paragraphs[1], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for paragraph in paragraphs[2:]:
        for n, chunk in enumerate(paragraph.split("\f")):
            if n:
                pdf.add_page()
            first = "　　" if n == 0 else ""
            for line in wrap(pdf, first + chunk, pdf.epw):
                pdf.cell(0, 8.5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def write_docx(paragraphs: tuple[str, ...], path: Path, stamp: datetime) -> None:
    """Save a DOCX: a centred bold title, a centred number line, then one paragraph each.

    Args:
        paragraphs: the title, the document number, then the body paragraphs.
        path: where to save the DOCX.
        stamp: the created and modified dates recorded in the file.
    """
    doc = Document()
    doc.core_properties.author = "市政府办公室"
    doc.core_properties.created = doc.core_properties.modified = stamp
    normal = doc.styles["Normal"]
    normal.font.size = Pt(15)
    normal.font.name = "Times New Roman"  # creates the run properties that hold the CJK font
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    for n, text in enumerate(paragraphs):
        para = doc.add_paragraph()
        run = para.add_run(text)
        if n < 2:
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run.bold = n == 0
        else:
            para.paragraph_format.first_line_indent = Pt(30)
    doc.save(str(path))


def write_legacy_text(paragraphs: tuple[str, ...], path: Path, newline: str) -> None:
    """Save paragraphs as GBK text separated by blank lines, as older office PCs write them.

    Args:
        paragraphs: the lines of the minutes.
        path: where to save the file.
        newline: the line ending to use.

    Raises:
        UnicodeEncodeError: if a character has no GBK code; reword the text.
    """
    text = (newline * 2).join(paragraphs) + newline
    path.write_bytes(text.encode("gbk"))


def main() -> None:
    """Regenerate every binary and GBK document of the ``b`` set."""
    write_legacy_text(B01_QINGXI_2019, OUT / "b01_qingxi_2019_gbk.txt", "\n")
    write_legacy_text(B15_SANGYUAN_2018, OUT / "b15_sangyuan_county_gbk.txt", "\r\n")
    write_pdf(
        B05_NANPING_2024, OUT / "b05_nanping_county_pdf.pdf", datetime(2024, 6, 7, tzinfo=UTC)
    )
    write_docx(
        B06_LINLAN_2018, OUT / "b06_linlan_city_docx.docx", datetime(2018, 11, 22, tzinfo=UTC)
    )


if __name__ == "__main__":
    main()
