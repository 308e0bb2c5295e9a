"""An EPUB's own table of contents (NCX navMap, EPUB 3 nav) as markup evidence.

Many real EPUBs (calibre conversions, Gutenberg, publisher files) set chapter titles in
``<p class=...>``/``<div>``/``<span>``, not h-tags, while their contents (the NCX
``navMap`` or the nav document's ``<nav epub:type="toc">``) names every chapter, its
target (file and ``#anchor``) and its nesting. :func:`read_toc` reads the entries with
their depth and target; :func:`toc_marks` turns them into ``schemas.MarkupHeading``
records beside the h-tags' (``transforms.markup_headings``), used the same way (they
only add or re-level headings that are lines of the text). Named clauses (tests in
``tests/transforms/test_epub_toc.py``):

``toc_depth``
    an entry's depth is its nesting: navPoints inside navPoints, ``<ol>`` inside
    ``<li>`` of the nav's list; 1 at the top.
``toc_title_root`` (session 20)
    a toc whose one top entry with entries under it is the book's title (the NCX
    ``docTitle`` or the package's ``dc:title``; the live-manual's "Live Systems Manual"
    over every part, beside a childless "Table of Contents") nests nothing: the entries
    under it move up one depth, so the parts are depth 1 as in a toc without the root.
``toc_target_line``
    an entry is a heading only when its label (``markup_line``'s words) is one of the
    first ``FIRST_LINES`` lines of text at its target: the file's start, or the
    element carrying its ``#anchor``. A label that is no line there (a title the book
    writes over two lines, "Chapter 3" for a title line "III.") adds nothing; so do a
    contents page's link lines with the same words (they are not at the target).
``toc_two_lines`` (session 20)
    a label the book writes over two lines ("CHAPTER II" / "AT THE GALE'S MERCY" for
    the label "Chapter II At the Gale's Mercy") is two neighbouring first lines whose
    words together are the label's: the heading is the first, its title the two joined.
``toc_before_text`` (review, session 19)
    the first lines end at the first line of running text (``PROSE_WORDS`` words or
    more): a label's words after a paragraph (a dialogue line "Goodbye." in a chapter
    whose title is an image) are a line of the text, not the title.
``toc_one_pass`` (review, session 19)
    a file's anchors are found in one scan and each line's words counted once, so a
    one-file book with thousands of toc anchors reads in time linear in its size.
``toc_contents_targets`` (session 20)
    a toc whose targets land on a contents page (a converter that cut the book at its
    own contents list: "I Tara in a Tantrum", "II At the Gale's Mercy" ... each an
    anchor on the list's line) names no chapters there: a run of ``CONTENTS_RUN`` or
    more entry lines of one file with at most one other line between neighbours (a
    page number) adds and re-levels nothing; the text rules find the chapters.
    Clause ``contents_gap_no_text`` (review, session 20): the one line between may
    be a page number ("7", "xiv") or another contents line, not a sentence: a line
    of text between entries (a fable's one paragraph under "The Kid and the Wolf", a
    glossary's definition, a one-line poem) is a book of short pieces, each its toc
    entry, not a contents page.
``title_page_tags`` (session 20)
    a file that opens with a toc line and has no line of running text (a title page:
    calibre's Quick Start Guide sets "Fourth Edition" in ``<h2>`` and "By: John
    Schember" in ``<h3>`` under the book title's ``<h1>``): its h-tags no toc entry
    names (fewer than ``CONTENTS_RUN``: more is a contents page) open no sections.
    Clause ``title_page_short`` (review, session 20): only a file of at most
    ``TITLE_PAGE_LINES`` lines: a poem has no line of running text either, and its
    sub-heading ("THRENOS." closing The Phoenix and the Turtle) stays a section.
``toc_no_chapters``
    a toc with fewer than 2 such entries (one "Start"/cover entry) adds nothing. A
    toc of page numbers ("7", "8") adds nothing by ``toc_target_line``: a printed
    page's number is no line of its own in the cleaned text.
``toc_adds``
    an entry on a line with no h-tag adds a markup heading there: the book states its
    chapters (calibre's ``<p class="calibre3">CHAPTER I</p>``). Its level is the h-tag
    level the book gives matched entries of the same depth (most common), else the
    nearest shallower depth's plus the difference, else the depth itself.
``toc_nesting``
    where h-tags and the toc disagree, the toc's nesting decides: when the h-tags give
    one level to entries of different toc depths (the live-manual's part titles and
    its chapters all ``<h1>``), every toc line takes its depth as level (the toc is
    the book's stated outline; h-tag levels are its typography); an h-tag not in the
    toc takes the shallowest depth of the toc lines in the same tag (the title page's
    ``<h1>`` with the parts), or, a tag no toc line has, sits below the toc's deepest
    level in the tags' order (subsections the toc leaves out). Clause
    ``toc_nesting_sibling`` (review, session 19): an h-tag not in the toc whose tag
    toc lines of several depths share ranks with the last toc line before it in that
    tag (a chapter's closing ``<h1>Notes</h1>`` with its chapter, not with the parts);
    before any, the shallowest. Otherwise the h-tags' levels stand.
"""

from __future__ import annotations

import bisect
import posixpath
import re
from collections import Counter
from dataclasses import dataclass, replace
from urllib.parse import unquote
from xml.etree import ElementTree

from schemas import MarkupHeading
from transforms.markup_headings import CONTENTS_RUN, line_key

FIRST_LINES = 6  # clause toc_target_line: lines of text at the target that may be its title
PROSE_WORDS = 20  # clause toc_before_text: a line this long is running text, not a title
TITLE_PAGE_LINES = FIRST_LINES  # clause title_page_short: a title page is its first lines
# clause contents_gap_no_text: a printed page's number (7, 12, xiv, p. 7)
SENTENCE_END = ".!?:;\"'\u201d\u2019\u3002\uff01\uff1f\uff1b\uff1a\u300d\u300f"  # 。！？；：」』
PAGE_NUMBER = re.compile(r"(?:p\.\s*)?(?:\d+|[ivxlcdm]+|[IVXLCDM]+)\.?")
OPS = "{http://www.idpf.org/2007/ops}type"


@dataclass(frozen=True)
class TocEntry:
    depth: int  # clause toc_depth: 1 at the top
    label: str
    file: str  # the zip member's path as the package names it (normalised)
    anchor: str  # "" for a whole file


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _target(base: str, href: str) -> tuple[str, str]:
    path, _, anchor = href.partition("#")
    path = posixpath.normpath(posixpath.join(base, unquote(path))) if path else ""
    return path, unquote(anchor)


def _ncx(root, base: str) -> list[TocEntry]:
    out = []

    def walk(element, depth: int) -> None:
        for point in element:
            if _local(point.tag) != "navPoint":
                continue
            label = next((e for e in point if _local(e.tag) == "navLabel"), None)
            content = next((e for e in point if _local(e.tag) == "content"), None)
            text = " ".join("".join(label.itertext()).split()) if label is not None else ""
            if content is not None and content.get("src"):
                path, anchor = _target(base, content.get("src"))
                out.append(TocEntry(depth, text, path, anchor))
            walk(point, depth + 1)

    nav_map = next((e for e in root.iter() if _local(e.tag) == "navMap"), None)
    if nav_map is not None:
        walk(nav_map, 1)
    return out


def _nav(root, base: str) -> list[TocEntry]:
    out = []

    def walk(ol, depth: int) -> None:
        for li in ol:
            if _local(li.tag) != "li":
                continue
            link = next((e for e in li if _local(e.tag) in ("a", "span")), None)
            if link is not None and link.get("href"):
                path, anchor = _target(base, link.get("href"))
                out.append(
                    TocEntry(depth, " ".join("".join(link.itertext()).split()), path, anchor)
                )
            for sub in li:
                if _local(sub.tag) == "ol":
                    walk(sub, depth + 1)

    for element in root.iter():
        if _local(element.tag) == "nav" and "toc" in element.get(OPS, "").split():
            for ol in element:
                if _local(ol.tag) == "ol":
                    walk(ol, 1)
            break
    return out


def read_toc(archive, path: str | None, nav: bool, title: str = "") -> list[TocEntry]:
    """The entries of the nav document's toc (``nav``) or of the NCX at ``path``
    (clause ``toc_depth``), the book's ``title`` root lifted (clause ``toc_title_root``);
    [] when it is missing or not XML."""
    if path is None:
        return []
    try:
        root = ElementTree.fromstring(archive.read(path))
    except (KeyError, ElementTree.ParseError):
        return []
    base = posixpath.dirname(path)
    if nav:
        return _title_root(_nav(root, base), [title])
    doc_title = next((e for e in root.iter() if _local(e.tag) == "docTitle"), None)
    titles = [title, " ".join(doc_title.itertext()) if doc_title is not None else ""]
    return _title_root(_ncx(root, base), titles)


def _title_root(entries: list[TocEntry], titles: list[str]) -> list[TocEntry]:
    """Clause ``toc_title_root``: under a top entry that is the book's title, every
    entry one depth up, when it is the only top entry with entries under it."""
    keys = {line_key(t) for t in titles} - {""}
    tops = [i for i, e in enumerate(entries) if e.depth == 1] + [len(entries)]
    roots = [(i, j) for i, j in zip(tops, tops[1:], strict=False) if j - i > 1]
    if len(roots) != 1 or line_key(entries[roots[0][0]].label) not in keys:
        return entries
    first, end = roots[0]
    return [replace(e, depth=e.depth - 1) if first < i < end else e for i, e in enumerate(entries)]


TAG = re.compile(r"<[A-Za-z][^<>]*>")
ANCHOR = re.compile(r"""[\s:](?:id|name)\s*=\s*["']([^"']*)["']""")


def _anchors(html: str) -> dict[str, int]:
    """Clause ``toc_one_pass``: where the start tag carrying each ``id``/``name`` begins
    (the first such tag), from one scan of the file."""
    out: dict[str, int] = {}
    for tag in TAG.finditer(html):
        if "id" in tag.group() or "name" in tag.group():
            for anchor in ANCHOR.findall(tag.group()):
                out.setdefault(anchor, tag.start())
    return out


def _first_keys(text: str) -> list[tuple[int, str]]:
    """(line index, key) of the first ``FIRST_LINES`` lines with words of ``text``, up to
    the first line of running text (clause ``toc_before_text``: a line of ``PROSE_WORDS``
    words or more; a title, number, byline or short epigraph line before the title is
    no paragraph): a label line after a paragraph is a line of the text (a dialogue
    line "Goodbye." under a chapter whose title is an image), not the title."""
    out = []
    for i, line in enumerate(text.split("\n")):
        k = line_key(line)
        if k:
            out.append((i, k))
            if len(out) == FIRST_LINES or len(line.split()) >= PROSE_WORDS:
                break
    return out


def _chapter_lines(entries, html: str, text: str, to_text) -> list[tuple[int, TocEntry]]:
    """(line of ``text``, entry) of the file's entries whose label is a line at their
    target (clause ``toc_target_line``). Clause ``toc_one_pass``: the anchors are found
    in one scan and each line's key is counted once, so a one-file book with thousands
    of toc anchors reads in time linear in its size."""
    where = _anchors(html) if any(e.anchor for e in entries) else {}
    cuts = sorted({where[e.anchor] for e in entries if where.get(e.anchor, 0) > 0})
    segments, start = {}, 0
    for cut in [*cuts, len(html)]:
        segments[start] = to_text(html[start:cut]) if cuts else text
        start = cut
    # for each key, the segments (in order) of its lines: lines before a segment by bisect
    order = {s: n for n, s in enumerate(segments)}
    seg_of: dict[str, list[int]] = {}
    for s, t in segments.items():
        for line in t.split("\n"):
            seg_of.setdefault(line_key(line), []).append(order[s])
    lines_of: dict[str, list[int]] = {}
    for i, line in enumerate(text.split("\n")):
        lines_of.setdefault(line_key(line), []).append(i)
    out = []
    for entry in entries:
        at = where.get(entry.anchor, 0) if entry.anchor else 0
        want = line_key(entry.label)
        firsts = _first_keys(segments.get(at, ""))
        first, count = next((i for i, k in firsts if k == want), None), 1
        if first is None:  # clause toc_two_lines
            pairs = zip(firsts, firsts[1:], strict=False)
            first = next((i for (i, k), (_, k2) in pairs if k and k2 and k + k2 == want), None)
            want, count = dict(firsts).get(first, want), 2
        if first is None:
            continue
        # the same line of the whole file's text: as many lines with these words before it
        seen = bisect.bisect_left(seg_of.get(want, []), order[at])
        seen += sum(1 for i, k in firsts if i < first and k == want)
        lines = lines_of.get(want, [])
        if seen < len(lines):
            out.append((lines[seen], entry, count))
    return out


def toc_marks(text: str, chapters, entries: list[TocEntry], marks) -> tuple[MarkupHeading, ...]:
    """The markup headings of ``text``: the h-tags' ``marks`` (``located``) with the
    toc's ``entries`` (module doc). ``chapters``: (file, first line of the book's text,
    the file's text, a function giving a file's markup, html_to_text) of each file read."""
    entries = [e for e in entries if line_key(e.label)]
    lines = text.split("\n")
    keys = [line_key(line) for line in lines]
    lines_of: dict[str, list[int]] = {}
    for i, k in enumerate(keys):
        lines_of.setdefault(k, []).append(i)
    found: dict[int, TocEntry] = {}
    count: dict[int, int] = {}  # title lines (clause toc_two_lines)
    for name, first, part, html_of, to_text in chapters:
        mine = [e for e in entries if e.file == name]
        if mine:
            html = html_of(name) if any(e.anchor for e in mine) else ""
            for line, entry, n in _chapter_lines(mine, html, part, to_text):
                if first + line not in found:
                    found[first + line], count[first + line] = entry, n
    found = _off_contents(found, lines, [first for _, first, *_ in chapters])
    if len(found) < 2:  # clause toc_no_chapters
        return tuple(marks)
    # clause epub_code_lines: a code line's level-0 mark is no toc line and takes no level
    code = {lines_of[line_key(m.title)][m.before]: m for m in marks if not m.level}
    tagged = {lines_of[line_key(m.title)][m.before]: m for m in marks if m.level}
    tagged = _off_title_pages(tagged, found, lines, chapters)
    level_of = _levels(found, tagged)
    out = {}
    for line, mark in tagged.items():
        out[line] = replace(mark, level=level_of.get(line, mark.level))
    for line in found:
        if line not in tagged:  # clause toc_adds
            k = keys[line]
            before = lines_of[k].index(line)
            title = lines[line].strip()
            after = len(lines_of[k]) - before - 1
            out[line] = MarkupHeading(level_of[line], title, before, after, "epub", count[line])
    for line, mark in code.items():
        out.setdefault(line, mark)
    return tuple(out[line] for line in sorted(out))


def _off_title_pages(tagged: dict, found: dict, lines: list[str], chapters) -> dict:
    """Clause ``title_page_tags``: a file that opens with a toc line and has no line of
    running text (``PROSE_WORDS`` words) is a title page: its other h-tags that no toc
    entry names (calibre's "Fourth Edition" <h2>, "By: John Schember" <h3> under the
    book title's <h1>), fewer than ``CONTENTS_RUN``, are no sections."""
    drop, order = set(), sorted(line for line in tagged if line not in found)
    for _, first, part, *_ in chapters:  # each file's h-tags by bisect: linear in the book
        end = first + part.count("\n") + 1
        mine = order[bisect.bisect_left(order, first) : bisect.bisect_left(order, end)]
        top = next((i for i in range(first, end) if lines[i].strip()), None)
        if not mine or top not in found or len(mine) >= CONTENTS_RUN:
            continue
        text = [t for t in lines[first:end] if t.strip()]
        # clause title_page_short: a poem's file ("THRENOS." in The Phoenix and the
        # Turtle) has no prose line either, but a title page is a few lines
        if len(text) <= TITLE_PAGE_LINES and all(len(t.split()) < PROSE_WORDS for t in text):
            drop.update(mine)
    return {line: mark for line, mark in tagged.items() if line not in drop}


def _off_contents(found: dict[int, TocEntry], lines: list[str], firsts: list[int]) -> dict:
    """Clause ``toc_contents_targets``: ``found`` without its runs of ``CONTENTS_RUN``
    or more lines in one file (``firsts``: each file's first line) with at most one
    line of text between neighbours: a contents page, not chapters."""
    runs, run = [], []
    for line in sorted(found):
        if run:
            gap = [t.strip() for t in lines[run[-1] + 1 : line] if t.strip()]
            # clause contents_gap_no_text: a sentence between ends the run
            between = len(gap) + sum(1 for t in gap if _sentence(t))
            same = bisect.bisect_right(firsts, line) == bisect.bisect_right(firsts, run[-1])
            if between > 1 or not same:
                runs.append(run)
                run = []
        run.append(line)
    runs.append(run)
    page = {line for run in runs if len(run) >= CONTENTS_RUN for line in run}
    return {line: entry for line, entry in found.items() if line not in page}


def _sentence(line: str) -> bool:
    """Clause ``contents_gap_no_text``: ``line`` is text (a sentence: it ends with
    ``.!?:;``, their CJK forms or a closing quote, or it is running text), not a page number ("7",
    "xiv.") nor a contents line ("CHAPTER XIX. Tom Tells the Truth")."""
    if PAGE_NUMBER.fullmatch(line):
        return False
    return len(line.split()) >= PROSE_WORDS or line[-1] in SENTENCE_END


def _levels(found: dict[int, TocEntry], tagged: dict) -> dict[int, int]:
    """Level of each toc line, and of each h-tag line when the toc re-levels them
    (clauses ``toc_adds``, ``toc_nesting``)."""
    by_depth: dict[int, Counter] = {}
    for line, entry in found.items():
        if line in tagged:
            by_depth.setdefault(entry.depth, Counter())[tagged[line].level] += 1
    depths_of: dict[int, set] = {}
    for depth, counts in by_depth.items():
        for level in counts:
            depths_of.setdefault(level, set()).add(depth)
    if any(len(d) > 1 for d in depths_of.values()):  # clause toc_nesting
        deepest = max(e.depth for e in found.values())
        top = min((m.level for line, m in tagged.items() if line not in found), default=1)
        shallowest = {level: min(d) for level, d in depths_of.items()}
        out, sibling = {}, {}
        for line in sorted(tagged):
            level = tagged[line].level
            if line in found:
                out[line] = sibling[level] = found[line].depth
            else:  # clause toc_nesting_sibling: as deep as the last toc line in its tag
                out[line] = sibling.get(level, shallowest.get(level, deepest + 1 + level - top))
        out.update({line: e.depth for line, e in found.items()})
        return out
    common = {d: c.most_common(1)[0][0] for d, c in by_depth.items()}
    out = {}
    for line, entry in found.items():
        if line in tagged:
            continue
        shallower = [d for d in common if d <= entry.depth]
        if shallower:
            d = max(shallower)
            out[line] = common[d] + entry.depth - d
        else:
            out[line] = entry.depth
    return out
