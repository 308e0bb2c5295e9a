"""Boilerplate removal: what a distributor wrapped around a text, not the text.

Each rule has a name (recorded per cut) and is general, not tuned to one file:

==================  ==========================================================
rule                what is cut
==================  ==========================================================
gutenberg_header    everything up to a start marker line: "*** START OF THE
                    (THIS) PROJECT GUTENBERG EBOOK ... ***", "*END*THE SMALL
                    PRINT! ..." (1990s texts), "***START OF THE PROJECT ..."
gutenberg_footer    from an end marker to the end of the text (or to the next
                    start marker, when several books are concatenated): "***
                    END OF THE/THIS PROJECT GUTENBERG ...", "End of (the)
                    Project Gutenberg('s) EBook/Etext of ...", "*** START: FULL
                    LICENSE ***", "THE FULL PROJECT GUTENBERG LICENSE"
gutenberg_notice    near an edge of the text (see ``edge``): a paragraph that
                    names Project Gutenberg or gutenberg.org / .net and reads
                    as a notice (clause ``notice_evidence``: within 300
                    characters of a mention, eBook, etext, copyright,
                    gutenberg.org, "Project Gutenberg's ...", or two of
                    license, download, a link, file, ...: "This eBook is for
                    the use of anyone...") or lists the catalogue fields
                    (Title:, Author:, Release Date:, ...); prose that only
                    mentions the project ("read it free at Project
                    Gutenberg", "Project Gutenberg headers and licenses
                    cut") stays, which matters in a short document, where
                    every paragraph is near an edge;
                    anywhere: a <<...>> or [...] block naming Project Gutenberg
                    and a copyright or license
producer_note       near the start: a paragraph that credits the producers
                    ("Produced by ...", "E-text prepared by ...")
transcriber_note    a note of a transcriber, redactor or producer ("[Transcriber's
                    Note: ...]", "Transcriber's notes:" + paragraphs,
                    "TRANSCRIBER'S NOTE ABOUT THIS E-TEXT EDITION:"): a bracketed
                    note to its closing bracket, otherwise (a note that opens a
                    paragraph) to the next gap of two blank lines (the Gutenberg
                    convention before a new division) or the end of the text
web_notice          a block with a link (URL, domain, e-mail) and at least one
                    other notice word (download, copyright, ebook, visit, 下载,
                    版权, 电子书, 请访问, 本站 ...): closed in by rule lines
                    (----, ====; they go too) anywhere, otherwise only at an
                    edge of a text longer than its two edges (rule
                    ``edge_notice``: nothing but blank lines and other notices
                    between it and the start or end)
page_marker         a line that is only a page marker ("---- Page 12 ----",
                    "[Page 12]", "- Page 12 -") and the blank lines around it;
                    an inline "[Pg 12]"
page_furniture      PDF page numbers and running heads (``transforms.page_furniture``)
fortune_separator   a fortune file's "%" lines (``transforms.fortune_separators``)
aozora_*            Aozora Bunko's legend, colophon and markup (``transforms.aozora``)
site_watermark      a web e-book site's disguised address in the text (``transforms.watermarks``)
subtitle_cue        a subtitle file's cue numbers and timings (``transforms.subtitles``)
mail_header         an mbox file's "From " lines and message headers (``transforms.mail_headers``)
==================  ==========================================================

A page marker between two halves of a paragraph leaves one newline (unwrap joins them;
an indented next line still starts a paragraph). Everything else is cut with the
whitespace that follows it. ``strip_boilerplate`` returns the cut text and the
``textedit.Edit`` list (the characters removed per rule, offsets traced back).

Cost: a handful of regex scans (markers, notes, page markers) and a few paragraph scans
of the two edges: well over 100M characters/s on text without boilerplate.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass

import apache_beam as beam

from schemas import Document
from transforms import aozora, mail_headers, subtitles
from transforms.beam_utils import DocumentStage, RejectDocument
from transforms.fortune_separators import fortune_separators
from transforms.notice_evidence import GUTENBERG, reads_as_notice
from transforms.page_furniture import page_furniture
from transforms.textedit import Edit, apply_edits
from transforms.watermarks import watermark_edits

RULES = (
    "gutenberg_header",
    "gutenberg_footer",
    "gutenberg_notice",
    "producer_note",
    "transcriber_note",
    "web_notice",
    "page_marker",
    "page_furniture",
    "fortune_separator",
    "site_watermark",
    "subtitle_cue",
    "mail_header",
) + aozora.RULES


@dataclass(frozen=True)
class BoilerplateConfig:
    """Which boilerplate to cut.

    Attributes:
      enabled: False keeps the text as it is (``--keep-boilerplate``).
      rules: the rule names to apply (all of ``RULES`` by default).
      edge_chars: the edges where notices are looked for are the first and last
        ``edge_chars`` characters. Headers without a start marker and producer
        credits fit in a few thousand.
    """

    enabled: bool = True
    rules: tuple[str, ...] = RULES
    edge_chars: int = 10_000

    def __post_init__(self):
        unknown = sorted(set(self.rules) - set(RULES))
        if unknown:
            raise ValueError(
                f"BoilerplateConfig.rules: unknown rule(s) {', '.join(unknown)}; "
                f"choose from {', '.join(RULES)}"
            )
        if self.edge_chars < 0:
            raise ValueError(f"BoilerplateConfig.edge_chars must be >= 0, got {self.edge_chars}")


# ------------------------------------------------------------------ patterns
# Line patterns start with a literal "\n" (also tried at offset 0, ``_lines``): a
# "^" pattern under MULTILINE runs at ~70M characters/s, these at 200-350M/s.
_START = re.compile(
    r"\n[ \t]*(?:\*{3}[ \t]*START OF (?:THE|THIS) PROJECT GUTENBERG"
    r"|\*\*\*START OF THE PROJECT GUTENBERG"
    r"|\*END\*?[ \t]*THE SMALL PRINT)[^\n]*\n?",
    re.IGNORECASE,
)
_END = re.compile(
    r"\n[ \t]*(?:\*{3}[ \t]*END OF (?:THE|THIS) PROJECT GUTENBERG"
    r"|End of (?:the |this )?Project Gutenberg(?:['’]s)?(?: E-?book| E-?text| edition|\b)"
    r"|\*{3}[ \t]*START: FULL LICENSE"
    r"|THE FULL PROJECT GUTENBERG LICENSE)",
    re.IGNORECASE,
)
_CATALOGUE = re.compile(
    r"(?:^|\n)[ \t]*(?:Title|Author|Editor|Translator|Illustrator|Release Date|Posting Date|"
    r"Last Updated|Most recently updated|Language|Character set encoding|Produced by|"
    r"Credits|Original publication)[ \t]*:",
    re.IGNORECASE,
)
_LEGAL = re.compile(r"copyright|license|licence|permission|all rights reserved", re.IGNORECASE)
_ANGLED = re.compile(r"<<[^<>]*>>")
_BRACKETED = re.compile(r"\n[ \t]*\[[^\[\]]*\]")
_PRODUCER = re.compile(
    r"(?:Produced by|E-?text prepared by|This e-?text was (?:prepared|produced) by|"
    r"Transcribed (?:from|by)|Scanned by|Digitized by)\b",
    re.IGNORECASE,
)
_NOTE = re.compile(
    r"\n[ \t]*(?P<open>\[)?[ \t]*(?:Original |Editorial )?"
    r"(?:Transcriber|Transcribers|Redactor|Producer|Digitizer|E-?text editor)['’]?s?['’]?"
    r"[ \t]+(?:Note|Notes|Annotations|Remarks)\b",
    re.IGNORECASE,
)
_LINK = re.compile(
    r"https?://|www\.|@[\w-]+\.[a-z]{2,}|\.(?:com|net|org|cn|cc|info|io|tw|hk)\b", re.I
)
_RULE_START = re.compile(r"\n[ \t]*([-=*_~#·.])\1{9,}[ \t]*(?=\n)")
_RULED_SPAN = 1500  # characters under a rule line where a notice's link may sit
_NOTICE_WORD = re.compile(
    r"download|copyright|all rights reserved|e-?books?|visit|website|\btxt\b|"
    r"下载|版权|电子书|请访问|本站|网友|仅供|正版|删除|免费|小说网|网站|整理|制作|收集",
    re.IGNORECASE,
)
_RULE_LINE = re.compile(r"[ \t]*([-=*_~#·.])\1{9,}[ \t]*")
_PAGE_LINE = re.compile(
    r"\n[ \t]*(?:[-=_*~·.]{2,}[ \t]*(?:page|pg\.?|p\.)[ \t]*\d+[ \t]*[-=_*~·.]{2,}"
    r"|\[[ \t]*(?:page|pg\.?)[ \t]*\d+[ \t]*\]"
    r"|[-=_*~·.]{2,}[ \t]*第[ \t]*\d+[ \t]*页[ \t]*[-=_*~·.]{2,})[ \t]*(?=\n|\Z)",
    re.IGNORECASE,
)
_PAGE_INLINE = re.compile(r"\[Pg\.? ?\d+\]")
_BLANKS_AFTER = re.compile(r"(?:[ \t]*\n)*")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_AFTER_BLANK_LINE = re.compile(r"\n[ \t]*\n[ \t]*\Z")
_TWO_BLANK_LINES = re.compile(r"\n[ \t]*\n[ \t]*\n")
_NOTE_MAX_CHARS = 20_000
_MARKER_ZONE = 40_000


# ------------------------------------------------------------------ helpers
def _lines(rx: re.Pattern, text: str, start: int = 0, end: int | None = None):
    """(line start, match end, match) of a "\\n"-prefixed line pattern; line 1 counts too."""
    end = len(text) if end is None else end
    if start == 0:
        m = rx.match("\n" + text[:1000])
        if m and m.end() - 1 <= end:
            yield 0, m.end() - 1, m
    # From the newline before ``start``, so a line starting at ``start`` counts.
    for m in rx.finditer(text, max(start - 1, 0), end):
        yield m.start() + 1, m.end(), m


def _line_end(text: str, pos: int) -> int:
    nl = text.find("\n", pos)
    return len(text) if nl < 0 else nl + 1


def _skip_blank_lines(text: str, pos: int) -> int:
    return _BLANKS_AFTER.match(text, pos).end()


def _paragraphs(text: str, start: int, end: int):
    """(start, end) of the blank-line separated paragraphs that start in
    [start, end), each to its own end (a zone boundary never cuts one)."""
    if start > 0 and not _AFTER_BLANK_LINE.search(text, max(0, start - 200), start):
        m = _PARAGRAPH_BREAK.search(text, start)  # begin at a paragraph start
        start = m.end() if m else len(text)
    pos = _skip_blank_lines(text, start)
    while pos < min(end, len(text)):
        m = _PARAGRAPH_BREAK.search(text, pos)
        stop = m.start() + 1 if m else len(text)
        if text[pos:stop].strip():
            yield pos, stop
        pos = _skip_blank_lines(text, m.end()) if m else len(text)


def _mentions_gutenberg(text: str) -> bool:
    # str.find is several times faster than any case-insensitive regex scan.
    return "utenberg" in text or "UTENBERG" in text or "SMALL PRINT" in text


# ------------------------------------------------------------------ rules
def _gutenberg_markers(text: str) -> list[Edit]:
    # Start markers sit in the first ~15k characters (the 1990s small print is the longest
    # header), end markers before the ~20k license at the end: a constant cost per document.
    head = min(len(text), _MARKER_ZONE)
    tail = max(0, len(text) - _MARKER_ZONE)
    if not (_mentions_gutenberg(text[:head]) or _mentions_gutenberg(text[tail:])):
        return []
    cuts = []
    starts = list(_lines(_START, text, 0, head))
    body_start = 0
    if starts:
        body_start = _skip_blank_lines(text, starts[0][1])
        cuts.append(Edit(0, body_start, "", "gutenberg_header"))
    # Every end marker after the body start cuts to the next start marker (or the end).
    ends = [line for line, _, _ in _lines(_END, text, max(tail, body_start)) if line >= body_start]
    pos = body_start
    for line in ends:
        if line < pos:
            continue
        nxt = next((end for start, end, _ in starts if start > line), None)
        stop = _skip_blank_lines(text, nxt) if nxt else len(text)
        cuts.append(Edit(line, stop, "", "gutenberg_footer"))
        pos = stop
    return cuts


def _notices(text: str, config: BoilerplateConfig) -> list[Edit]:
    edge = min(len(text), config.edge_chars)
    cuts = []
    for lo, hi in ((0, edge), (len(text) - edge, len(text))):
        zone = text[lo:hi]
        if not _mentions_gutenberg(zone) and not _CATALOGUE.search(zone):
            continue
        gutenberg = _mentions_gutenberg(zone)
        for a, b in _paragraphs(text, lo, hi):
            para = text[a:b]
            fields = len(_CATALOGUE.findall(para))
            # Catalogue fields come one a paragraph in recent headers ("Title:
            # ...", "Author: ..."); elsewhere two together are the evidence.
            catalogue = fields >= 2 or (gutenberg and fields and _only_fields(para))
            notice = reads_as_notice(para)
            if notice or catalogue:
                cuts.append(Edit(a, _skip_blank_lines(text, b), "", "gutenberg_notice"))
    if _mentions_gutenberg(text):
        blocks = [(m.start(), m.end(), m.group(0)) for m in _ANGLED.finditer(text)]
        for line, end, m in _lines(_BRACKETED, text):
            block = m.group(0).lstrip("\n")
            blocks.append((line + len(block) - len(block.lstrip()), end, block))
        for start, end, block in blocks:
            if len(block) < 5000 and GUTENBERG.search(block) and _LEGAL.search(block):
                cuts.append(Edit(start, _skip_blank_lines(text, end), "", "gutenberg_notice"))
    return cuts


def _only_fields(para: str) -> bool:
    """Every line a catalogue field or a bracketed note ("[eBook #2701]")."""
    return all(
        _CATALOGUE.match("\n" + line) or (line.startswith("[") and line.endswith("]"))
        for line in (x.strip() for x in para.split("\n"))
        if line
    )


def _producer_notes(text: str, config: BoilerplateConfig, start: int = 0) -> list[Edit]:
    """Producer credits near the start of the book (``start``: after the header)."""
    cuts = []
    for a, b in _paragraphs(text, start, start + min(len(text), config.edge_chars)):
        if _PRODUCER.match(text, a + len(text[a:b]) - len(text[a:b].lstrip())):
            cuts.append(Edit(a, _skip_blank_lines(text, b), "", "producer_note"))
    return cuts


def _transcriber_notes(text: str) -> list[Edit]:
    cuts = []
    for line, end, m in _lines(_NOTE, text):
        match = m.group(0).lstrip("\n")  # the match starts at the newline before the line
        start = line + len(match) - len(match.lstrip(" \t"))
        if m.group("open"):
            close = text.find("]", end, end + _NOTE_MAX_CHARS)
            if close < 0:
                continue  # an unclosed bracket is not a note we can delimit
            stop = close + 1
        else:
            if line > 0 and not _AFTER_BLANK_LINE.search(text, max(0, line - 200), line):
                # A note without brackets opens a paragraph; mid-paragraph, a
                # wrapped line that starts "transcriber notes, web-ebook ..." is
                # prose, and cutting to the next gap could take the rest of it.
                continue
            gap = _TWO_BLANK_LINES.search(text, end, end + _NOTE_MAX_CHARS)
            if gap:
                stop = gap.start() + 1
            elif len(text) - end <= _NOTE_MAX_CHARS:
                stop = len(text)  # a note at the end runs to the end
            else:  # no delimiter in reach: only the note's first paragraph
                para = _PARAGRAPH_BREAK.search(text, end)
                stop = para.start() + 1 if para else len(text)
        cuts.append(Edit(start, _skip_blank_lines(text, stop), "", "transcriber_note"))
    return cuts


def _web_notices(text: str, config: BoilerplateConfig) -> list[Edit]:
    """Notice blocks: a block closed in by rule lines anywhere (web editions
    repeat their notice inside the text too); a block without rule lines only
    in a text longer than its two edges, at an edge, with nothing but blank
    lines and other notice blocks between it and the start or end of the text
    (rule ``edge_notice``: in a short document every paragraph is near an
    edge, and "Visit https://git-scm.com to download the installer" is prose;
    BBC's "... legal UK sites - including iTunes, OD2, mycokemusic.com and
    Napster" paragraph was cut from a news article)."""
    edge = min(len(text), config.edge_chars)
    # Where links may sit: the edges, and the lines under each rule line (a
    # rule-line scan is fast; a link scan of the whole text is not).
    zones = [(0, edge), (len(text) - edge, len(text))]
    zones += [(m.end(), _line_end(text, m.end() + _RULED_SPAN)) for m in _RULE_START.finditer(text)]
    blocks: dict[tuple[int, int], bool] = {}
    for lo, hi in zones:
        for link in _LINK.finditer(text, lo, hi):
            a, b, ruled = _notice_block(text, link.start())
            near_edge = link.start() < edge or link.start() >= len(text) - edge
            if (ruled or near_edge) and _NOTICE_WORD.search(text, a, b) and (b - a) < 5000:
                blocks[a, b] = blocks.get((a, b), False) or ruled
    keep = {span for span, ruled in blocks.items() if ruled}
    spans = sorted(blocks) if len(text) > 2 * edge else []  # short: edges are no evidence
    pos = 0  # from the start: blocks with only blank lines or notices before them
    for a, b in spans:
        if text[pos:a].strip():
            break
        keep.add((a, b))
        pos = max(pos, b)
    end = len(text)  # from the end, likewise
    for a, b in reversed(spans):
        if text[b:end].strip():
            break
        keep.add((a, b))
        end = min(end, a)
    return [Edit(a, _skip_blank_lines(text, b), "", "web_notice") for a, b in sorted(keep)]


def _notice_block(text: str, pos: int) -> tuple[int, int, bool]:
    """The block around ``pos``: between rule lines when they enclose it within
    a few lines (then ``ruled``), else the blank-line paragraph."""
    line_start = text.rfind("\n", 0, pos) + 1
    lines_up, a = 0, line_start
    top = None
    while a > 0 and lines_up < 15:
        prev = text.rfind("\n", 0, a - 1) + 1
        line = text[prev : a - 1]
        if _RULE_LINE.fullmatch(line):
            top = prev
            break
        if not line.strip():
            break
        a, lines_up = prev, lines_up + 1
    b, lines_down, bottom = _line_end(text, pos), 0, None
    while b < len(text) and lines_down < 15:
        nxt = _line_end(text, b)
        line = text[b:nxt].rstrip("\n")
        if _RULE_LINE.fullmatch(line):
            bottom = nxt
            break
        if not line.strip():
            break
        b, lines_down = nxt, lines_down + 1
    ruled = top is not None and bottom is not None
    return (top if top is not None else a), (bottom if bottom is not None else b), ruled


def _page_markers(text: str) -> list[Edit]:
    cuts = []
    for line, end, _ in _lines(_PAGE_LINE, text):
        # The marker line and the blank lines around it become one newline.
        a = line
        while a > 0 and text[a - 1] in " \t\n":
            a -= 1
        b = _skip_blank_lines(text, _line_end(text, end))
        if a == 0:
            cuts.append(Edit(0, b, "", "page_marker"))
        else:
            cuts.append(Edit(a, b, "\n" if b < len(text) else "", "page_marker"))
    for m in _PAGE_INLINE.finditer(text):
        # One of the spaces around an inline marker goes with it.
        a, b = m.start(), m.end()
        if a > 0 and text[a - 1] == " " and (b == len(text) or text[b] in " \n"):
            a -= 1
        cuts.append(Edit(a, b, "", "page_marker"))
    return cuts


def find_boilerplate(text: str, config=BoilerplateConfig(), breaks: tuple = ()) -> list[Edit]:
    """The cuts of ``text``: sorted, non-overlapping (overlapping finds are merged
    into the earliest-starting one, which keeps its rule name)."""
    if not config.enabled:
        return []
    rules = set(config.rules)
    found: list[Edit] = []
    markers = _gutenberg_markers(text)
    body = next((e.end for e in markers if e.rule == "gutenberg_header"), 0)
    found += [e for e in markers if e.rule in rules]
    found += _notices(text, config) if "gutenberg_notice" in rules else []
    found += _producer_notes(text, config, body) if "producer_note" in rules else []
    found += _transcriber_notes(text) if "transcriber_note" in rules else []
    found += _web_notices(text, config) if "web_notice" in rules else []
    found += _page_markers(text) if "page_marker" in rules else []
    found += page_furniture(text, breaks) if "page_furniture" in rules else []
    found += fortune_separators(text) if "fortune_separator" in rules else []
    found += subtitles.cue_edits(text) if subtitles.RULE in rules else []
    found += mail_headers.mail_header_edits(text) if mail_headers.RULE in rules else []
    found += aozora.aozora_edits(text, rules)
    found += watermark_edits(text) if "site_watermark" in rules else []
    merged: list[Edit] = []
    # Overlaps: the earliest start wins, then the longest, then the rule listed first.
    for e in sorted(found, key=lambda e: (e.start, -e.end, RULES.index(e.rule))):
        if merged and e.start < merged[-1].end:
            last = merged[-1]
            if e.end > last.end:  # extend; a replacement only survives at the end
                merged[-1] = Edit(last.start, e.end, e.replacement, last.rule)
            continue
        merged.append(e)
    return merged


def strip_boilerplate(
    text: str, config: BoilerplateConfig = BoilerplateConfig()
) -> tuple[str, list[Edit]]:
    """``text`` without its boilerplate, and the cuts made (see module docstring)."""
    edits = find_boilerplate(text, config)
    return apply_edits(text, edits)[0], edits


def removed_by_rule(edits: list[Edit]) -> dict[str, int]:
    """Characters removed per rule name."""
    out: dict[str, int] = {}
    for e in edits:
        out[e.rule] = out.get(e.rule, 0) + e.removed
    return out


def remove_boilerplate(doc: Document, config: BoilerplateConfig = BoilerplateConfig()) -> Document:
    """``strip_boilerplate`` on a normalized ``Document``; counts what was cut.

    Raises:
      RejectDocument("only_boilerplate"): nothing but boilerplate was left.
    """
    edits = find_boilerplate(doc.text, config, doc.page_breaks)  # hook: page_break_evidence
    if not edits:
        return doc
    if not (text := apply_edits(doc.text, edits)[0]).strip():
        raise RejectDocument(
            "only_boilerplate",
            f"document {doc.doc_id!r} is all boilerplate ({', '.join(sorted(removed_by_rule(edits)))}); "
            "drop it from the input, or pass --keep-boilerplate to keep such text",
        )
    removed = sum(e.removed for e in edits)
    return dataclasses.replace(doc, text=text, boilerplate_chars=doc.boilerplate_chars + removed)


# --------------------------------------------------------------------------
# Beam wrapper
# --------------------------------------------------------------------------
class RemoveBoilerplate(beam.PTransform):
    """Normalized ``Document`` -> ``Document`` without boilerplate; outputs ``main``
    and ``rejected`` (stage "boilerplate", reason "only_boilerplate")."""

    def __init__(self, config: BoilerplateConfig = BoilerplateConfig()):
        super().__init__()
        self.config = config

    def expand(self, docs):
        fn = functools.partial(remove_boilerplate, config=self.config)
        return docs | "CutBoilerplate" >> DocumentStage("boilerplate", fn)
