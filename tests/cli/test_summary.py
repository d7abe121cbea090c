"""What a load prints in the terminal: the per-file table and the lines under the summary."""

from rich.console import Console

from graph_service.cli.summary import WARNINGS_SHOWN, files_table, render_report, summary_table
from graph_service.loading.run import FileResult, LoadReport


def _printed(renderable, width: int = 200) -> str:
    console = Console(width=width, record=True, color_system=None)
    with console.capture() as captured:
        console.print(renderable)
    return captured.get()


def test_files_table_long_path_wraps_whole_in_a_narrow_terminal():
    path = "/data/minutes/2024/长宁区/区政府第七十三次常务会议纪要-最终稿.txt"
    output = _printed(files_table(LoadReport(files=[FileResult(file=path, status="added")])), 80)
    cells = [line.split("│")[1].strip() for line in output.splitlines() if line.startswith("│")]
    assert "…" not in output and "unchanged" in output and "meeting date" in output
    assert "".join(cells) == path


def test_render_report_prints_each_warning_naming_its_file():
    files = [FileResult(file="/m/a.html", status="empty",
                        warnings=["/m/a.html: no agenda items found; is this a minutes text?"])]  # fmt: skip
    output = _printed(render_report(LoadReport(files=files)))
    assert "warning: /m/a.html: no agenda items found; is this a minutes text?" in output


def test_render_report_counts_the_warnings_past_the_first_ones():
    files = [FileResult(file=f"/m/{n}.txt", status="added", warnings=[f"/m/{n}.txt: odd"])
             for n in range(WARNINGS_SHOWN + 5)]  # fmt: skip
    lines = _printed(render_report(LoadReport(files=files))).splitlines()
    shown = [line for line in lines if line.startswith("warning: ")]
    assert (
        len(shown) == WARNINGS_SHOWN and shown[-1] == f"warning: /m/{WARNINGS_SHOWN - 1}.txt: odd"
    )
    assert lines[-1] == "… and 5 more warnings (--json lists them all)"


def test_summary_table_counts_empty_documents_apart_from_unchanged_ones():
    files = [
        FileResult(file="/m/a.txt", status="empty"),
        FileResult(file="/m/b.txt", status="added"),
    ]
    rows = [line for line in _printed(summary_table(LoadReport(files=files))).splitlines()
            if "documents" in line or "added" in line]  # fmt: skip
    header = [cell.strip() for cell in rows[0].split("┃")[1:-1]]
    counts = [cell.strip() for cell in rows[1].split("│")[1:-1]]
    assert dict(zip(header, counts, strict=True)) == {
        "": "documents", "added": "1", "replaced": "0", "unchanged": "0", "empty": "1",
        "removed": "", "failed": "0",
    }  # fmt: skip
