"""Code blocks, fenced or indented: text that must stay exactly as written.

Rule ``fenced_code``: a line whose first non-space characters are three or more
backticks (Markdown's fence, CommonMark 4.5), or three or more tildes followed by
an info string ("~~~python"), opens a block; it runs to the next line made only
of at least as many of the same character (spaces around them allowed). A
backtick fence's info string holds no backtick, so a line of inline code
("```x``` is code") opens nothing. Stricter than CommonMark, because plain text
is not Markdown: a fence that is never closed opens nothing (CommonMark runs it
to the end of the document), and a line of bare tildes is a scene break or a
rule line ("~~~~~~~~~~" around a web notice), not a fence: two of them would
otherwise turn a chapter into code.

Inside a block, indentation and line breaks are the code's syntax (Python's
indentation, a shell script's lines), so the stages that reshape layout leave
it alone: ``transforms.normalize`` keeps its runs of spaces, ``transforms.unwrap``
joins none of its lines, and ``transforms.sections`` takes none of its lines for
a heading (a shell comment "# edit, add, commit" is not a Markdown heading).

Unlike CommonMark, a fence may be indented by any amount, so collapsing the
spaces in front of a fence never turns a line into a fence or back (the spans
of a normalized text are those of the text it came from).

Rule ``indented_code``: an unfenced block indented by at least 4 columns
(Markdown's indented code block, CommonMark 4.4; a README's "    pip install
x", a technical book's program listing) whose lines read as code. A block is a
run of lines each indented by 4 or more columns (a tab counts to the next
multiple of 4) or blank, after a blank line (or the start) and before one (or
the end): it never continues a paragraph, so a novel's indented first line, with
its wrapped lines at the margin under it, is no block. Plain text indents verse,
letters, quotations and title pages the same way (1,704 blocks between blank
lines indented throughout in the 30 books, 2 novels and 77 plays of the shared
data), so the block must also read as
code: at least half its lines hold a sign that prose and verse do not use
(``_CODE_SIGN``: a name right before "(" or "[" (not a footnote mark "[12]",
"[A]", "[*]": "TO MELANCHOLY[1]" titles a poem), "=" in a code shape (rule
``indented_code_signs``: "==", "+=", "zeta=1", "nc = 0", "= 1"; not verse's
"Your joy = my joy"), a line ending on "{" or made of closing braces, a shell
prompt "$ " or ">>> ", a flag " --dry-run", a dotted name "os.path",
"example.toml"; a comment "# " or "// " at a line's start counts only in a
block with another line of code, so a list "# 1 Apples" / "# 2 Pears" is none).
None of the 1,704 blocks of the shared data but one table of pg72 ("10 sofads
= 1 ad", aligned columns) passes. Collapsing runs of spaces never makes or
unmakes a block: outside the blocks, indentation shrinks to one space. Rule
``ascii_figure`` (``transforms.ascii_figures``): in a run that is no code, each
paragraph drawn as an ASCII figure or a ruled table (RFC packet layouts) is a block;
clause ``drawn_anywhere``: a drawn paragraph at any indent too.

Cost: two substring searches on text without fences; otherwise one regex scan;
one regex scan for lines indented 4 columns or more, and a look at each run.
"""

from __future__ import annotations

import re

import numpy as np

from transforms.ascii_figures import drawn_paragraphs, figure_spans

_OPEN = re.compile(r"^[ \t]*(`{3,}(?=[^`\n]*$)|~{3,}(?=[ \t]*[^\s~][^\n]*$))", re.MULTILINE)


def fenced_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each fenced code block of ``text``, in order: from the
    opening fence line's first character to the end of the closing fence line
    (its newline excluded)."""
    # Clause fence_sign_first (session 36): the one-character find first (memchr speed);
    # a three-character find scans a Chinese book at ~0.7 ms.
    if not ("`" in text and "```" in text) and not ("~" in text and "~~~" in text):
        return []
    spans = []
    pos = 0
    while True:
        m = _OPEN.search(text, pos)
        if m is None:
            return spans
        fence = m.group(1)
        close = re.compile(rf"^[ \t]*{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$", re.MULTILINE)
        line_end = text.find("\n", m.end())
        c = close.search(text, line_end) if line_end >= 0 else None
        if c is None:  # never closed: not a block; look on from the next line
            if line_end < 0:
                return spans
            pos = line_end + 1
            continue
        spans.append((m.start(), c.end()))
        pos = c.end() + 1


# Rule indented_code: a run of lines indented 4 columns or more (spaces, a tab),
# blank lines allowed between them.
_INDENTED_LINE = r"(?: {4}| {0,3}\t)[^\n]*\S[^\n]*"
_RUN_BODY = rf"{_INDENTED_LINE}(?:\n(?:[ \t\u3000]*\n)*{_INDENTED_LINE})*"
_RUN = re.compile(rf"\n({_RUN_BODY})")  # a literal newline first: a fast scan
_FIRST_RUN = re.compile(_RUN_BODY)
_CODE_SIGN = re.compile(
    r"\w(?:\(|\[(?!\d{1,3}\]|[A-Z*]\]))"  # not a footnote mark
    r"|\{[ \t]*$|^[ \t]*[)}\]]+[;,]?[ \t]*$|^[ \t]*(?:\$|>>>)[ \t]"
    r"|(?:^|[ \t])--?[A-Za-z][\w-]*(?=[ \t=]|$)|\b[a-z_]\w+\.[a-z_]\w+"
    # "=" shaped as code (rule indented_code_signs): an operator ("==", "+=",
    # "=>"), glued to a token ("zeta=1", "--out=x"), after one lower-case or
    # upper-case name at the line's start ("nc = 0;", "MAX = 3"), or before a
    # number ("10 sofads = 1 ad"); not verse's "Two hearts = one soul".
    r"|[!<>=+\-*/%:|&^]=|=[=>]|\S=|=\S|=[ \t]*[-+]?\d"
    # A declaration's or a tuple's names before it count too ("let total =",
    # "int count =", "char *name =", "$total =", "a, b ="; review of session
    # 13): up to four lower-case or sigil tokens, never a capitalised word.
    r"|^[ \t]*(?:[a-z_$*&][\w$*&.]*(?:\[[^\]\n]*\])?,?[ \t]+){0,3}"
    r"(?:[a-z_$*][\w$.]*|[A-Z][A-Z\d_]+)(?:\[[^\]\n]*\])?[ \t]+=[ \t]",
    re.MULTILINE,
)
# A comment line ("# edit, add, commit", "// done") counts only in a block with
# a line of code besides: a list "# 1 Apples" / "# 2 Pears" is no code.
_COMMENT = re.compile(r"[ \t]*(?:#|//)[ \t]")
# What every sign of _CODE_SIGN holds (a run's lines are indented, so a flag has
# a space or tab before it): one quick scan turns most prose runs away.
_SIGN_CHAR = re.compile(r"[()\[\]={}$>#/]|[ \t]-|\.[a-z_]")
_BLANK_LINE = re.compile(r"[ \t\u3000]*$")
# Clause cjk_prose_lines of rule indented_code: Debian Reference's Japanese text,
# indented 4 columns throughout, names commands as manual pages ("uniq(1) は...",
# "strace(1) で、") and files ("~/.bashrc"): its paragraphs read as code, and one
# run of indented lines held prose and shell sessions ("$ sudo lsof -p 1") alike.
# In a run holding CJK each paragraph (between blank lines) is judged alone, and a
# line at least half of whose characters are CJK outside its strings and comments
# is prose, whatever signs it holds; a code line carries its CJK in a comment or a
# string ("print(\"你好\")", "n = 0;  // 计数器").
_CJK_CHAR = re.compile(r"[\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")
# lines up to a blank one; clause blank_run_once (transforms.ascii_figures): from a line's start
_PARAGRAPH = re.compile(r"(?<![^\n])[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*")


# What a line of code holds its CJK in: a quoted string or a comment to the
# line's end ('print("你好，欢迎使用本程序！")', "n = 0;  // 计数器，记录行数").
_STRING_OR_COMMENT = re.compile(r""""[^"\n]*"|(?<![A-Za-z])'[^'\n]*'|(?:^|[ \t])(?://|--[ \t]).*""")


def _cjk_prose(line: str) -> bool:
    """Clause ``cjk_prose_lines``: at least half of the line's characters are
    CJK outside its strings and comments."""
    if "#" in line:
        return False
    cjk = len(_CJK_CHAR.findall(_STRING_OR_COMMENT.sub("", line)))
    return cjk > 0 and 2 * cjk >= len(line) - line.count(" ")


INDENTED_CODE_SHARE = 0.5


def indented_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each indented code block of ``text`` (rule
    ``indented_code``), in order: from its first line's start to the end of its
    last line with text."""
    spans: list[tuple[int, int]] = []
    m = _FIRST_RUN.match(text)
    pos = 0
    if m:
        _close_run(text, 0, m.end(), spans)
        pos = m.end()
    for m in _RUN.finditer(text, pos):
        _close_run(text, m.start(1), m.end(1), spans)
    return spans


def _close_run(text: str, start: int, end: int, spans: list) -> None:
    """Add the run ``text[start:end]`` of indented lines to ``spans`` when it
    stands between blank lines and reads as code."""
    before = text.rfind("\n", 0, max(start - 1, 0))
    if start > 0 and not _BLANK_LINE.match(text, before + 1, start - 1):
        return
    after = text.find("\n", end + 1)
    if end < len(text) and not _BLANK_LINE.match(text[end + 1 : len(text) if after < 0 else after]):
        return
    if _SIGN_CHAR.search(text, start, end) is None or not _code_lines(text, start, end):
        # Prose and verse (most runs), or an ASCII drawing (rule ascii_figure).
        spans.extend(figure_spans(text, start, end))
        return
    if _CJK_CHAR.search(text, start, end) is None:
        spans.append((start, end))
        return
    # Clause cjk_prose_lines: in a run holding CJK, a paragraph with a line of
    # CJK prose is no code; the paragraphs between such ones stay code.
    group: list[int] = []
    for m in _PARAGRAPH.finditer(text[start:end]):  # sliced: no text before start to look at
        lines = m.group().split("\n")
        if any(_cjk_prose(line) and _COMMENT.match(line) is None for line in lines):
            if group:
                spans.append((group[0], group[1]))
            group = []
        else:
            group = [group[0] if group else start + m.start(), start + m.end()]
    if group:
        spans.append((group[0], group[1]))


def _code_lines(text: str, start: int, end: int) -> bool:
    """Whether at least half the lines of ``text[start:end]`` hold a code sign
    (rule ``indented_code``; a comment line counts beside a line of code)."""
    lines = [line for line in text[start:end].split("\n") if line.strip()]
    misses = 0
    allowed = (1 - INDENTED_CODE_SHARE) * len(lines)
    code = False
    for line in lines:
        if _SIGN_CHAR.search(line) is not None and _CODE_SIGN.search(line) is not None:
            code = True
        elif _COMMENT.match(line) is None:
            misses += 1
            if misses > allowed:  # a long run of prose stops here
                return False
    return code


def code_spans(text: str) -> list[tuple[int, int]]:
    """The fenced blocks and the indented code blocks (rule ``indented_code``)
    outside them, sorted and disjoint."""
    fenced = fenced_spans(text)
    indented = indented_spans(text) if "    " in text or "\t" in text else []
    # Clause drawn_anywhere (rule ascii_figure): drawn paragraphs at any indent.
    drawn = drawn_paragraphs(text)
    if not drawn and not fenced:
        return indented
    kept = sorted(fenced)
    for group in (indented, drawn):
        kept = sorted(
            kept + [(a, b) for a, b in group if not any(c < b and a < d for c, d in kept)]
        )
    return kept


class SpansOnce:
    """Clause ``code_spans_once`` (session 46): :func:`code_spans` of whole texts, each
    computed once while this object lives (one ``normalize`` call). ``normalize`` asks for
    the spans of the whole text up to six times (``collapse_spaces`` and twice
    ``cjk_halfwidth_marks._code`` in each of its passes: 0.6 s a call on 20 M characters);
    the second pass, and a step that changed nothing, see a text of the same value (the
    20 M-character Chinese prefix: 6 calls -> 5 computed; the first pass's three texts
    differ, its spaces collapsed and then its marks made full-width, so each is computed).

    The last text asked and its spans are kept: a text equal to it (the same object, or
    ``==``: the same characters) gets a copy of its spans, any other text new spans, so no
    text is ever given another text's answer. ``computed`` counts the real calls."""

    __slots__ = ("text", "spans", "computed")

    def __init__(self) -> None:
        self.text: str | None = None
        self.spans: list[tuple[int, int]] = []
        self.computed = 0

    def __call__(self, text: str) -> list[tuple[int, int]]:
        if self.text is None or not (text is self.text or text == self.text):
            self.text, self.spans = text, code_spans(text)
            self.computed += 1
        return list(self.spans)  # a caller's list: the kept one never changes


def inside(spans: list[tuple[int, int]], positions: np.ndarray) -> np.ndarray:
    """For each position, whether it lies in one of ``spans`` (sorted, disjoint)."""
    positions = np.asarray(positions)
    if not spans:
        return np.zeros(positions.shape, dtype=bool)
    starts = np.fromiter((a for a, _ in spans), dtype=np.int64, count=len(spans))
    ends = np.fromiter((b for _, b in spans), dtype=np.int64, count=len(spans))
    k = np.searchsorted(starts, positions, side="right") - 1
    return (k >= 0) & (positions < ends[np.maximum(k, 0)])
