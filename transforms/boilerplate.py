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
                    LICENSE ***", "THE FULL PROJECT GUTENBERG LICENSE"; a
                    separator line ("* * * * *", "――――", "-----") left just
                    above the cuts that end the text goes with them, and
                    separators stacked between those cuts too (clauses
                    ``trailing_separator``, ``stacked_separators``,
                    ``transforms.gutenberg_tail``)
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
                    and a copyright or license; a Creative Commons licence
                    statement and legal code in a Gutenberg book
                    (``transforms.gutenberg_licence``); the "Gutenberg
                    Projekt-DE" paragraphs (clause ``projekt_de_notice``);
                    a publisher's catalogue at either end
                    (``transforms.gutenberg_catalogue``) or its advertisements
                    after "THE END" (``transforms.gutenberg_ads``)
producer_note       near the start: a paragraph that credits the producers
                    ("Produced by ...", "E-text prepared by ...")
transcriber_note    a note of a transcriber, redactor or producer ("[Transcriber's
                    Note: ...]", "Transcriber's notes:" + paragraphs,
                    "TRANSCRIBER'S NOTE ABOUT THIS E-TEXT EDITION:", an e-text's
                    "PREPARER'S NOTE": clause ``preparer_note``): a bracketed
                    note to its closing bracket (the heading may open with a
                    "●"/"•" bullet: clause ``bulleted_transcriber_notes``), otherwise (a note that opens a
                    paragraph) to the next gap of two blank lines (the Gutenberg
                    convention before a new division) or the end of the text;
                    a note drawn in a "+----+" / "| ... |" box, border to border
                    (clause ``boxed_transcriber_note``); a "TRANSCRIBER'S NOTES"
                    heading alone runs to the Gutenberg end marker when that is
                    near (clause ``notes_heading_to_footer``); the same in German,
                    French, Spanish, Italian and Portuguese ("Nota del Trascrittore",
                    "NOTA DE TRANSCRIPCIÓN", "Anmerkungen zur Transkription", a
                    French "Au lecteur" note, "Liste des modifications:":
                    ``transforms.gutenberg_european``)
printer_imprint     the printer's imprint ("Printed by T. and A. Constable ...",
                    "BILLING AND SONS, LTD., PRINTERS, GUILDFORD", "J. BILLING,
                    PRINTER AND STEREOTYPER", "THE RIVERSIDE PRESS LIMITED,
                    EDINBURGH.") as the last short paragraphs before a Gutenberg
                    end marker, or the end of a book-length text without one
                    (``transforms.gutenberg_imprint``); on the title page or its
                    back ("_Printed in Great Britain_", "TROW DIRECTORY / PRINTING
                    AND BOOKBINDING COMPANY / NEW YORK": clause
                    ``printer_imprint_front``, ``transforms.gutenberg_imprint_front``);
                    above a FOOTNOTES/ERRATA/transcriber heading (clause
                    ``printer_imprint_above_notes``), with the publisher's list
                    under it (``printer_imprint_above_ads``,
                    ``transforms.gutenberg_imprint_ads``)
book_index          a printed book's index or index of first lines as the body's
                    last text: an alphabetical run of 30+ lines ending in page
                    references (``transforms.gutenberg_index``), also above a
                    publisher's list already cut (``index_above_the_ads``)
                    and Balzac's "ADDENDUM" list of characters and the other
                    stories they appear in (``character_addendum``,
                    ``transforms.gutenberg_addendum``); a notes heading with no
                    notes under it as the text's last line ("FOOTNOTES:":
                    ``empty_notes_heading``, ``transforms.gutenberg_tail``)
web_notice          a block with a link (URL, domain, e-mail) and at least one
                    other notice word (download, copyright, ebook, visit, 下载,
                    版权, 电子书, 请访问, 本站 ...): closed in by rule lines
                    (----, ====; they go too) anywhere, otherwise only at an
                    edge of a text longer than its two edges (rule
                    ``edge_notice``: nothing but blank lines and other notices
                    between it and the start or end)
page_marker         a line that is only a page marker ("---- Page 12 ----",
                    "[Page 12]", "- Page 12 -", "--- 第 1 頁 ---" as "--- 第 1 页 ---":
                    review clause ``page_marker_traditional``) and the blank
                    lines around it; an inline "[Pg 12]"; a PDF's "-- N" page lines
                    (10+, in page order) and the running head under each (clause
                    ``pdf_page_marks``, ``transforms.cjk_book_leftovers``)
page_furniture      PDF page numbers and running heads (``transforms.page_furniture``;
                    an OCR'd Chinese book's: ``transforms.cjk_page_heads``)
fortune_separator   a fortune file's "%" lines (``transforms.fortune_separators``)
aozora_*            Aozora Bunko's legend, colophon and markup (``transforms.aozora``);
                    opt-in ``aozora_bracketed_reading`` (``--aozora-readings none``): the
                    readings the markup rule keeps in brackets too
site_watermark      a web e-book site's disguised address in the text (``transforms.watermarks``)
site_ad             a Chinese e-book site's advertisement lines and markers (``transforms.site_ads``);
                    an excerpt site's closing "本书精华已为您连载完毕，谢谢阅读" and the end
                    marks under it (clause ``excerpt_footer``, ``transforms.cjk_book_leftovers``);
                    a site's source line or breadcrumb stamped alone through a book
                    (clause ``repeated_source_line``, ``transforms.source_lines``); a
                    site's promotion line or case-disguised address (``transforms.promo_lines``)
subtitle_cue        a subtitle file's cue numbers and timings (``transforms.subtitles``)
mail_header         an mbox file's "From " lines and message headers (``transforms.mail_headers``)
author_says         晋江's (jjwxc) author's-note box: a line opening "作者有话要说：" to the
                    next "第N章" title (``transforms.author_says``); opt-in ``author_note``
                    (``--drop-author-notes``): other notes to readers (``transforms.author_notes``)
html_entity,        a plain-text input's HTML character references (decoded), escaped
escaped_tag,        and stray inline tags (``transforms.html_entities``; a document read
stray_html_tag      from HTML or EPUB is left alone: clause ``markup_source``); the
                    backslash of '\\"' in a text escaped once as a string (clause
                    ``escaped_quotes``, ``transforms.cjk_book_leftovers``)
gutenberg_*         Project Gutenberg's transcriber markup (``transforms.gutenberg_markup``):
                    illustration tags here; notes inside a paragraph (moved after it),
                    note anchors, _italic_ and =bold= marks after unwrapping
                    (``clean.cut_markup``: cut before it they would shorten the
                    lines whose length unwrapping reads)
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
from transforms import (
    aozora,
    author_notes,
    author_says,
    gutenberg_markup,
    html_entities,
    mail_headers,
    markdown_marks,
    subtitles,
)
from transforms.aozora_headings import aozora_marks
from transforms.beam_utils import DocumentStage, RejectDocument
from transforms.boilerplate_scan import line_end, lines_matching, skip_blank_lines
from transforms.cjk_book_leftovers import (
    escaped_quote_edits,
    excerpt_footer_edits,
    pdf_page_mark_edits,
)
from transforms.cjk_page_heads import cjk_page_heads
from transforms.cjk_page_notes import with_page_note_moves
from transforms.fortune_separators import fortune_separators
from transforms.gutenberg_addendum import character_addenda
from transforms.gutenberg_ads import ads_after_the_end
from transforms.gutenberg_catalogue import publisher_catalogues, publisher_catalogues_front
from transforms.gutenberg_european import european_transcriber_notes, projekt_de_notices
from transforms.gutenberg_imprint import imprints_above_headings, printer_imprints
from transforms.gutenberg_imprint_ads import imprint_ads
from transforms.gutenberg_imprint_front import front_imprints
from transforms.gutenberg_index import index_at_the_end
from transforms.gutenberg_index_bare import index_without_pages
from transforms.gutenberg_licence import creative_commons_licences
from transforms.gutenberg_notices import (
    boxed_transcriber_notes,
    folio_notes,
    gutenberg_markers,
    gutenberg_notices,
    producer_notes,
    transcriber_notes,
)
from transforms.gutenberg_tail import empty_notes_heading, end_blank_lines, trailing_separators
from transforms.markdown_hard_breaks import carried
from transforms.novel_site_lines import bookend_links, first_published_stamps, site_host_lines
from transforms.page_furniture import page_furniture
from transforms.promo_lines import promotion_lines
from transforms.site_ads import site_ads
from transforms.site_word_lines import stamp_edges
from transforms.source_lines import (
    edition_comment_header,
    link_echo_lines,
    repeated_link_signatures,
    repeated_source_lines,
)
from transforms.textedit import Edit, apply_edits
from transforms.transcript_lines import blank_edits, transcript_line_numbers
from transforms.watermarks import watermark_edits
from transforms.web_notices import web_notices

RULES = (
    (
        "gutenberg_header",
        "gutenberg_footer",
        "gutenberg_notice",
        "producer_note",
        "transcriber_note",
        "printer_imprint",
        "book_index",
        "web_notice",
        "page_marker",
        "page_furniture",
        "fortune_separator",
        "site_watermark",
        "site_ad",
        "subtitle_cue",
        "mail_header",
        author_says.RULE,
        markdown_marks.RULE,
    )
    + html_entities.RULES
    + aozora.RULES
    + gutenberg_markup.RULES
)
# Opt-in rules (session 31): valid in ``BoilerplateConfig.rules`` but not in the
# default; ``author_note`` (transforms.author_notes) is ``--drop-author-notes``,
# ``aozora_bracketed_reading`` (transforms.aozora, session 40) ``--aozora-readings none``.
OPTIONAL_RULES = (author_notes.RULE, aozora.READINGS_RULE)
ALL_RULES = RULES + OPTIONAL_RULES


@dataclass(frozen=True)
class BoilerplateConfig:
    """Which boilerplate to cut.

    Attributes:
      enabled: False keeps the text as it is (``--keep-boilerplate``).
      rules: the rule names to apply (all of ``RULES`` by default; ``OPTIONAL_RULES``
        only when named).
      edge_chars: the edges where notices are looked for are the first and last
        ``edge_chars`` characters. Headers without a start marker and producer
        credits fit in a few thousand.
    """

    enabled: bool = True
    rules: tuple[str, ...] = RULES
    edge_chars: int = 10_000

    def __post_init__(self):
        unknown = sorted(set(self.rules) - set(ALL_RULES))
        if unknown:
            raise ValueError(
                f"BoilerplateConfig.rules: unknown rule(s) {', '.join(unknown)}; "
                f"choose from {', '.join(ALL_RULES)}"
            )
        if self.edge_chars < 0:
            raise ValueError(f"BoilerplateConfig.edge_chars must be >= 0, got {self.edge_chars}")
        # The rule cuts what the markup rule keeps; without it, it cuts nothing. Review 40:
        # not with enabled=False (--keep-boilerplate keeps everything, as it does under
        # --drop-author-notes; build_config.kept_boilerplate_notice says so).
        if aozora.READINGS_RULE in self.rules and "aozora_markup" not in self.rules:
            raise ValueError(
                "--aozora-readings none cannot go with --keep-aozora-markup, which keeps every "
                "reading as written: leave one of them out (rule aozora_bracketed_reading "
                "needs aozora_markup)"
            )


# Rule page_marker (a "\n"-prefixed line pattern: transforms.boilerplate_scan).
# Review clause page_marker_traditional (session 29): "--- 第 1 頁 ---" (頁, the
# Traditional 页) as "--- 第 1 页 ---".
_PAGE_LINE = re.compile(
    r"\n[ \t]*(?:[-=_*~·.]{2,}[ \t]*(?:page|pg\.?|p\.)[ \t]*\d+[ \t]*[-=_*~·.]{2,}"
    r"|\[[ \t]*(?:page|pg\.?)[ \t]*\d+[ \t]*\]"
    r"|[-=_*~·.]{2,}[ \t]*第[ \t]*\d+[ \t]*[页頁][ \t]*[-=_*~·.]{2,})[ \t]*(?=\n|\Z)",
    re.IGNORECASE,
)
_PAGE_INLINE = re.compile(r"\[Pg\.? ?\d+\]")


def page_markers(text: str) -> list[Edit]:
    cuts = []
    for line, end, _ in lines_matching(_PAGE_LINE, text):
        # The marker line and the blank lines around it become one newline.
        a = line
        while a > 0 and text[a - 1] in " \t\n":
            a -= 1
        b = skip_blank_lines(text, line_end(text, end))
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


def find_boilerplate(
    text: str,
    config: BoilerplateConfig = BoilerplateConfig(),
    breaks: tuple[int, ...] = (),
    join_wraps: bool = True,
) -> list[Edit]:
    """The cuts of ``text``: sorted, non-overlapping (overlapping finds are merged
    into the earliest-starting one, which keeps its rule name). ``join_wraps`` False
    (``--keep-line-breaks``): no line is joined (``aozora.aozora_edits``)."""
    if not config.enabled:
        return []
    rules = set(config.rules)
    found: list[Edit] = []
    markers = gutenberg_markers(text)
    body = next((e.end for e in markers if e.rule == "gutenberg_header"), 0)
    found += [e for e in markers if e.rule in rules]
    found += gutenberg_notices(text, config.edge_chars) if "gutenberg_notice" in rules else []
    found += projekt_de_notices(text, config.edge_chars) if "gutenberg_notice" in rules else []
    found += producer_notes(text, config.edge_chars, body) if "producer_note" in rules else []
    footer = next((e.start for e in markers if e.rule == "gutenberg_footer"), None)
    found += transcriber_notes(text, footer, body) if "transcriber_note" in rules else []
    found += boxed_transcriber_notes(text) if "transcriber_note" in rules else []
    found += folio_notes(text, body) if "transcriber_note" in rules else []
    if "gutenberg_notice" in rules:
        found += creative_commons_licences(text, footer, body)
        found += publisher_catalogues(text, footer, body)
        found += publisher_catalogues_front(text, footer, body)
        found += ads_after_the_end(text, footer, body)  # session 32
    if "transcriber_note" in rules:  # German, French, Spanish, Italian, Portuguese headings
        found += european_transcriber_notes(text, footer, body)
    found += printer_imprints(text, footer, found) if "printer_imprint" in rules else []
    found += front_imprints(text, body) if "printer_imprint" in rules else []  # session 37
    if "printer_imprint" in rules:  # clause printer_imprint_above_notes (session 38)
        found += imprints_above_headings(text, footer, body, found)
        found += imprint_ads(text, footer, body, found)  # clause printer_imprint_above_ads
    # clause index_above_the_ads: the walk starts above the end cuts found so far
    found += index_at_the_end(text, footer, body, found) if "book_index" in rules else []
    # clause character_addendum (transforms.gutenberg_addendum): Balzac's cross-reference list
    found += character_addenda(text, footer, found) if "book_index" in rules else []
    found += web_notices(text, config.edge_chars) if "web_notice" in rules else []
    found += page_markers(text) if "page_marker" in rules else []
    found += pdf_page_mark_edits(text) if "page_marker" in rules else []  # session 32
    if "book_index" in rules and not any(e.rule == "book_index" for e in found):
        found += index_without_pages(text, footer, body)  # session 33: no page numbers
    # Clause transcript_line_numbers (transforms.transcript_lines): a court
    # transcript's margin line numbers go, and the page rules read its lines
    # without them (blanked, so every offset stays).
    numbers = transcript_line_numbers(text) if "page_furniture" in rules else []
    found += numbers
    paged = blank_edits(text, numbers)
    found += page_furniture(paged, breaks, join_wraps) if "page_furniture" in rules else []
    found += cjk_page_heads(text) if "page_furniture" in rules else []  # OCR'd CJK books
    found += fortune_separators(text) if "fortune_separator" in rules else []
    found += subtitles.cue_edits(text) if subtitles.RULE in rules else []
    found += mail_headers.mail_header_edits(text) if mail_headers.RULE in rules else []
    found += aozora.aozora_edits(text, rules, join_wraps)
    found += watermark_edits(text) if "site_watermark" in rules else []
    found += site_ads(text) if "site_ad" in rules else []
    if (
        "site_ad" in rules
    ):  # transforms.novel_site_lines (session 30), transforms.source_lines (session 34)
        found += site_host_lines(text, found) + bookend_links(text)
        found += first_published_stamps(text)
        found += repeated_source_lines(text) + edition_comment_header(text)  # source_lines
        found += repeated_link_signatures(text) + link_echo_lines(text)  # source_lines
        found += promotion_lines(text)  # transforms.promo_lines (session 35)
        found += excerpt_footer_edits(text)  # transforms.cjk_book_leftovers (session 32)
    found += author_says.author_says_edits(text) if author_says.RULE in rules else []
    # clause markdown_heading_marks (transforms.markdown_marks, session 35)
    found += markdown_marks.markdown_mark_edits(text) if markdown_marks.RULE in rules else []
    if author_notes.RULE in rules:  # opt-in, --drop-author-notes (session 31)
        found += author_notes.author_note_edits(text)
    found += gutenberg_markup.markup_edits(text, rules & gutenberg_markup.BEFORE_UNWRAP)
    if rules & set(html_entities.RULES):  # a subtitle's <i> is its own markup: kept
        cues = any(e.rule == subtitles.RULE for e in found)
        found += html_entities.html_edits(text, rules - {html_entities.TAG_RULE} if cues else rules)
    if html_entities.ENTITY_RULE in rules:  # transforms.cjk_book_leftovers (session 32)
        found += escaped_quote_edits(text)
    merged: list[Edit] = []
    # Overlaps: the earliest start wins, then the longest, then the rule listed first.
    for e in sorted(found, key=lambda e: (e.start, -e.end, ALL_RULES.index(e.rule))):
        if merged and (e.start < merged[-1].end or _indent_gap(text, merged[-1], e)):
            last = merged[-1]
            if e.end > last.end:  # extend; a replacement only survives at the end
                merged[-1] = Edit(last.start, e.end, e.replacement, last.rule)
            continue
        merged.append(e)
    if "site_ad" in rules:  # clauses torn_scheme, stamp_line_break (s46)
        merged = stamp_edges(text, merged)
    if "gutenberg_footer" in rules and any(e.rule == "gutenberg_footer" for e in markers):
        merged = trailing_separators(text, merged)  # clause trailing_separator
    if "book_index" in rules:  # clause empty_notes_heading (transforms.gutenberg_tail)
        merged = empty_notes_heading(text, merged)
    if "page_furniture" in rules:  # clause page_foot_notes_after_paragraph (cjk_page_notes)
        merged = with_page_note_moves(text, merged)
    return end_blank_lines(text, merged)  # clause end_blank_lines (transforms.gutenberg_tail)


def _indent_gap(text: str, last: Edit, e: Edit) -> bool:
    """Clause cut_gap_indent (session 38): a cut that ends at a line's start and the next
    that starts after that line's leading spaces (a producer's note cut up to " [
    Transcriber's Note: ..." and the note cut from its bracket) join, so the spaces do not
    stay as the indent of the text after both (Tolstoy's plays began " THE POWER OF ...")."""
    return (
        last.end < e.start <= last.end + 80  # a line's indent, never a long slice
        and not last.replacement
        and not e.replacement
        and (last.end == 0 or text[last.end - 1] == "\n")
        and not text[last.end : e.start].strip(" \t")
    )


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


def remove_boilerplate(
    doc: Document, config: BoilerplateConfig = BoilerplateConfig(), join_wraps: bool = True
) -> Document:
    """``strip_boilerplate`` on a normalized ``Document``; counts what was cut.

    Raises:
      RejectDocument("only_boilerplate"): nothing but boilerplate was left.
    """
    if doc.markup_headings or html_entities.markup_source(doc.source):  # clause markup_source
        rules = tuple(r for r in config.rules if r not in html_entities.RULES)
        config = dataclasses.replace(config, rules=rules)
    # hook: page_break_evidence
    edits = find_boilerplate(doc.text, config, doc.page_breaks, join_wraps)
    # clause aozora_never_wrapped (transforms.aozora): the unwrap stage joins none of its lines
    flat = doc.never_wrapped or aozora.never_wrapped(doc.text, edits, ran_rules(config))
    if not edits:
        return dataclasses.replace(doc, never_wrapped=True) if flat else doc
    text, cut_map = apply_edits(doc.text, edits)
    if not text.strip():
        raise RejectDocument(
            "only_boilerplate",
            f"document {doc.doc_id!r} is all boilerplate ({', '.join(sorted(removed_by_rule(edits)))}); "
            "drop it from the input, or pass --keep-boilerplate to keep such text",
        )
    removed = sum(e.removed for e in edits)
    # clause aozora_heading_marks (transforms.aozora_headings): the notes' headings as lines
    marks = doc.markup_headings or aozora_marks(doc.text, edits, text)
    # clause markdown_heading_marks (transforms.markdown_marks): a CJK text's "#" lines
    marks = marks or markdown_marks.markdown_marks(doc.text, edits, text)
    return dataclasses.replace(
        doc,
        text=text,
        boilerplate_chars=doc.boilerplate_chars + removed,
        markup_headings=marks,
        never_wrapped=flat,
        hard_breaks=carried(doc.hard_breaks, text, cut_map),  # clause markdown_hard_breaks
    )


def ran_rules(config: BoilerplateConfig) -> tuple[str, ...]:
    """The rules ``find_boilerplate`` applies under ``config`` (none when disabled)."""
    return config.rules if config.enabled else ()


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
