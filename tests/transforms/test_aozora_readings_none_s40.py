"""Clause aozora_readings_none (``transforms.aozora``, opt-in rule ``aozora_bracketed_reading``,
``--aozora-readings none``, session 40): the readings the markup keeps after their word in
brackets (session 39's katakana words "喫茶店（キャッフェ）", session 37-38's glosses "status
quo（現体制）", "石見銀山（猫イラズ）") go as every other reading does: the base text alone. The
default (``--aozora-readings words``) keeps them, as before.

Data (real lines of the Aozora mirror, already in tests/data):
- ja_aozora_katakana_word_bochi_s39.txt: 久生十蘭「墓地展望亭」(001224 46145), loanwords in
  katakana (喫茶店《キャッフェ》, 土壇《テラッス》, 社交季節《セエゾン》);
- ja_aozora_ruby_glosses.txt (session 37) and ja_aozora_ruby_glosses_s38.txt (session 38):
  glosses after "｜" and without it (｜status quo《現体制》, ｜EL Dorado《ユートピア》, 石見銀山《猫
  イラズ》, 午後四時《七つ》);
- ja_aozora_ruby_marks_s39.txt (session 39): a gloss after a space, "Lha-mo-Sambha-cho
  《ハーモ・サムバ・チョウ》" (000125 665)."""

import re
from pathlib import Path

import pytest

from schemas.errors import UserError, user_input
from tests.transforms.test_aozora_hard_wrapped_s36 import _wrap
from transforms.aozora import READINGS_RULE
from transforms.boilerplate import RULES, BoilerplateConfig
from transforms.clean import CleanConfig, clean_text
from transforms.ja_hard_wrap import raw_wrap_joins
from transforms.normalize import normalize_text

DATA = Path(__file__).parent.parent / "data"
NONE = CleanConfig(boilerplate=BoilerplateConfig(rules=RULES + (READINGS_RULE,)))
FILES = (
    "ja_aozora_katakana_word_bochi_s39.txt",
    "ja_aozora_ruby_glosses.txt",
    "ja_aozora_ruby_glosses_s38.txt",
    "ja_aozora_ruby_marks_s39.txt",
)


def _raw(name: str) -> str:
    return normalize_text((DATA / name).read_text(encoding="utf-8"))


def _lines(name: str, config: CleanConfig = NONE) -> list[str]:
    return clean_text(_raw(name), config).text.split("\n")


def test_aozora_readings_none_drops_katakana_words():
    """The loanwords of 墓地展望亭 go with their brackets (default: "喫茶店（キャッフェ）")."""
    lines = _lines("ja_aozora_katakana_word_bochi_s39.txt")
    assert lines[3].endswith("≪Belle-vue de Tombeau≫という、一風変った名の喫茶店がある。")
    assert lines[4].startswith(
        "訳すと、「墓地展望亭」ということにでもなろうか。なるほど、そこの土壇の椅子に坐ると、"
    )
    assert lines[7].startswith("もう、そろそろ冬の「社交季節」が終りかけようとしているので、")
    assert not any(re.search("（[\u30a1-\u30fc・]+）", t) for t in lines)


def test_aozora_readings_none_drops_glosses():
    """Glosses after "｜" (session 37: "status quo（現体制）") and without it (session 38:
    "石見銀山（猫イラズ）") go too, their base stays."""
    lines = _lines("ja_aozora_ruby_glosses.txt")
    assert (
        "それらの関心の的は status quo の維持なのであり、従って一般人が知的になり過ぎないように活動している。"
        in lines
    )
    assert "私がカルチェ・ラタンの男であるようにお前はカルチェ・ラタンの猫なのかい？" in lines
    lines = _lines("ja_aozora_ruby_glosses_s38.txt")
    assert any("夫々の、EL Dorado……への身構へであつて" in t for t in lines)
    assert any("その間大家は石見銀山をそこいら中に仕掛けた。" in t for t in lines)
    assert "午後四時、たがいの先鋒に依って合戦のひぶたは切られた。" in lines
    lines = _lines("ja_aozora_ruby_marks_s39.txt")  # clause aozora_ruby_unbarred_marks' gloss
    assert "「君は、 Lha-mo-Sambha-cho を知っているかね」と訊いた。" in lines


def test_aozora_readings_default_keeps_them():
    """Guard: without the rule (``--aozora-readings words``, the default) they stay."""
    default = CleanConfig()
    assert "名の喫茶店（キャッフェ）がある。" in _lines(FILES[0], default)[3]
    assert any("status quo（現体制）" in t for t in _lines(FILES[1], default))
    assert any("石見銀山（猫イラズ）" in t for t in _lines(FILES[2], default))
    assert any(
        "Lha-mo-Sambha-cho （ハーモ・サムバ・チョウ）を" in t for t in _lines(FILES[3], default)
    )


@pytest.mark.parametrize("name", FILES)
def test_aozora_readings_none_changes_only_the_brackets(name):
    """Guard: the text with the rule is the default text less the brackets it added, one
    "（reading）" for a 《reading》 of the raw text: nothing else is cut or joined."""
    default = clean_text(_raw(name)).text
    for reading in re.findall("《([^《》\n]+)》", _raw(name)):
        default = default.replace(f"（{reading}）", "", 1)
    assert clean_text(_raw(name), NONE).text == default


def test_aozora_readings_flag_and_its_errors():
    """``--aozora-readings none`` adds the rule (the manifest saves the rules); with
    ``--keep-aozora-markup``, which keeps every reading as written, it is a one-line error
    that says what to change. With ``--keep-boilerplate`` it is taken as
    ``--drop-author-notes`` is (review 40): recorded, nothing cut, one line logged."""
    from pipeline.build_config import config_from_args, kept_boilerplate_notice
    from pipeline.options import dataset_parser

    args = ["--input", "x", "--output", "o", "--tokenizer", "t.json"]

    def rules(*flags):
        with user_input():
            config = config_from_args(dataset_parser().parse_args([*args, *flags]), 0, ())
        return config.clean.boilerplate.rules

    assert rules() == rules("--aozora-readings", "words") == BoilerplateConfig().rules
    assert rules("--aozora-readings", "none") == RULES + (READINGS_RULE,)
    for flags in (["--keep-aozora-markup"], ["--keep-aozora-markup", "--keep-boilerplate"]):
        with pytest.raises(UserError, match="--aozora-readings none cannot go with") as e:
            rules("--aozora-readings", "none", *flags)
        assert "\n" not in str(e.value)
    # Review 40: --keep-boilerplate keeps what either opt-in flag cuts, and says so in one line
    assert rules("--aozora-readings", "none", "--keep-boilerplate") == RULES + (READINGS_RULE,)
    assert rules("--drop-author-notes", "--keep-boilerplate") == RULES + ("author_note",)
    text = clean_text(_raw(FILES[0]), CleanConfig(boilerplate=BoilerplateConfig(
        enabled=False, rules=RULES + (READINGS_RULE,)))).text  # fmt: skip
    assert "喫茶店《キャッフェ》" in text
    notice = kept_boilerplate_notice(
        dataset_parser().parse_args(
            [*args, "--aozora-readings", "none", "--drop-author-notes", "--keep-boilerplate"]
        )
    )
    assert notice == (
        "--keep-boilerplate keeps every boilerplate rule's text: --drop-author-notes and "
        "--aozora-readings none cut nothing in this build (the manifest records them)"
    )
    for flags in (["--aozora-readings", "none"], ["--keep-boilerplate"], []):
        assert kept_boilerplate_notice(dataset_parser().parse_args([*args, *flags])) == ""
    with pytest.raises(UserError, match="invalid choice: 'drop' \\(choose from 'words', 'none'\\)"):
        dataset_parser().parse_args([*args, "--aozora-readings", "drop"])


def test_aozora_readings_none_hard_wrapped():
    """A copy hard-wrapped at 20 columns counting the readings is joined at the raw column
    (clause aozora_hard_wrapped_raw: ``_markup`` run again with the joins); the rule holds
    there too (review 40: that second run took the default and no test failed)."""
    raw = _raw(FILES[0])
    wrapped = _wrap(raw, 20, count_readings=True)
    assert raw_wrap_joins(wrapped)
    assert clean_text(wrapped, NONE).text == clean_text(raw, NONE).text
    assert "名の喫茶店（キャッフェ）がある。" in clean_text(wrapped).text  # guard: the default
