"""How each node label and edge type looks on a graph page, with its Chinese name.

The same table styles the server-built view (:mod:`viz.network`) and the nodes a click adds in
the browser (the page carries it as JSON), so an expanded node looks like the ones shown first.
Colours are the Okabe–Ito palette, told apart with colour-blindness too; shapes differ as well.
"""

from __future__ import annotations

from typing import Any

from graph_service.graph_models import Node

NODE_STYLES: dict[str, dict[str, str]] = {
    "Meeting": {"name": "会议", "color": "#D55E00", "shape": "diamond"},
    "Bureau": {"name": "部门", "color": "#0072B2", "shape": "dot"},
    "PolicyPlan": {"name": "方案", "color": "#009E73", "shape": "square"},
    "Initiative": {"name": "工作", "color": "#E69F00", "shape": "triangle"},
}
EDGE_STYLES: dict[str, dict[str, Any]] = {
    "REPORTED": {"name": "汇报", "color": "#0072B2", "dashes": False},
    "DIRECTED": {"name": "部署", "color": "#D55E00", "dashes": False},
    "RELATED_TO": {"name": "关联", "color": "#7f7f7f", "dashes": True},
}
KIND_NAMES = {
    "agenda": "议题",
    "implements": "落实",
    "combined_with": "统筹",
    "shared_requirement": "共同要求",
}
ROLE_NAMES = {"lead": "牵头", "supplementary": "补充", "directed": "被部署"}
# What the pages call each error of the API ({"error": code, "message": …}), before its message.
ERROR_NAMES = {
    "query_refused": "查询被拒绝",
    "query_invalid": "查询语句有误",
    "query_timeout": "查询超时",
    "analyst_busy": "查询通道繁忙",
    "invalid_request": "请求有误",
    "not_found": "未找到",
    "unknown_government": "没有这个政府",
    "ambiguous_name": "名称不唯一",
    "bad_request": "请求有误",
    "store_unavailable": "数据库暂时不可用",
    "internal_error": "服务出错",
    "unauthorized": "需要正确的 API 密钥",
    "writes_closed": "本服务不接受修改，需由管理员设置 API 密钥",
    "cross_site": "只接受本站页面提交的修改",
    "writes_need_header": "只接受本站页面提交的修改",
    "invalid_decision": "这个决定无法执行，请核对名称和日期",
    "unknown_target": "合并目标不是本政府已有的部门",
    "write_refused": "数据库拒绝了这次写入，图未改变",
    "too_large": "提交的内容过大",
}
FALLBACK_NODE = {"name": "节点", "color": "#999999", "shape": "dot"}
LABEL_CHARS = 14


def short_name(name: str, limit: int = LABEL_CHARS) -> str:
    """Return ``name`` cut to ``limit`` characters with an ellipsis, for a node's caption.

    Args:
        name: the node's full name (the tooltip keeps it whole).
        limit: the most characters kept, ellipsis included.

    Returns:
        The caption.

    >>> short_name("区体育局")
    '区体育局'
    >>> short_name("关于进一步加强本区重点投资项目建设管理的实施方案", 8)
    '关于进一步加强…'
    """
    return name if len(name) <= limit else name[: limit - 1] + "…"


def edge_caption(edge_type: str, props: dict[str, Any]) -> str:
    """Return an edge's caption: its type in Chinese, with the role or kind where it has one.

    >>> edge_caption("REPORTED", {"role": "lead"})
    '汇报·牵头'
    >>> edge_caption("RELATED_TO", {"kind": "agenda"})
    '关联·议题'
    """
    name = EDGE_STYLES.get(edge_type, {}).get("name", edge_type)
    detail = ROLE_NAMES.get(props.get("role") or "") or KIND_NAMES.get(props.get("kind") or "")
    return f"{name}·{detail}" if detail else name


def node_title(node: Node) -> str:
    """Return a node's full name; a bureau's with its government (every district has a 区应急管理局).

    >>> node_title(Node(id="b", label="Bureau", name="区体育局", props={"government": "长宁区人民政府"}))
    '区体育局（长宁区人民政府）'
    """
    government = node.props.get("government")
    return f"{node.name}（{government}）" if node.label == "Bureau" and government else node.name


def prop_value(key: str, value: Any) -> str:
    """Return a property's value as a page shows it: lists joined, roles and kinds in Chinese.

    >>> prop_value("aliases", ["区府办", "区政府办"]), prop_value("role", "lead")
    ('区府办、区政府办', '牵头')
    >>> prop_value("resolved", True)
    '是'
    """
    if isinstance(value, list):
        return "、".join(str(v) for v in value)
    if isinstance(value, bool):
        return "是" if value else "否"
    if key == "role":
        return ROLE_NAMES.get(str(value), str(value))
    if key == "kind":
        return KIND_NAMES.get(str(value), str(value))
    return str(value)


def style_table() -> dict[str, Any]:
    """Return the styles as the browser gets them: labels, types, kinds, roles, property names.

    >>> style_table()["nodes"]["Bureau"]["name"]
    '部门'
    """
    return {"nodes": NODE_STYLES, "edges": EDGE_STYLES, "kinds": KIND_NAMES, "roles": ROLE_NAMES,
            "props": PROP_NAMES, "labelChars": LABEL_CHARS}  # fmt: skip


PROP_NAMES = {
    "government": "所属政府",
    "aliases": "别名",
    "title": "标题",
    "doc_number": "文号",
    "date": "日期",
    "ordinal": "次数",
    "chair": "主持人",
    "chair_title": "主持人职务",
    "item": "议题序号",
    "role": "角色",
    "kind": "关系",
    "directive": "部署内容",
    "evidence": "原文",
    "alias": "原文写法",
    "meeting": "会议",
    "span": "字符位置",
    "file": "来源文件",
    "doc": "文档哈希",
    "first": "首次出现",
    "last": "最近一次",
    "resolved": "已对应标准名称",
    "terms": "检索词",
    "load": "载入批次",
    "loaded_at": "载入时间",
    "to": "指向",
    "why": "理由",
    "bureau": "部门",
    "subject": "事项",
    "id": "编号",
    "name": "名称",
}
