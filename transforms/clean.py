"""The cleaning stages between normalization and structure, as one composite.

    normalized Document -> RejectNonProse -> RemoveBoilerplate -> UnwrapLines -> cut_markup

``transforms.prose`` rejects files that are not running text, ``transforms.
boilerplate`` cuts what a distributor wrapped around the text, ``transforms.
unwrap`` joins hard-wrapped lines (with rule ``speech_wraps``: the wrapped
dialogue of a typed screenplay), ``cut_markup`` then cuts Project Gutenberg's note
anchors and _italic_ marks and moves its notes out of paragraphs
(``transforms.gutenberg_markup``, boilerplate rules, so ``--keep-boilerplate`` keeps them). The text that leaves this stage is the text
every later offset indexes (structure, tokens, training rows), so the training
text and the structure agree by construction.

``clean_text`` is the same chain as a pure function that also returns the map
from the cleaned text back to the normalized text (``bench/eval_text.py`` uses
it to place headings on the lines of the source file).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

import apache_beam as beam

from schemas.records import Document
from transforms import literal_scan
from transforms.aozora import never_wrapped
from transforms.aozora_headings import aozora_marks
from transforms.beam_utils import DocumentStages
from transforms.boilerplate import (
    BoilerplateConfig,
    find_boilerplate,
    ran_rules,
    remove_boilerplate,
)
from transforms.fortune_separators import fortune_entries
from transforms.gutenberg_markup import AFTER_UNWRAP, markup_edits
from transforms.markdown_hard_breaks import carried
from transforms.markdown_marks import markdown_marks
from transforms.prose import ProseConfig, check_prose, prose_problem
from transforms.surrogates import reads_surrogates
from transforms.textedit import Edit, OffsetMap, apply_edits
from transforms.unwrap import UnwrapConfig, apply_wraps, find_edits, unwrap_document

# clause text_start_indent: its cuts are layout, counted (and switched off) with page_furniture;
# a title block is at most 3 lines of at most 72 characters, each indented the same 1-3
# spaces (unwrapping leaves one space on an indented line; code keeps its 4 and its tabs)
_INDENT_RULE = "page_furniture"
_TITLE_LINES = 3
_TITLE_INDENT = 3
_TITLE_WIDTH = 72
_BLURB_NEXT = 2  # clause text_start_indent_blurb: flush blocks under a one-line first block
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
_TITLE_CASE = 2 / 3  # clause text_start_indent_title_line: capitalised words of a title line
_TITLE_MIN_WORDS = 8


@dataclass(frozen=True)
class CleanConfig:
    """Settings of the three cleaning stages (each validated by its own config)."""

    prose: ProseConfig = field(default_factory=ProseConfig)
    boilerplate: BoilerplateConfig = field(default_factory=BoilerplateConfig)
    unwrap: UnwrapConfig = field(default_factory=UnwrapConfig)


@dataclass
class Cleaned:
    """``clean_text``'s result: the text, the boilerplate cuts (offsets of the
    input), the map from ``text`` back to the input, and a fortune file's entries
    (``Document.fortune_entries``, 0 for any other text)."""

    text: str
    cuts: list[Edit]
    to_input: OffsetMap
    not_prose: str | None = None
    fortune_entries: int = 0
    # An Aozora text's heading notes (clause aozora_heading_marks), as the pipeline's
    # boilerplate stage notes them in ``Document.markup_headings``.
    markup_headings: tuple = ()


@reads_surrogates()  # clause surrogates_read_as_replacement (transforms.surrogates)
def clean_text(
    text: str, config: CleanConfig = CleanConfig(), hard_breaks: tuple[int, ...] = ()
) -> Cleaned:
    """Boilerplate removal then unwrapping of normalized ``text``; ``not_prose``
    says why the pipeline would reject it (the text is still cleaned). ``hard_breaks``:
    newline offsets of ``text`` never joined, as ``normalize_document`` notes them in
    ``Document.hard_breaks`` for a Markdown source (clause ``clean_text_hard_breaks``:
    the caller holds the raw text, ``markdown_hard_breaks.markdown_breaks(raw, text)`` gives both)."""
    try:
        return _clean(text, config, hard_breaks)
    finally:
        literal_scan.release()  # clause one_literal_scan: the document is not held after it


def _clean(text: str, config: CleanConfig, hard_breaks: tuple[int, ...]) -> Cleaned:
    """``clean_text``'s steps (it drops the literal scan's answer after them)."""
    problem = prose_problem(text, config.prose)
    cuts = find_boilerplate(text, config.boilerplate, join_wraps=config.unwrap.enabled)
    cut, cut_map = apply_edits(text, cuts)
    # clause aozora_never_wrapped (transforms.aozora): as the pipeline's boilerplate stage marks it
    flat = never_wrapped(text, cuts, ran_rules(config.boilerplate))
    marks = aozora_marks(text, cuts, cut) or markdown_marks(text, cuts, cut)
    markdown = any(m.source == "markdown" for m in marks)  # clause markdown_line_layout
    hard = carried(hard_breaks, cut, cut_map)  # clause clean_text_hard_breaks
    edits = find_edits(cut, config.unwrap, wrapped=not flat, markdown=markdown, hard_breaks=hard)
    unwrapped, wrap_map = apply_wraps(cut, edits)
    marked, mark_map = apply_edits(unwrapped, markup_after_unwrap(unwrapped, config.boilerplate))
    # Clause cleaned_fortune_entries: the count the pipeline's boilerplate stage
    # notes in the Document, so bench scripts read fortune files as it does.
    entries = _entries(text, config.boilerplate)
    return Cleaned(marked, cuts, cut_map.then(wrap_map).then(mark_map), problem, entries, marks)


def markup_after_unwrap(text: str, config: BoilerplateConfig) -> list[Edit]:
    """The ``gutenberg_markup`` edits made after unwrapping (clause ``markup_after_unwrap``)."""
    if not config.enabled:
        return []
    edits = markup_edits(text, AFTER_UNWRAP & set(config.rules))
    if _INDENT_RULE in config.rules:
        edits = sorted(edits + start_indent_edits(text, edits), key=lambda e: e.start)
    return edits


def start_indent_edits(text: str, taken: list[Edit] = ()) -> list[Edit]:
    """Clause text_start_indent (session 39): the indent of the text's first block. A
    title page set centred or indented ("   FIVE HUNDRED DOLLARS," over "   OR, JACOB
    MARLOWE'S SECRET.", Hardy's Wessex Poems, Hawthorne's Village Uncle) left the book's
    first characters spaces once the cuts above it were made; after unwrapping each of its
    lines keeps one space. When the first block (up to a blank line) is a title's, at
    most ``_TITLE_LINES`` lines of at most ``_TITLE_WIDTH`` characters each indented by
    the same 1-``_TITLE_INDENT`` spaces, those indents go. A block indented unequally (verse with a relative indent, a flush
    line under an indented one), a longer block (a stanza, a list), a deeper indent or a
    tab (indented code keeps its indent) keep all of theirs; the text's later blocks are
    not touched; an ideographic space (a CJK paragraph's indent) stays."""
    lead = len(text) - len(text.lstrip("\n"))
    if lead >= len(text) or text[lead] not in " \t":
        return []
    end = text.find("\n\n", lead)
    lines = text[lead : len(text) if end < 0 else end].split("\n")
    indents = [len(line) - len(line.lstrip(" ")) for line in lines]
    if len(lines) > _TITLE_LINES or len(set(indents)) > 1 or not 0 < indents[0] <= _TITLE_INDENT:
        return []
    long = any(len(line) > _TITLE_WIDTH for line in lines)
    if long and not (_lone_blurb(text, lines, end) or _title_line(lines)):
        return []  # a paragraph of an indented text (an RFC's "A TCP header, ... follows:")
    edits, at = [], lead
    for line, n in zip(lines, indents, strict=True):
        if line.strip():
            edits.append(Edit(at, at + n, "", _INDENT_RULE))
        at += len(line) + 1
    return [e for e in edits if not any(t.start < e.end and e.start < t.end for t in taken)]


def _lone_blurb(text: str, lines: list[str], end: int) -> bool:
    """Clause text_start_indent_blurb (session 40): a first block of one line over
    ``_TITLE_WIDTH`` characters (a magazine's italic blurb the unwrapper joined, " They
    came home from a strange journey.... And heroes they might have been--a little dog and
    a man!") is set apart by its indent when the next ``_BLURB_NEXT`` blocks start flush;
    an indented text's paragraph (an RFC's) has indented blocks under it and keeps its."""
    if len(lines) != 1 or end < 0:
        return False
    blocks = [b for b in text[end:].split("\n\n", _BLURB_NEXT + 8) if b.strip("\n")]
    nxt = [b.lstrip("\n") for b in blocks[:_BLURB_NEXT]]
    return len(nxt) == _BLURB_NEXT and all(b[0] not in " \t\u3000" for b in nxt)


def _title_line(lines: list[str]) -> bool:
    """Clause text_start_indent_title_line (session 41): a first block of one line over
    ``_TITLE_WIDTH`` characters whose words are a title page's, at least ``_TITLE_CASE`` of
    them capitalised (the unwrapper joined Defoe's indented "THE STORM: OR, A COLLECTION
    Of the most Remarkable CASUALTIES AND DISASTERS Which happen'd in the Late Dreadful
    TEMPEST, BOTH BY SEA and LAND." over an indented epigraph and imprint) is a title,
    whatever is under it; an indented text's paragraph (an RFC's "A TCP header, followed
    by ...") is a sentence, most of its words in lower case."""
    if len(lines) != 1:
        return False
    words = _WORD.findall(lines[0])
    caps = sum(w[0].isupper() for w in words)
    return len(words) >= _TITLE_MIN_WORDS and caps >= _TITLE_CASE * len(words)


def cut_markup(doc: Document, config: BoilerplateConfig) -> Document:
    """Stage "markup": ``markup_after_unwrap`` on the unwrapped ``doc``; the characters it
    takes away (net of moved notes) count in ``boilerplate_chars``."""
    edits = markup_after_unwrap(doc.text, config)
    if not edits:
        return doc
    removed = sum(e.removed for e in edits)
    text = apply_edits(doc.text, edits)[0]
    return dataclasses.replace(doc, text=text, boilerplate_chars=doc.boilerplate_chars + removed)


def _entries(text: str, config: BoilerplateConfig) -> int:
    """A fortune file's entries when the boilerplate stage cuts its "%" lines, else 0."""
    cut = config.enabled and "fortune_separator" in config.rules  # else "%" lines stay
    return fortune_entries(text) if cut else 0


def cut_boilerplate(doc: Document, config: BoilerplateConfig, join_wraps: bool = True) -> Document:
    """``remove_boilerplate``, noting a fortune file's entries in the document (clause
    ``fortune_entry_headings``: its "%" lines are blank lines once cut)."""
    entries = _entries(doc.text, config)
    out = remove_boilerplate(doc, config, join_wraps)
    return dataclasses.replace(out, fortune_entries=entries) if entries else out


def clean_stages(config: CleanConfig = CleanConfig()) -> list[tuple[str, Callable]]:
    """The stages as ``(stage, fn)`` of ``Document``, in order."""
    return [
        ("prose", functools.partial(check_prose, config=config.prose)),
        (
            "boilerplate",
            functools.partial(
                cut_boilerplate, config=config.boilerplate, join_wraps=config.unwrap.enabled
            ),
        ),
        ("unwrap", functools.partial(unwrap_document, config=config.unwrap)),
        ("markup", functools.partial(cut_markup, config=config.boilerplate)),
    ]


class CleanText(beam.PTransform):
    """Normalized ``Document`` -> clean ``Document``: outputs ``main`` and
    ``rejected`` (stages "prose", "boilerplate", "unwrap", "markup").

    One step (``beam_utils.DocumentStages``), so a stage's input text is freed as
    its output is made: three steps kept every intermediate text of a document
    alive until the last returned. ``before``: stages run first in the same step
    (the build puts normalization there); ``restore``: see ``DocumentStages``.
    """

    def __init__(
        self,
        config: CleanConfig = CleanConfig(),
        before: tuple[tuple[str, Callable], ...] = (),
        restore: Callable | None = None,
    ):
        super().__init__()
        self.config = config
        self.before = tuple(before)
        self.restore = restore

    def expand(self, docs):
        stages = [*self.before, *clean_stages(self.config)]
        return docs | "CleanStages" >> DocumentStages(stages, self.restore)
