"""Surname-aware pinyin for Chinese names and the toneless key that compares spellings."""

from __future__ import annotations

import pytest

from convene.ingest.pinyin import pinyin_key, split_name, to_pinyin_name


@pytest.mark.parametrize(
    ("name", "pinyin"),
    [
        ("马兴瑞", "Ma Xingrui"),
        ("曾庆华", "Zeng Qinghua"),  # not ceng
        ("单海燕", "Shan Haiyan"),  # not dan
        ("解玉林", "Xie Yulin"),  # not jie
        ("仇建国", "Qiu Jianguo"),  # not chou
        ("区伟明", "Ou Weiming"),  # not qu
        ("查文静", "Zha Wenjing"),  # not cha
        ("欧阳明高", "Ouyang Minggao"),  # compound surname, one word
        ("袁满娥", "Yuan Man'e"),  # apostrophe before a syllable starting with a/o/e
        ("艾尔肯·吐尼亚孜", "Ai'erken Tuniyazi"),  # transliterated name: parts, no surname reading
    ],
)
def test_to_pinyin_name(name: str, pinyin: str) -> None:
    assert to_pinyin_name(name) == pinyin


def test_pinyin_name_leaves_latin_alone() -> None:
    assert to_pinyin_name("Ma Xingrui") == "Ma Xingrui"


def test_split_name_prefers_compound_surname() -> None:
    assert split_name("司马光明") == ("司马", "光明")
    assert split_name("马光明") == ("马", "光明")


@pytest.mark.parametrize(
    "spelling", ["马兴瑞", "Ma Xingrui", "MA Xing-rui", "Mǎ Xīngruì", "ma xingrui"]
)
def test_pinyin_key_is_shared_by_all_spellings(spelling: str) -> None:
    assert pinyin_key(spelling) == "maxingrui"


def test_pinyin_key_drops_apostrophes_and_keeps_surname_reading() -> None:
    assert pinyin_key("Yuan Man'e") == pinyin_key("袁满娥") == "yuanmane"
    assert pinyin_key("曾庆华") == "zengqinghua"
    assert pinyin_key("Lü Bu") == pinyin_key("吕布") == "lvbu"
