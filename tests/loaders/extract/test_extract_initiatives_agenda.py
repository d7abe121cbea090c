"""Lines of work an item's agenda names where the item splitter or the clause patterns left them,
each in a small invented text (written for the tests, not taken from pages)."""

from invented_minutes import extract_text

from loaders.models import Extraction


def names(result: Extraction) -> set[str]:
    return {initiative.name for initiative in result.initiatives}


def test_extract_an_agenda_no_item_opens_still_names_its_work(tmp_path):
    body = (
        "会议主要传达市长在市人代会闭幕时的讲话精神；讨论我区有关意见；"
        "听取东湖绿道二期工程进展情况汇报。"
    )
    assert names(extract_text(tmp_path, body)) == {"东湖绿道二期工程"}


def test_extract_an_agenda_no_item_opens_names_no_place_or_unit(tmp_path):
    body = "会议主要传达省长讲话精神；听取南岗、北岗园区建设情况汇报。"
    assert names(extract_text(tmp_path, body)) == {"北岗园区建设"}
