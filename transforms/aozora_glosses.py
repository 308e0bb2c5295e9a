"""Ruby glosses the Aozora markup pass (``transforms.aozora``, clause ``aozora_ruby_gloss``)
did not keep, and kanji readings without "｜" it left as raw markup (session 38).

Clause ``aozora_ruby_gloss_katakana``: a Latin base read in katakana is read so (a
transliteration, "｜Cinq sous《サン　スウ》", "｜Coeur《キョオル》") unless the reading opens with
a sound the base's first letter cannot make: then it is a translation in katakana, a gloss
kept as the page shows it, "EL Dorado（ユートピア）", "PRECIOUS MAN（ヤクザ・モン）", "I found the
Truth（ユリイカ！　ユリイカ！）" (000183 52844, 000282 1714, 000183 52837: 3 of the mirror's 101
Latin bases read in katakana). ``_SOUNDS`` gives, for each first letter, the initials of the
katakana syllables (by their Unicode names: シ "SI", チ "TI", フ "HU", ジ "ZI") that may spell
it in Japanese ("c": カ, セ, チ; "j": ジ, ヤ, ホ; "w": ウ, ヴ, フ, ワ); a base opening with a
vowel may open its reading with any vowel, and "u"/"eu" with ユ.

Clause ``aozora_ruby_unbarred``: a 《》 right after a letter that ``aozora._RUBY`` did not read
(no "｜" and a reading that is not kana alone) reached the training text whole (the mirror:
about 4,800 in 600 texts, ``/tmp/wtG38/rawscan.py``). Read as the page shows it:

* clause ``aozora_ruby_kanji_reading``: a reading holding a kanji is a gloss, kept after its
  word in brackets: "石見銀山《猫イラズ》" -> "石見銀山（猫イラズ）", "民衆の声《判断》", "午後四時
  《七つ》", "あんし《按司》"; clause ``aozora_ruby_lookalike_kana``: a katakana reading typed
  with a kanji that looks like a katakana letter ("無邪気《イノセン卜》", 卜 for ト; "煙筒《チム子ー》",
  子 for ネ) is a reading, dropped as every katakana reading is;
* after a Latin word ("Faubourg《フォオブウル》", "Ｈ《アッシュ》", "bully《いじめっ子》") the word is the
  base: dropped or kept by ``aozora._gloss`` as a ruby after "｜" is;
* an editor's reading in brackets ("兼而《（かねて）》", "益《〔ますます〕》") and a reading of kana
  with a gaiji note in it ("並木道《ブリ※［＃濁点付き片仮名ワ、1-7-82］ール》") are readings: dropped
  (the note with them);
* over a digit, a Greek or Cyrillic letter or a mark ("８《エイト》", "П《ペー》", "○○《ヒミツ》") a
  reading of kana goes, one holding a kanji stays as a gloss;
* another script over kana ("ありがとう《メルシ》", "イラハイ《かむいん》": a foreign word over its
  translation) and a word over kanji ("合図《wink》") are glosses, kept in brackets.

Guards: only where the markup is read (the legend, or ``MIN_MARKS`` marks in a Japanese
text); 《》 after a space or a line start (a legend's "《》：ルビ", a quotation) stays; so does one
after a "｜" whose base the rule refused ("｜ obscene house《ナンバー・ナイン》", "｜いろ は《いろは》", as
clause ``aozora_ruby_spaced_base`` keeps them), and one whose word follows an ASCII "|" in the same run (a table's or a site's line, "目录|三国演义
《三国志》", as clause ``aozora_ruby_ascii_bar_kana`` keeps it) and Latin over Latin ("See
Table|Chart《appendix》", "cmd|grep《foo》");
a reading with a note and a kanji stays as it is (its note is read by the note rule).
Clause ``aozora_ruby_unbarred_legend`` (review, in ``aozora._markup``): without Aozora's
legend no 《》 becomes a gloss: there a 《》 may be the Japanese title or name mark ("彼は
《源氏物語》を読み", a web novel's "スキル《鑑定》"), as on the page; Aozora's own text
writes such a mark as a note (※［＃始め二重山括弧］), so with the legend every 《》 is a ruby.
"""

from __future__ import annotations

import re
import unicodedata

_VOWELS = frozenset("AIUEO")
_SOUNDS = {
    "b": "BV", "c": "KSTZ", "d": "DZ", "f": "HF", "g": "GZK", "h": "HFS" + "AIUEO",
    "j": "ZYH", "k": "K", "l": "R", "m": "M", "n": "N", "p": "PH", "q": "K", "r": "R",
    "s": "SZ", "t": "TSZ", "v": "VBUW", "w": "UVWHO", "x": "KZSE", "y": "YIUE", "z": "ZTS",
}  # fmt: skip
_LATIN_WORD = re.compile("[A-Za-z]")


def _first_sound(reading: str) -> str:
    """The initial of the first katakana syllable of ``reading`` by its Unicode name
    ("KATAKANA LETTER SI" -> "S"), "" when it holds none."""
    for c in reading:
        name = unicodedata.name(c, "")
        if name.startswith("KATAKANA LETTER ") and "SMALL" not in name:
            return name[16]
        if name.startswith(("HIRAGANA", "CJK")):
            return ""
    return ""


def katakana_gloss(base: str, reading: str) -> bool:
    """Clause ``aozora_ruby_gloss_katakana``: ``reading`` (katakana) translates the Latin
    ``base`` rather than spelling it."""
    m = _LATIN_WORD.search(base)
    sound = _first_sound(reading)
    if m is None or not sound:
        return False
    first = m.group().lower()
    if first in "aeiou":
        rest = base[m.start() :].lower()
        return not (sound in _VOWELS or (sound == "Y" and rest.startswith(("u", "eu"))))
    return sound not in _SOUNDS.get(first, sound)


# Clause aozora_ruby_unbarred: 《…》 right after a letter of a word (kana, kanji, the iteration
# marks, a Latin, Greek or Cyrillic letter, a digit, a note's "］" or an accented letter's "〕")
# or a mark a ruby may stand on ("○○《ヒミツ》", "？《インタロゲーションマーク》", "』《…》") that
# the notation's rule (``aozora._RUBY``) did not read.
BARE = re.compile(
    "(?<=[\u3041-\u3096\u30a1-\u30fa\u30fc\u3400-\u9fff\uf900-\ufaff々〆ヶ］〕A-Za-zＡ-Ｚａ-ｚ"
    "\U00020000-\U0003134f\u0370-\u04ff0-9０-９〇○□×？！』」）])《([^《》｜|\n]{1,60})》"
)
# Clause aozora_ruby_unbarred_marks (session 39): with Aozora's legend (where every 《》 is a
# ruby), a reading on a mark the rule above does not take ("＋《プラス》", "△《さんかく》", "抑ゝ
# 《そもそも》", "※《ますます》" without its note), on a Latin word's "." or "'" ("Str.《シユトラセ》",
# "D'AMOUR'《ダムウル》"), or after one space the typist left after a word or a note ("Zwagri
# 《ツワグリ》", "※［＃…］ 《もが》"). Not after "「", "【", "→", a line start: there 《》 is the
# notation quoted ("ルビは「《ルビ》」の形で", the legend's "《》：ルビ", a correction "【《かけ》→《か》】").
# (found by "《" first, the letters before it checked by ``marked``: a pattern opening on
# lookbehinds is tried at every character of the text)
MARKED = re.compile("《([^《》｜|\\n]{1,60})》")
_MARKS_BEFORE = frozenset("＋－÷△・ヽ，※ゝゞ")
_LATIN_LETTER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") | frozenset(
    chr(c) for c in [*range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B)]
)


def marked(text: str, i: int) -> bool:
    """Clause ``aozora_ruby_unbarred_marks``: the 《 at ``i`` stands after a mark, a Latin
    word's "." or "'", or one space after a Latin word, ".", "'", "〕" or a note's "］"."""
    a, b = text[max(i - 1, 0) : i], text[max(i - 2, 0) : max(i - 1, 0)]
    return (
        a in _MARKS_BEFORE
        or (a in (".", "'") and b in _LATIN_LETTER)
        or (a in (" ", "\u3000") and (b in _LATIN_LETTER or b in (".", "'", "〕", "］")))
    )


# Clause aozora_ruby_lookalike_kana: kanji typed for the katakana they look like.
_LOOKALIKE = str.maketrans("卜子口工力夕二八一才", "トネロエカタニハーオ")
# Clause aozora_ruby_unbarred_iteration (review): "々" repeats the kana before it in a
# reading ("疊《た々み》", 000118 1745): a reading, not a gloss.
_KANA_READING = re.compile("[\u3041-\u3096\u309d\u309e\u30a1-\u30fa\u30fc-\u30fe々・　゛゜／＼″]+")
_HAN = re.compile("[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_NOTE_IN = re.compile("※?［＃[^］\n]*］")
_BRACKETED = re.compile("[（〔](.+)[）〕]")
_EDITOR = re.compile("[（）]")
_LATIN_BASE = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ0-9〔〕'`^,.\-]+$")
_LATIN_LAST = re.compile("[A-Za-zＡ-Ｚａ-ｚ〕]")
_SEGMENT = re.compile("[^\\s、。，「」『』（）]*$")
_KANA_OR_HAN = re.compile("[\u3041-\u3096\u30a1-\u30fa\u3400-\u9fff\uf900-\ufaff]")
_WORD_LAST = re.compile(
    "[\u3041-\u3096\u30a1-\u30fa\u30fc\u3400-\u9fff\uf900-\ufaff々〆ヶ］\U00020000-\U0003134f]"
)


def _kana(reading: str) -> bool:
    return _KANA_READING.fullmatch(reading) is not None


def bare_ruby(before: str, reading: str, gloss) -> str | None:
    """What 《``reading``》 after ``before`` (the text up to it) becomes under clause
    ``aozora_ruby_unbarred``: "" (a reading, dropped), "（reading）" (a gloss, kept as the
    page shows it), or None (left as it is). ``gloss(base, reading)`` is
    ``aozora._gloss``."""
    if "｜" in before.rsplit("》", 1)[-1].rsplit("\n", 1)[-1]:
        return None  # a bar whose base the notation's rule refused ("｜ obscene house《…》"): as written
    if "|" in _SEGMENT.search(before).group():
        return None  # clause aozora_ruby_ascii_bar_kana: a table's or a site's "|" ("目录|三国演义《三国志》")
    if "［" in reading:  # a gaiji or a typist's note in a reading of kana ("ブリ※［＃…ワ］ール")
        return "" if _kana(_NOTE_IN.sub("ア", reading)) else None
    if (m := _BRACKETED.fullmatch(reading)) and _kana(m.group(1)):
        return ""  # an editor's reading in brackets: "兼而《（かねて）》", "益《〔ますます〕》"
    if "（" in reading and _kana(_EDITOR.sub("", reading)):
        return ""  # clause aozora_ruby_unbarred_editor_part: "姿《（すが）た》" (000064 4527)
    if _LATIN_LAST.fullmatch(before[-1:]):
        if not _KANA_OR_HAN.search(reading):
            return None  # Latin over Latin: "Chart《appendix》", code
        base = _LATIN_BASE.search(before)
        return f"（{reading}）" if base and gloss(base.group(), reading) else ""
    if not _WORD_LAST.fullmatch(before[-1:]):  # a digit, a Greek or Cyrillic letter, a mark
        return f"（{reading}）" if _HAN.search(reading) else ""
    if _HAN.search(reading):  # clauses aozora_ruby_kanji_reading, aozora_ruby_lookalike_kana
        kana = _kana(reading.translate(_LOOKALIKE))
        return "" if kana and any("\u30a1" <= c <= "\u30fa" for c in reading) else f"（{reading}）"
    if _kana(reading) and _HAN.search(before[-1:]):
        return ""  # a reading the notation's rule missed (over 40 letters, an odd mark)
    return f"（{reading}）"  # another script over kana: "ありがとう《メルシ》"; "合図《wink》"


def marked_ruby(before: str, reading: str, gloss) -> str | None:
    """Clause ``aozora_ruby_unbarred_marks``: what a ``MARKED`` 《``reading``》 after ``before``
    becomes (as ``bare_ruby``); the space after a word stays, and a note's reading of
    kana goes as a reading right after the note does ("※［＃…］ 《も》ぎ離した", with its space:
    ``aozora._markup`` cuts it)."""
    word = before.rstrip(" \u3000")
    if word.endswith("］") and word != before:
        return "" if _kana(reading) else None
    return bare_ruby(word, reading, gloss)
