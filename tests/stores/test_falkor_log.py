"""Reading the write log without a server: where its complete commands end, and its manifest."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph_service.stores.falkor_log import ManifestError, read_manifest, scan_log


def resp(*args: bytes) -> bytes:
    """One command in the Redis protocol."""
    return b"*%d\r\n" % len(args) + b"".join(b"$%d\r\n%s\r\n" % (len(a), a) for a in args)


QUERY = resp(b"GRAPH.QUERY", b"minutes", b"CREATE (:Bureau {id: 'b'})")


def scanned(tmp_path: Path, data: bytes):
    path = tmp_path / "appendonly.aof.1.incr.aof"
    path.write_bytes(data)
    return scan_log(path)


def test_scan_log_whole_file_has_no_problem(tmp_path):
    scan = scanned(tmp_path, QUERY * 3)
    assert (scan.problem, scan.good, scan.commands) == (None, len(QUERY) * 3, 3)


@pytest.mark.parametrize("cut", [1, 5, len(QUERY) // 2, len(QUERY) - 1])
def test_scan_log_cut_inside_the_last_command_is_truncated_after_the_others(tmp_path, cut):
    scan = scanned(tmp_path, QUERY * 2 + QUERY[:cut])
    assert (scan.problem, scan.good, scan.commands, scan.incomplete) == (
        "truncated", len(QUERY) * 2, 2, 1
    )  # fmt: skip


def test_scan_log_open_multi_counts_its_commands_as_incomplete(tmp_path):
    data = QUERY + resp(b"MULTI") + QUERY + QUERY[:10]
    scan = scanned(tmp_path, data)
    assert (scan.problem, scan.good, scan.commands, scan.incomplete) == (
        "truncated", len(QUERY), 1, 3
    )  # fmt: skip


def test_scan_log_multi_with_its_exec_is_whole(tmp_path):
    data = resp(b"MULTI") + QUERY + resp(b"EXEC")
    assert scanned(tmp_path, data).problem is None


def test_scan_log_garbage_between_commands_is_found_where_it_starts(tmp_path):
    scan = scanned(tmp_path, QUERY + b"\x00\x00garbage\r\n" + QUERY)
    assert (scan.problem, scan.good, scan.commands) == ("garbage", len(QUERY), 1)


def test_scan_log_argument_longer_than_said_is_garbage(tmp_path):
    scan = scanned(tmp_path, QUERY.replace(b"$7\r\nminutes", b"$6\r\nminutes") + QUERY)
    assert (scan.problem, scan.good) == ("garbage", 0)


def test_read_manifest_of_redis_8_lists_base_and_increments(tmp_path):
    path = tmp_path / "appendonly.aof.manifest"
    path.write_text("file appendonly.aof.1.base.rdb seq 1 type b\n"
                    "file appendonly.aof.1.incr.aof seq 1 type i startoffset 0 endoffset 31\n")  # fmt: skip
    assert [(f.name, f.kind) for f in read_manifest(path)] == [
        ("appendonly.aof.1.base.rdb", "base"), ("appendonly.aof.1.incr.aof", "increment")
    ]  # fmt: skip


@pytest.mark.parametrize("text", [b"", b"garbage here\n", b"\xff\xfe\x00", b"file a seq x type b\n",
                                  b"file a seq 1 type z\n", b"file a seq 1\n"])  # fmt: skip
def test_read_manifest_refuses_what_is_not_a_manifest(tmp_path, text):
    path = tmp_path / "appendonly.aof.manifest"
    path.write_bytes(text)
    with pytest.raises(ManifestError):
        read_manifest(path)
