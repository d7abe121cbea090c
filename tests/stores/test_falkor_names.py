"""Where an edge's fields are among its properties as FalkorDB's compact reply lists them."""

from __future__ import annotations

from graph_service.stores.falkor_names import Names, edge_layout

KEYS = ("id", "source", "target", "span", "doc", "item")


def test_edge_layout_places_id_and_ends_wherever_they_come():
    layout = edge_layout(KEYS, (5, 2, 0, 4, 1))
    assert layout is not None and layout.ends == (2, 4, 1)


def test_edge_layout_lists_the_other_properties_by_name():
    layout = edge_layout(KEYS, (3, 0, 5, 1, 4, 2))
    assert layout is not None
    assert layout.names == ("doc", "item", "span") and layout.rest == (4, 2, 0)


def test_edge_layout_without_target_is_none():
    assert edge_layout(KEYS, (0, 1, 4)) is None


def test_edge_layout_with_a_key_twice_is_none():
    assert edge_layout(KEYS, (0, 1, 2, 4, 4)) is None


def test_names_layout_is_kept_for_the_next_edge():
    names = Names(1, keys=KEYS)
    assert names.layout((0, 1, 2)) is names.layout((0, 1, 2))


def test_names_layout_of_a_non_edge_is_none_every_time():
    names = Names(1, keys=KEYS)
    assert names.layout((0, 4)) is None and names.layout((0, 4)) is None


def test_names_layouts_kept_stop_at_their_bound(monkeypatch):
    monkeypatch.setattr("graph_service.stores.falkor_names._MOST_LAYOUTS", 2)
    names = Names(1, keys=KEYS)
    for extra in (3, 4, 5):
        assert names.layout((0, 1, 2, extra)) is not None
    assert len(names.layouts) == 2
