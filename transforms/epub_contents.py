"""An EPUB's own contents page in its spine (session 45, the Left of session 44's wtG).

Clause ``contents_page_by_links``: clause ``skip_toc_document`` (``transforms.epub``)
leaves out the EPUB 3 navigation document and the EPUB 2 guide's ``type="toc"`` page;
most EPUB 2 books (calibre and other converters) name neither, and their contents page,
a spine file like any chapter, stayed in the training text as a list of chapter titles
("目录 / 前言 / 第一章 ... / 第十二章 ..."), once more before the chapters. A spine file
is that contents page when

* its links (``<a href>``) reach 3 or more other files that the book's own contents
  (the NCX ``navMap`` or the nav document's toc: ``transforms.epub_toc.read_toc``) names;
* its link text is 60% or more of its text (non-space characters): in the 80 EPUBs of
  hankinghu/literature-books every contents page is 70-100% links, every chapter, note
  page or afterword with links 0-17%, so a short chapter that cites a few others stays;
* the book's contents does not name the file itself, or names it only as the contents
  ("目录", "Table of Contents", ...): a part's opening page that lists its chapters
  ("第一部 / 第1节 / 第2节 ...", named "第一部" by the NCX) is a part, with its title.

The page is left out of the text; its characters count as removed (the document's
``boilerplate_chars``, hence the manifest's). Cost: a link scan of each spine file's
markup; the page's text is made a second time only for a file that passes the first
test.
"""

from __future__ import annotations

import html
import posixpath
import re
from urllib.parse import unquote

_LINK = re.compile(r"<a\b[^>]*?\bhref\s*=\s*[\"']([^\"']*)[\"'][^>]*>(.*?)</a\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]*>")
MIN_TARGETS = 3
LINK_SHARE = 0.6
# What a book's contents calls its contents page (spaces and case dropped).
_CONTENTS_LABELS = frozenset(
    "目录 目錄 主目录 總目錄 总目录 contents tableofcontents toc inhalt inhaltsverzeichnis "
    "tabledesmatières sommaire índice indice содержание оглавление 目次 차례 목차".split()
)


def _visible(markup: str) -> int:
    return len("".join(html.unescape(_TAG.sub("", markup)).split()))


def contents_label(label: str) -> bool:
    """A toc label that names the contents page itself ("目 录", "Table of Contents")."""
    return "".join(label.split()).casefold() in _CONTENTS_LABELS


def link_chars(markup: str, href: str, toc_files: set[str]) -> tuple[int, int]:
    """``(other toc files linked, characters of those links' text)`` of the spine file
    ``href`` whose markup is ``markup``."""
    folder, targets, chars = posixpath.dirname(href), set(), 0
    for target, inner in _LINK.findall(markup):
        path = unquote(html.unescape(target).partition("#")[0])
        if not path or "://" in path or path.startswith("mailto:"):
            continue
        path = posixpath.normpath(posixpath.join(folder, path))
        if path != href and path in toc_files:
            targets.add(path)
            chars += _visible(inner)
    return len(targets), chars


def is_contents_page(markup: str, href: str, entries, text_of) -> bool:
    """Clause ``contents_page_by_links`` (module doc) for the spine file ``href``;
    ``entries``: the book's toc (``TocEntry``); ``text_of(markup)``: its text."""
    if not entries:
        return False
    toc_files = {entry.file for entry in entries}
    if any(e.file == href and not contents_label(e.label) for e in entries):
        return False  # the toc names it: a part's opening page, a chapter
    targets, chars = link_chars(markup, href, toc_files)
    if targets < MIN_TARGETS:
        return False
    total = len("".join(text_of(markup).split()))
    return total > 0 and chars >= LINK_SHARE * total


# Clause contents_list_in_file (session 46, the Left of session 45's wtG): a contents list
# inside a spine file that holds text too. Two ways it went wrong in the 80 EPUBs of
# hankinghu/literature-books:
# * the EPUB 2 guide's type="toc" file was left out whole (clause skip_toc_document), but
#   calibre and Gutenberg's converter point it at the book's FIRST file, where the list
#   stands before the title page, prefaces and the first chapter: Kant's *Critique of
#   Pure Reason* lost its Project Gutenberg header, title and both prefaces' starts
#   (the first file's 62,031 characters), 高华's 红太阳是怎样升起的 its 前言, 重印自序 and
#   its first chapter's opening (64,751);
# * a list after the text of a kept file reached the training text (学会提问's 后记 ends
#   with "Table Of Contents" and 18 linked titles).
# A guide toc file that holds such a list and whose links are under LINK_SHARE of its
# text is read like a chapter (one without a list of links is left out, as before);
# in any file read, a run of MIN_LIST or more links with nothing but tags and blanks
# between them, reaching MIN_TARGETS or more of the book's toc files (this file's own
# anchors included: a Gutenberg list links "#chap01" in its own file), is left out, with
# a contents label standing just before it ("Contents", "目录"). A file whose text is
# mostly links is left alone (a part page the NCX names keeps its list: clause
# contents_page_by_links). Footnote links ("[12]") stand between text: no run.
MIN_LIST = 5
_GAP = re.compile(r"(?:\s|&nbsp;|&#160;|<[^>]*>)*")
_TEXT_NODE = re.compile(r">([^<>]*)<")


def _target(link: str, href: str) -> str | None:
    """The file ``link`` (an href in the spine file ``href``) points to; None outside."""
    path, _, fragment = unquote(html.unescape(link)).partition("#")
    if "://" in path or path.startswith("mailto:"):
        return None
    if not path:
        return href if fragment else None
    return posixpath.normpath(posixpath.join(posixpath.dirname(href), path))


def link_share(markup: str, href: str, toc_files: set[str], text_of) -> float:
    """The share of the spine file's text (non-space characters) that is the text of
    links into the book's toc files or to its own anchors."""
    chars = sum(
        _visible(inner)
        for link, inner in _LINK.findall(markup)
        if _target(link, href) in toc_files | {href}
    )
    total = len("".join(text_of(markup).split()))
    return chars / total if total else 1.0


def without_lists(markup: str, href: str, toc_files: set[str]) -> str:
    """Clause ``contents_list_in_file``: ``markup`` without its contents lists (runs of
    linked titles, and a contents label just before one)."""
    if markup.count("<a") < MIN_LIST:
        return markup
    runs, run = [], []
    for match in _LINK.finditer(markup):
        target = _target(match.group(1), href)
        listed = target is not None and target in toc_files | {href}
        if listed and run and _GAP.fullmatch(markup, run[-1][0].end(), match.start()):
            run.append((match, target))
            continue
        runs.append(run)
        run = [(match, target)] if listed else []
    runs.append(run)
    cuts = []  # the links and the label only: the tags around them stay, balanced
    for run in runs:
        if len(run) < MIN_LIST or len({target for _, target in run}) < MIN_TARGETS:
            continue
        start = run[0][0].start()
        label = [m for m in _TEXT_NODE.finditer(markup, 0, start + 1) if m.group(1).strip()]
        if label and contents_label(html.unescape(label[-1].group(1))):
            cuts.append(label[-1].span(1))
        cuts += [match.span() for match, _ in run]
    for start, end in reversed(cuts):
        markup = markup[:start] + markup[end:]
    return markup
