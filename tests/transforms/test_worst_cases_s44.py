"""Session 44 (branch wtB): worst cases, fourth pass.

Clause ``interior_run_once`` (transforms/punkt_candidates.py): the period candidates of a
" . . . ." leader were each checked against the multi-character runs ("..", "--",
". . .") of the whole stretch of dots, dashes and spaces around them, so the stretch was
read once per '.': quadratic (session 43's ``dot_leader_run``: 16,000 characters 8.2 s,
x4 per doubling). The stretch and its runs are now found once and every candidate in it
is answered from them (the same stretch, the same runs: the same answer).

The measure is a work count, not a time: the characters the engine's multi-character
run regex is asked to read (``endpos - pos`` of each ``finditer`` call).
"""

from __future__ import annotations

import re

import pytest

from transforms.punkt_candidates import CandidatePunkt
from transforms.sentences import punkt_tokenizer

# Verne, Celebrated Travels and Travellers, Part 2 (Gutenberg mirror): the list of
# illustrations, leaders of spaced dots before the page numbers.
VERNE = (
    "PART THE FIRST.\n"
    "                                                                  PAGE\n"
    "Hoisting the signals for triangulation . . . . . . . .  _Frontispiece_\n\n"
    "Pierre Louis Moreau de Maupertuis  . . . . . . . . . . . . . . . .   7\n\n"
    "Selkirk falling over the precipice with his prey . . . . . . . . .  15\n\n"
    '"I plunged my pike into his breast"  . . . . . . . . . . . . . . .  16\n'
)


class _CountingRuns:
    """The engine's multi-character run regex, counting the characters each
    ``finditer`` call may read."""

    def __init__(self, pattern: re.Pattern):
        self._pattern = pattern
        self.read = 0
        self.calls = 0

    def finditer(self, text, pos=0, endpos=None):
        end = len(text) if endpos is None else min(endpos, len(text))
        self.read += max(end - pos, 0)
        self.calls += 1
        return self._pattern.finditer(text, pos, endpos if endpos is not None else len(text))


def _engine() -> tuple[CandidatePunkt, object]:
    package = punkt_tokenizer("en")
    return CandidatePunkt(package), package


def _with_run(dots: int) -> str:
    """The Verne excerpt with one leader of ``dots`` spaced dots and no page after it."""
    return VERNE + "\nThe natives waving palm-leaves as a sign of welcome" + " ." * dots + "\n"


def test_verne_leaders_are_the_package_spans():
    """The exact sentences of the real list, as the punkt package gives them."""
    engine, package = _engine()
    spans = engine.span_tokenize(VERNE)
    assert spans == list(package.span_tokenize(VERNE))
    assert [VERNE[s:e] for s, e in spans] == [
        "PART THE FIRST.",
        "PAGE\nHoisting the signals for triangulation . . . . . . . .",
        "_Frontispiece_\n\nPierre Louis Moreau de Maupertuis  . . . . . . . . . . . . . . . .",
        "7\n\nSelkirk falling over the precipice with his prey . . . . . . . . .",
        '15\n\n"I plunged my pike into his breast"  . . . . . . . . . . . . . . .',
        "16",
    ]


@pytest.mark.parametrize("dots", [0, 1, 2, 3, 700])
def test_a_long_leader_keeps_the_package_spans(dots):
    """Guard: with a leader of any length after the list, the spans are the package's
    (whose scan of the whole text finds the runs once)."""
    engine, package = _engine()
    text = _with_run(dots)
    assert engine.span_tokenize(text) == list(package.span_tokenize(text))


def test_a_leader_is_read_once():
    """Clause interior_run_once: the run regex reads each stretch of dots and spaces
    once: at most the text's length in all, and the same number of calls at 2,000 and
    4,000 dots (base44: one call per '.', each reading the whole stretch: x4 per
    doubling, 8 M characters at 4,000 dots)."""
    work = {}
    for dots in (2000, 4000):
        engine, _ = _engine()
        counter = _CountingRuns(engine._multi)
        engine._multi = counter
        text = _with_run(dots)
        starts, ends = engine.starts_ends(text)
        last = "16\n\nThe natives waving palm-leaves as a sign of welcome" + " ." * dots
        assert text[starts[-1] : ends[-1]] == last
        assert counter.read <= len(text)
        work[dots] = counter.calls
    assert work[4000] == work[2000]


# -- clause comment_scan_once (transforms/comment_notices.py) ----------------------------

# 美的历程.txt's last lines and bookbao.com's banner (hankinghu/literature-books), as in
# tests/transforms/test_comment_notices.py, and an HTML primer's comment examples.
BODY = (
    "\u3000\u3000俱往矣。然而，美的历程却是指向未来的。\n\n\n 一九七九年春于和平里九区一号\n\n\n\n"
)
BANNER = (
    "<!--\n"
    "--------------------------------------------------------------\n"
    "  \n"
    "  书籍名称：美的历程  作者：李泽厚\n"
    "  \n"
    "  书包网 http://www.bookbao.com - TXT电子书免费分享平台\n"
    "  \n"
    "--------------------------------------------------------------\n"
    "-->\n"
)
EXAMPLE = (
    "Comments are written like this:\n\n<!--\n  This paragraph is hidden from the reader.\n-->\n"
)
INLINE = '<p class="note"><!-- see http://www.w3.org/TR/html4/ --> Download the file.</p>'


class _CountingText(str):
    """A text counting the characters its scans and copies read (``rfind``,
    ``find``, slices, strips)."""

    read = 0

    def rfind(self, sub, start=0, end=None):
        end = len(self) if end is None else end
        _CountingText.read += max(end - start, 0)
        return str.rfind(self, sub, start, end)

    def find(self, sub, start=0, end=None):
        found = str.find(self, sub, start, len(self) if end is None else end)
        _CountingText.read += (found if found >= 0 else len(self)) - start
        return found

    def __getitem__(self, key):
        out = str.__getitem__(self, key)
        _CountingText.read += len(out)
        return out

    def strip(self, chars=None):
        _CountingText.read += len(self)
        return str.strip(self, chars)

    def lstrip(self, chars=None):
        _CountingText.read += len(self)
        return str.lstrip(self, chars)

    def rstrip(self, chars=None):
        _CountingText.read += len(self)
        return str.rstrip(self, chars)


def _comment_spans(text: str) -> tuple[list, int]:
    from transforms.comment_notices import comment_notices
    from transforms.web_notices import _LINK, _NOTICE_WORD

    _CountingText.read = 0
    spans = comment_notices(_CountingText(text), _LINK, _NOTICE_WORD)
    return spans, _CountingText.read


@pytest.mark.parametrize(
    "shape",
    [
        lambda n: BODY * 10 + EXAMPLE * n + BANNER,  # thousands of comments
        lambda n: BODY * 10 + (INLINE + " ") * n + "\n" + BANNER,  # one line of "<!--"
    ],
    ids=["comments", "one_line"],
)
def test_comments_are_scanned_once(shape):
    """Clause comment_scan_once: the banner is found (exact span) and the text is read
    a bounded number of times: at most 4x its length, x2 per doubling (base44: each
    comment copied the text before it, or scanned back to the line start: x4)."""
    work = {}
    for n in (1000, 2000):
        text = shape(n)
        spans, work[n] = _comment_spans(text)
        assert spans == [(len(text) - len(BANNER), len(text))]
        assert work[n] <= 4 * len(text)
    assert work[2000] <= 2.1 * work[1000]


def test_comment_edges_the_same():
    """Guards: a blank-banner comment is cut at either edge of the text, with blank
    lines and NUL bytes around it, and kept in the middle (html_comment_notice)."""
    blank = BANNER.replace("  书包网 http://www.bookbao.com - TXT电子书免费分享平台\n", "\n")
    for text, expected in [
        (blank + BODY, [(0, len(blank))]),
        ("\n \ufeff\n" + blank + BODY, [(4, 4 + len(blank))]),
        (BODY + blank + "\x00\n", [(len(BODY), len(BODY) + len(blank))]),
        (BODY + blank + BODY, []),
        (BODY + "  " + blank + BODY, []),
    ]:
        assert _comment_spans(text)[0] == expected


# -- clause mail_scan_once (transforms/mail_headers.py) -----------------------------------

# tests/transforms/test_mail_headers.py's GNOME list message (perceval's mbox_complex.mbox):
# a reply answering each quoted line under it.
MAIL_HEAD = (
    "From eloli@hotmail.com  Wed Sep 22 05:05:28 2004\n"
    "Return-Path: <eloli@hotmail.com>\n"
    'From: "Eugenia Loli-Queru" <eloli@hotmail.com>\n'
    "Subject: Re: Revisiting the Gnome Bindings\n\n"
)
QUOTE_ANSWER = (
    ">I don't think it's fair to blame the Foundation [...]\n"
    "No matter what is really to blame, it ultimately [...]\n"
)


def test_mail_quotes_read_the_rest_once(monkeypatch):
    """Clause mail_scan_once: whether the writer answers under a quote is known for
    every line from one pass, not from a copy of the rest of the body per quote
    (base44: ``any(own[j:])``, x4 per doubling of the quotes); the edits are the same:
    the header block only (each quote is answered and holds no copy)."""
    from transforms import mail_headers

    listed = []

    def counting_any(items):
        if isinstance(items, list):
            listed.append(len(items))
        return any(items)

    monkeypatch.setattr(mail_headers, "any", counting_any, raising=False)
    for n in (500, 1000):
        listed.clear()
        text = MAIL_HEAD + QUOTE_ANSWER * n
        edits = mail_headers.mail_header_edits(text)
        assert [(e.start, e.end) for e in edits] == [(0, len(MAIL_HEAD))]
        assert sum(listed) <= 2 * n


# -- clause ruby_bar_once (transforms/ruby_bars.py, transforms/aozora.py) -------------------

# tests/data/ja_aozora_ascii_bar.txt: 鈴木牧之「北越雪譜」(Aozora Bunko, card 58400), with its
# ASCII ruby bar, and a table row of that test file (a line ending in "|" keeps its bars).
HOKUETSU = "魚沼郡|雲洞村《うんどうむら》雲洞庵《うんどうあん》は越後国四大寺の一なり。\n"
TABLE_ROW = "|雲洞庵《うんどうあん》|寺|\n"


def _bar_rubies(text: str) -> list:
    from transforms.aozora import _rubies

    return [(s, ws, we, e, w, r) for s, ws, we, e, w, r in _rubies(text, [])]


@pytest.mark.parametrize("cells", [0, 1, 5, 300])
def test_ruby_bars_the_same_beside_a_long_row(cells):
    """The bar ruby of 北越雪譜 is read, a table row's bar is not (its kanji ruby is), and a
    long line of bars (no ruby in it) adds nothing; the same with the row's bars after it."""
    row = "|寺" * cells + "\n"
    text = HOKUETSU + row + TABLE_ROW
    at = len(HOKUETSU) + len(row)
    assert _bar_rubies(text) == [
        (3, 4, 7, 15, "雲洞村", "うんどうむら"),
        (18, 18, 18, 26, "", "うんどうあん"),
        (at + 4, at + 4, at + 4, at + 12, "", "うんどうあん"),
    ]


def test_ruby_bar_pattern_reads_no_line_per_bar():
    """Clause ruby_bar_once: the pattern run over a text with "|" has no negative look-ahead (the
    base44 pattern read from every bar to its line's end: quadratic in a line of bars);
    the table-row test is done once per line by ``ruby_matches``."""
    from re import _constants as C  # noqa: N812
    from re import _parser as sre_parse

    from transforms import aozora

    def lookarounds(items):
        for op, av in items:
            if op == C.ASSERT_NOT and av[0] == 1:  # a negative look-ahead
                yield av
            for sub in av if isinstance(av, (tuple, list)) else ():
                if isinstance(sub, sre_parse.SubPattern):
                    yield from lookarounds(sub)
                elif isinstance(sub, (tuple, list)):
                    for x in sub:
                        if isinstance(x, sre_parse.SubPattern):
                            yield from lookarounds(x)

    pattern = aozora._RUBY_ANY_BAR
    assert not list(lookarounds(sre_parse.parse(pattern.pattern, pattern.flags)))
    assert list(lookarounds(sre_parse.parse(aozora._RUBY.pattern, aozora._RUBY.flags)))


# -- clause tag_line_once (transforms/html_entities.py) -----------------------------------

# Verne, Journey to the Centre of the Earth (../shared/data en_gutenberg pg18857), as in
# tests/transforms/test_html_entities.py, then an HTML primer's line of inline tags.
VERNE_TAGS = (
    "all the other sciences. My anxiety was to gain real <i>knowledge of the\n"
    "earth</i>. Geology and mineralogy were to us the sole objects of life, and\n\n"
    "    <i>In Sneffels Yoculis craterem kem delibat\n"
    "    Kod feci. Arne Saknussemm</i>\n\n\n"
)
TAGS_LINE = "<p><!-- see http://www.w3.org/TR/html4/ --> Download the file.</p> "


def _tag_cuts(text: str) -> tuple[list, int]:
    from transforms.html_entities import _stray_tags

    _CountingText.read = 0
    edits = _stray_tags(_CountingText(text), [])
    return [(e.start, e.end, e.rule) for e in edits], _CountingText.read


def test_tags_on_a_long_line_read_it_once():
    """Clause tag_line_once: Verne's <i> pairs are cut, and so is every <p> and </p> of a
    long line of them (exact spans); the work is x2 per doubling of the line (base44: the
    rest of the line sliced for every tag: x4)."""
    work = {}
    for n in (500, 1000):
        text = VERNE_TAGS + TAGS_LINE * n + "\n"
        cuts, work[n] = _tag_cuts(text)
        verne = [(a, b) for a, b, _ in cuts[:4]]
        assert [text[a:b] for a, b in verne] == ["<i>", "</i>", "<i>", "</i>"]
        assert verne[0][0] == VERNE_TAGS.index("<i>") and verne[3][1] == VERNE_TAGS.rindex(">") + 1
        line = [
            (
                len(VERNE_TAGS) + k * len(TAGS_LINE) + off,
                len(VERNE_TAGS) + k * len(TAGS_LINE) + off + w,
            )
            for k in range(n)
            for off, w in ((0, 3), (TAGS_LINE.index("</p>"), 4))
        ]
        assert [(a, b) for a, b, _ in cuts[4:]] == line
        assert {rule for _, _, rule in cuts} == {"stray_html_tag"}
    assert work[1000] <= 2.1 * work[500]
