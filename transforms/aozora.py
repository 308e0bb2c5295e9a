"""Aozora Bunko (青空文庫) texts: the distributor's legend and colophon, and the
notation of ruby readings and editor's notes, which are markup, not text.

Japanese public-domain books are shared as Aozora Bunko plain text: a title and
author line, a legend of the notation between two rule lines ("-----" /
"【テキスト中に現れる記号について】" / ... / "-----"), the work, and a colophon
("底本：「こころ」集英社文庫 ..." / "入力：..." / "校正：..." / "青空文庫作成ファイル：
..."). Inside the work the notation marks:

* ruby (furigana): a reading in 《》 after the word it reads, "私《わたくし》",
  and "｜" where the word does not start at a change of script, "一人｜麦藁帽
  《むぎわらぼう》": the reading repeats the word in kana, so left in, every
  sentence is cut by readings (こころ has 908 of them, 伊沢蘭軒 2,654);
* editor's notes in ［＃...］: layout ("［＃５字下げ］", "［＃改ページ］",
  "［＃ここから２字下げ］"), headings ("一［＃「一」は中見出し］"), emphasis
  ("［＃「本文」に傍点］") and characters outside JIS X 0208, written "※" and
  described in a note: "※［＃「てへん＋劣」、第3水準1-84-77］".

Rules (names are ``boilerplate.RULES`` entries; ``--keep-boilerplate`` keeps all
of them, ``--keep-aozora-markup`` only the markup):

``aozora_legend``
    within the first ``LEGEND_EDGE`` characters, the legend block: a line of
    20 or more "-" then the line "【テキスト中に現れる記号について】", to the next
    such rule line, with the blank lines after it. The title and author above
    it stay (the title page).
``aozora_colophon``
    the colophon at the end: from the last line that opens with "底本：" (or
    "底本:") in the last ``COLOPHON_EDGE`` characters to the end of the text,
    when what follows names the volunteers or the library ("入力：", "校正：",
    "青空文庫"); the blank lines before it go too.
``aozora_markup``
    in a text that uses the notation (the legend, or at least ``MIN_MARKS``
    notes or ruby readings), the ruby readings (a 《》 after "｜"+word, or a 《》
    holding only kana; a Chinese book title《论语》holds ideographs and stays),
    the "｜" before a ruby (or an ASCII "|", clause ``aozora_ruby_ascii_bar``), and every ［＃...］ note; a "※" with a note that
    gives a JIS X 0213 position ("第3水準1-84-77", plane-row-cell) or a code
    point ("U+546D") becomes that character (clause ``aozora_gaiji``), otherwise
    the "※" stays as the placeholder; the repeat mark written "／＼" becomes
    "〳〵" (clause ``aozora_repeat_mark``); a run-in (同行) or window (窓) heading
    sharing its line with text is set apart as a paragraph of its own: its note becomes
    a blank line, and a blank line goes before it when text comes first (clause
    ``aozora_run_in_line``, session 29: ``transforms.aozora_headings``). A line that held only notes goes with
    its line break ("［＃改ページ］", "［＃ここから２字下げ］").
    Clause ``aozora_ruby_base``: a kana reading without "｜" counts only
    right after a kanji (or a gaiji note), as Aozora's ruby reads the kanji
    before it, and a "｜" base is a word (no spaces, ：；。！？): 《たけくらべ》
    after "は" or "。" is a title in quotation marks. Clause
    ``aozora_kana_text``: without the legend, only a Japanese text (at least
    ``KANA_SHARE`` kana among its kana and ideographs) is read, so a Chinese
    "首页｜武侠《天龙八部》｜..." keeps its titles. Clause ``aozora_ruby_gloss``
    (session 37): a "｜" ruby whose reading translates its base (the reading holds a
    kanji, or a Latin base is "read" in hiragana) stays in brackets,
    "｜status quo《現体制》" -> "status quo（現体制）". Clause ``aozora_ruby_katakana_word``
    (session 39, ``transforms.aozora_katakana``): so does a katakana reading of a kanji word
    that is a word of its own, a loanword or a foreign name: "喫茶店（キャッフェ）", "扉（ドア）".
``aozora_bracketed_reading`` (opt-in, ``--aozora-readings none``; ``READINGS_RULE``)
    clause ``aozora_readings_none`` (session 40): the readings ``aozora_markup`` keeps in
    brackets (the katakana words, the glosses) go as every other reading does, leaving the
    base text alone, "喫茶店", "status quo", as most Aozora-derived corpora have it.

A heading note leaves its heading line ("一"); ``transforms.cjk_numbers`` reads
such lines.

Clause ``aozora_never_wrapped`` (``never_wrapped``, session 34): Aozora Bunko text is
never hard-wrapped (its typing rules set one paragraph, verse line or heading a line), so
a text any Aozora rule cut (or, with the rules off, one they would cut) is marked
``Document.never_wrapped`` and the unwrap stage joins none of its lines: measured at a
wrap column, 銭形平次's full-width paragraphs ran into the dialogue line under them
("…待ちました。" + "「それから」").

Cost: a substring test on text without "［＃" or "《"; otherwise three regex
scans.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right

from transforms import literal_scan
from transforms.aozora_glosses import BARE, MARKED, bare_ruby, katakana_gloss, marked, marked_ruby
from transforms.aozora_katakana import hiragana_book, katakana_word
from transforms.aozora_line_notes import NoteLines
from transforms.ja_hard_wrap import hard_wrapped, raw_wrap_joins
from transforms.ruby_bars import ruby_matches
from transforms.textedit import Edit
from transforms.unclosed_openers import shut

RULES = ("aozora_legend", "aozora_colophon", "aozora_markup")
READINGS_RULE = "aozora_bracketed_reading"  # opt-in: boilerplate.OPTIONAL_RULES
LEGEND_EDGE = 5_000
COLOPHON_EDGE = 10_000
MIN_MARKS = 3

# Clause aozora_legend_wrapped (session 40): a copy hard-wrapped at a column breaks the rule
# lines (55 "-" at 20 columns: 20, 20 and 15), and the legend, no longer found, stayed in the
# text (蜘蛛の糸 at 20 and 40 columns: 11-13 lines of it). A rule line is the lines of 20 "-" or
# more a wrap makes of it, with the shorter rest of the line under them.
_RULE_LINE = r"-{20,}[ \t]*(?:\n-{20,}[ \t]*)*(?:\n-{1,19}[ \t]*)?"
_LEGEND = re.compile(
    rf"(?:^|\n)({_RULE_LINE}\n【テキスト中に現れる記号について】[^\n]*\n(?:.*?\n)??{_RULE_LINE}(?:\n[ \t\u3000]*)*(?:\n|$))",
    re.DOTALL,
)
_COLOPHON = re.compile(r"\n[ \t\u3000]*底本[：:]")
_CREDITS = ("入力：", "校正：", "入力:", "校正:", "青空文庫")
_KANA = "\u3041-\u3096\u309d\u309e\u30a1-\u30fa\u30fc-\u30fe・゛゜／＼″"
# "｜" + the word it marks + its reading; a reading of kana alone after a word.
# Clause aozora_ruby_base: Aozora's ruby reads the run of kanji before it (a
# note "※［＃...］" stands for one); any other base opens with "｜" and is a
# word, without spaces or sentence marks. So a kana-only 《》 after kana or a
# mark is a quotation or a title (「...」の《たけくらべ》), and "｜书名：《论语》｜"
# a table's cell.
# Clause aozora_ruby_ascii_bar: the bar may be the ASCII "|", as Japanese web-novel sites
# (小説家になろう, カクヨム) accept it and a few Aozora typists wrote it (北越雪譜's "魚沼郡|雲洞村
# 《うんどうむら》", 楡の家's "出来|悪《にく》かった"): it goes with the reading, as "｜" does.
# Clause aozora_ruby_ascii_bar_kana: "|" is a separator far more often than "｜" (a
# table's cells, code, a Chinese site's "目录|三国演义《三国志》"), so after an ASCII bar
# the reading must be kana (the 5 Aozora texts' and the web novels' readings are), and a
# table row's bar (a line that ends in "|") stays.
_BASE = r"(?:[^｜|《》［\n\s：:；;。！？]|［＃[^］\n]*］){1,40}"
# Clause aozora_ruby_spaced_base (session 36): after "｜" the base may be a Latin phrase
# with spaces, "≪｜Belle-vue de Tombeau《ベル・ビュウ・ド・トンボウ》≫" (久生十蘭), "｜Cinq sous
# 《サン　スウ》", "｜Sentiment 色《さんちまんいろ》" (94 in 46 of the mirror's texts; the whole
# markup was left): it holds a Latin letter, starts and ends with a mark, and has no bar,
# sentence mark or colon. A kanbun base with "。" and a lone "？" stay as they are.
_SPACED = r"(?=[^｜|《》\n]*[A-Za-z])[^｜|《》［\n\s：:；;。！？][^｜|《》［\n：:；;。！？]{0,38}[^｜|《》［\n\s：:；;。！？]"
_KANJI_BEFORE = r"[\u3400-\u9fff\uf900-\ufaff々〆ヶ］\U00020000-\U0003134f]"
# Clause literal_led_lookbehind (session 48, cost only, same matches): the third branch's
# look-behind goes after its "《" ("《(?<=[kanji]《)", as _RUBY_UNBARRED below), so the three
# branches open with "｜", "|" and "《" and the engine skips to them; led by the look-behind
# the pattern was tried at every character (~21 ms per million characters).
_RUBY = re.compile(
    rf"｜({_BASE}|{_SPACED})《[^《》\n]{{1,40}}》"
    rf"|\|(?![^\n]*\|[ \t]*(?:\n|\Z))({_BASE})《[{_KANA}]{{1,40}}》"
    rf"|《(?<={_KANJI_BEFORE}《)[{_KANA}]{{1,40}}》"
)
_RUBY_ANY_BAR = re.compile(_RUBY.pattern.replace(r"(?![^\n]*\|[ \t]*(?:\n|\Z))", "", 1))
# Clause ruby_literal_led (session 43, cost only, same matches): without "｜" or "|" in the
# text only _RUBY's third branch can match, and this form of it opens with "《", a literal
# the regex engine skips to (the three-branch pattern is tried at every character: 25 ms on
# 天龙八部's 1.26 M characters and its 120 《》 title marks, 1.3 ms so).
_RUBY_UNBARRED = re.compile(rf"《(?<={_KANJI_BEFORE}《)[{_KANA}]{{1,40}}》")
# Clause aozora_kana_text: without the legend the notation is read only in a
# Japanese text, one whose CJK letters hold at least KANA_SHARE kana (the eight
# Aozora books: 0.47-0.84; Chinese text: none), so that a Chinese table or list
# of 《书名》 with "｜" bars keeps its titles.
KANA_SHARE = 0.1
KANA_SAMPLE = 100_000
_HAN = re.compile("[\u3400-\u9fff\uf900-\ufaff]")
_KANA_CHAR = re.compile("[\u3041-\u3096\u30a1-\u30fa]")
_NOTE = re.compile(r"(※?)［＃([^］\n]*)］|／″?＼")
# Clause aozora_repeat_mark: the two-line repeat mark (くの字点), which plain text
# writes "／＼" (voiced "／″＼"): "ワイ／＼" is "ワイ〳〵".
_REPEAT = {"／＼": "〳〵", "／″＼": "〴〵"}
_JIS = re.compile(r"第[34]水準([12])-(\d{1,2})-(\d{1,2})")
_CODE_POINT = re.compile(r"U\+([0-9A-Fa-f]{4,6})")


def _gaiji(note: str) -> str | None:
    """The character a gaiji note describes, or None (clause ``aozora_gaiji``)."""
    m = _CODE_POINT.search(note)
    if m:
        value = int(m.group(1), 16)
        return chr(value) if value <= 0x10FFFF else None
    m = _JIS.search(note)
    if not m:
        return None
    plane, row, cell = (int(g) for g in m.groups())
    if not (1 <= row <= 94 and 1 <= cell <= 94):
        return None
    code = bytes(([0x8F] if plane == 2 else []) + [0xA0 + row, 0xA0 + cell])
    try:
        return code.decode("euc_jis_2004")
    except UnicodeDecodeError:
        return None


def _legend(text: str) -> list[Edit]:
    m = _LEGEND.search(text, 0, LEGEND_EDGE + 2_000)
    if not m or m.start(1) > LEGEND_EDGE:
        return []
    return [Edit(m.start(1), m.end(1), "", "aozora_legend")]


def _colophon(text: str) -> list[Edit]:
    edge = max(0, len(text) - COLOPHON_EDGE)
    found = list(_COLOPHON.finditer(text, edge))
    if not found:
        return []
    start = found[-1].start()
    if not any(w in text[start:] for w in _CREDITS):
        return []
    while start > 0 and text[start - 1] in " \t\u3000\n":
        start -= 1
    return [Edit(start, len(text), "\n" if start else "", "aozora_colophon")]


def _japanese(text: str) -> bool:
    """Clause ``aozora_kana_text``: at least ``KANA_SHARE`` kana among the CJK letters."""
    sample = text[:KANA_SAMPLE]
    kana = len(_KANA_CHAR.findall(sample))
    return kana >= KANA_SHARE * (kana + len(_HAN.findall(sample)))


# Clause aozora_ruby_gloss (session 37): a ruby after "｜" whose reading is a translation, not
# a reading, is text the page shows: "｜status quo《現体制》", "｜dramatis personae《登場人物》",
# "｜カルチェ・ラタン《学生街》", "｜Comme il faut《しゃんとして》". Dropped with the markup, its meaning
# was lost; it stays after its base in brackets, "status quo（現体制）". A gloss: the reading
# holds a kanji (a reading spells its base in kana), or its base is Latin alone (no kanji or
# kana) and the reading holds hiragana (a Latin word is read in katakana: "｜Cinq sous《サン
# スウ》" stays a reading). Guards: a reading with a note (［＃…］: gaiji kana, emphasis) is a
# reading; readings without "｜" are kana by the notation's own rule and stay readings.
_GLOSS_HAN = re.compile("[\u3400-\u9fff\uf900-\ufaff々〆\U00020000-\U0003134f]")
_HIRAGANA = re.compile("[\u3041-\u3096]")
_LATIN = re.compile("[A-Za-z]")


def _gloss(base: str, reading: str) -> bool:
    """Clause ``aozora_ruby_gloss``: ``reading`` translates ``base`` (see above)."""
    if "［" in reading:
        return False
    if _GLOSS_HAN.search(reading):
        return True
    if not _LATIN.search(base) or "［" in base:
        return False
    if _GLOSS_HAN.search(base) or _KANA_CHAR.search(base):
        return False  # a Latin base alone
    if not _HIRAGANA.search(reading):  # clause aozora_ruby_gloss_katakana
        return katakana_gloss(base, reading)
    return not _romaji(base, reading)


# Clause aozora_ruby_gloss_romaji (review): a Japanese name or word spelled in Latin letters,
# read in hiragana, is a reading: "｜T. Hamashima《はまじまたけぶみ》" (000077 1323, a doorplate).
# Told so: each word of two letters or more of the base, brought to one spelling (Hepburn to
# Kunrei, voicing and long vowels dropped), is in the reading so spelled.
_SPELLING = (("shi", "si"), ("sh", "sy"), ("chi", "ti"), ("ch", "ty"), ("tsu", "tu"))
_SPELLING += (("fu", "hu"), ("ji", "zi"), ("j", "zy"), ("ou", "o"), ("oo", "o"), ("uu", "u"))
_VOICED = str.maketrans("gzdbp", "kstth")


def _spelled(word: str) -> str:
    for a, b in _SPELLING:
        word = word.replace(a, b)
    return re.sub(r"([^aeiou])\1", r"\1", word.translate(_VOICED))


def _romaji(base: str, reading: str) -> bool:
    kana = ""
    for c in reading:
        name = unicodedata.name(c, "")
        if name.startswith("HIRAGANA LETTER SMALL Y"):  # き + ゃ: "kya"
            kana = kana.removesuffix("i") + name[-2:].lower()
        elif name.startswith("HIRAGANA LETTER ") and "SMALL" not in name:
            kana += name[16:].lower()
    words = [w for w in re.findall("[A-Za-z]+", base.lower()) if len(w) > 1]
    return bool(words) and all(_spelled(w) in _spelled(kana) for w in words)


def _rubies(text: str, joins: list[int]) -> list[tuple[int, int, int, int, str, str]]:
    """The ruby matches of ``text`` as (start, word start, word end, end, word, reading),
    ``word`` "" for a reading without "｜"; with ``joins`` (the line breaks of a wrap the
    markup undoes, clause ``aozora_hard_wrapped_raw``) they are found on the joined lines, so
    a ruby cut by the wrap ("｜" / "麦藁帽《むぎわらぼう》", "饑饉" / "《ききん》") is read too."""
    if "《" not in text:  # clause ruby_literal_led: every match holds one
        return []
    joined = text
    if joins:
        pieces = zip([-1, *joins], [*joins, len(text)], strict=True)
        joined = "".join(text[a + 1 : b] for a, b in pieces)
    at = [j - k for k, j in enumerate(joins)]  # where each removed break was, in ``joined``

    def start(i: int) -> int:
        return i + bisect_right(at, i)

    def end(i: int) -> int:
        return i + bisect_left(at, i)

    found = []
    barred = "｜" in text or "|" in text  # clause ruby_literal_led (the joins are line breaks)
    if barred and "|" in joined:  # clause ruby_bar_once (transforms.ruby_bars)
        matches = ruby_matches(_RUBY_ANY_BAR, joined)
    else:
        matches = (_RUBY if barred else _RUBY_UNBARRED).finditer(joined)
    for m in matches:
        word = 0
        if barred:
            word = 1 if m.group(1) is not None else 2 if m.group(2) is not None else 0
        ws, we = (m.start(word), m.end(word)) if word else (m.start(), m.start())
        reading = joined[(we if word else m.start()) + 1 : m.end() - 1]
        found.append(
            (
                start(m.start()),
                end(ws),
                start(we),
                end(m.end()),
                m.group(word) if word else "",
                reading,
            )
        )
    return found


def _markup(
    text: str, legend: bool, joins: list[int] | tuple = (), words: bool = True
) -> list[Edit]:
    """The markup's edits; ``words`` False (clause ``aozora_readings_none``) keeps no
    reading in brackets."""
    rubies = _rubies(text, list(joins))
    noted = "［＃" in text or "／＼" in text  # clause unclosed_opener_once: the same matches
    notes = list(_NOTE.finditer(shut(text, "［＃", "］")[0])) if noted else []
    joined = set(joins)
    if not legend and len(rubies) + sum(m.group(2) is not None for m in notes) < MIN_MARKS:
        return []
    if not legend and not _japanese(text):  # clause aozora_kana_text
        return []
    edits = []
    # clause aozora_ruby_katakana_word (transforms.aozora_katakana)
    book = words and hiragana_book(rubies)
    for start, word_start, word_end, end, word, reading in rubies:
        kept = words and katakana_word(text, start, end, word, reading, book)
        if not word:
            edits.append(Edit(start, end, f"（{reading}）" if kept else "", "aozora_markup"))
        else:  # keep the word, drop the bar and the reading (a gloss stays, in brackets)
            edits.append(Edit(start, word_start, "", "aozora_markup"))
            gloss = f"（{reading}）" if kept or (words and _gloss(word, reading)) else ""
            edits.append(Edit(word_end, end, gloss, "aozora_markup"))
    bare = []
    if len(rubies) < text.count("《"):  # clause aozora_ruby_unbarred
        read = {word_end if word else start for start, _, word_end, _, word, _ in rubies}
        for m in BARE.finditer(text):
            if m.start() not in read:
                new = bare_ruby(text[max(0, m.start() - 60) : m.start()], m.group(1), _gloss)
                if new and not legend:  # clause aozora_ruby_unbarred_legend
                    continue
                new = new if words or new is None else ""  # clause aozora_readings_none
                if new is not None:
                    edits.append(Edit(m.start(), m.end(), new, "aozora_markup"))
                    bare.append((m.start(), m.end()))
        for m in MARKED.finditer(text) if legend else ():  # clause aozora_ruby_unbarred_marks
            if m.start() in read or not marked(text, m.start()):
                continue
            new = marked_ruby(text[max(0, m.start() - 60) : m.start()], m.group(1), _gloss)
            new = new if words or new is None else ""  # clause aozora_readings_none
            start = m.start() - (new == "" and text[m.start() - 2] == "］")  # with its space
            if new is not None:
                edits.append(Edit(start, m.end(), new, "aozora_markup"))
                bare.append((start, m.end()))
    lines = NoteLines(text, notes)  # clause note_line_once
    for i, m in enumerate(notes):
        if bare and any(a < m.start() < b for a, b in bare):
            continue  # a note inside a reading that went whole
        if m.group(2) is None:
            edits.append(Edit(m.start(), m.end(), _REPEAT[m.group()], "aozora_markup"))
            continue
        char = _gaiji(m.group(2)) if m.group(1) else None
        start = m.start()
        if not m.group(1) and start - 1 in joined and text[start - 2 : start] == "※\n":
            # clause aozora_hard_wrapped_raw_gaiji_join: the wrap parted the note from its "※"
            # ("…この※" / "［＃「牛＋健のつくり」、第4水準2-80-1］陀多"): read whole, with the join
            start, char = start - 2, _gaiji(m.group(2)) or "※"
        if lines.run_in(i):  # clause aozora_run_in_line
            char = m.group(1) + "\n\n"
        if tail := lines.right_tail(i):  # clause aozora_right_aligned_tail
            char = tail
        if (at := lines.run_in_start(i)) is not None:  # clause aozora_run_in_line
            edits.append(Edit(at, at, "\n\n", "aozora_markup"))
        edits.append(Edit(start, m.end(), char or m.group(1), "aozora_markup"))
    edits.sort(key=lambda e: e.start)
    return _whole_lines(text, edits)


def _whole_lines(text: str, edits: list[Edit]) -> list[Edit]:
    """A line left empty by note cuts goes with its line break."""
    out: list[Edit] = []
    i = 0
    while i < len(edits):
        e = edits[i]
        line_start = text.rfind("\n", 0, e.start) + 1
        line_end = text.find("\n", e.start)
        line_end = len(text) if line_end < 0 else line_end
        j, pos, empty = i, line_start, True
        while j < len(edits) and edits[j].start < line_end:
            if text[pos : edits[j].start].strip(" \t\u3000") or edits[j].replacement:
                empty = False
            pos = edits[j].end
            j += 1
        if empty and not text[pos:line_end].strip(" \t\u3000") and line_end < len(text):
            out.append(Edit(line_start, line_end + 1, "", "aozora_markup"))
        else:
            out.extend(edits[i:j])
        i = j
    return out


def aozora_edits(
    text: str, rules: set[str] | frozenset[str], join_wraps: bool = True
) -> list[Edit]:
    """The edits of the Aozora rules in ``rules`` (see module doc); ``join_wraps`` False
    (``--keep-line-breaks``) joins no wrap (clause ``aozora_hard_wrapped_raw_kept_lines``)."""
    if not ("《" in text or literal_scan.holds(text, "［＃") or literal_scan.holds(text, "底本")):
        return []
    legend = _legend(text)
    edits = legend if "aozora_legend" in rules else []
    if "aozora_colophon" in rules:
        edits += _colophon(text)
    words = READINGS_RULE not in rules  # clause aozora_readings_none
    if "aozora_markup" in rules and (markup := _markup(text, bool(legend), (), words)):
        # clause aozora_hard_wrapped_raw (transforms.ja_hard_wrap): a wrap that counted the
        # readings is undone here, at the raw column, where the readings' widths are seen
        if join_wraps and (joins := raw_wrap_joins(text)):
            markup = _markup(text, bool(legend), joins, words)
            cut = {i for e in markup for i in joins if e.start <= i < e.end}  # in a reading
            joined = [Edit(i, i + 1, "", "aozora_markup") for i in joins if i not in cut]
            markup = sorted(markup + joined, key=lambda e: e.start)
        edits += markup
    return edits


def never_wrapped(text: str, edits: list[Edit], rules) -> bool:
    """Clause ``aozora_never_wrapped``: ``text`` is an Aozora Bunko text, set a paragraph a
    line: an Aozora rule is among ``edits`` (the boilerplate cuts made with ``rules``), or,
    where ``rules`` left one of them out (``--keep-boilerplate``), it would cut. Clause
    ``aozora_never_wrapped_colophon``: a colophon alone ("底本：" .. "校正：") marks only a
    Japanese text (``aozora_kana_text``): a hard-wrapped Chinese book may end so too."""
    cut = {e.rule for e in edits} & set(RULES)
    if not cut - {"aozora_colophon"} and not set(RULES) <= set(rules):  # would a rule cut?
        cut |= {e.rule for e in aozora_edits(text, frozenset(RULES))}
    flat = bool(cut - {"aozora_colophon"}) or (bool(cut) and _japanese(text))
    if not flat or not hard_wrapped(text):  # clause aozora_hard_wrapped (transforms.ja_hard_wrap)
        return flat
    # clause aozora_hard_wrapped_raw: the markup's edits joined a wrap made at the raw column
    # (made: every break of it is cut; ``--keep-line-breaks`` makes none)
    joins = raw_wrap_joins(text) if "aozora_markup" in rules and "aozora_markup" in cut else []
    starts = [e.start for e in edits]
    cover = [(j, bisect_right(starts, j)) for j in joins]
    return bool(joins) and all(i and edits[i - 1].end > j for j, i in cover)
