"""The shipped list of short place names that are common words, against jieba's dictionary."""

from loaders.extract.place_words import common_words, jieba_common_words
from loaders.extract.places import divisions_by_short


def test_common_words_shipped_match_jieba_dictionary():
    assert common_words() == jieba_common_words(set(divisions_by_short()))


def test_common_words_hold_a_common_short_name():
    assert "东方" in common_words()
