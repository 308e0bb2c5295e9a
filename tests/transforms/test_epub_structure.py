"""Structure of technical e-books read from EPUB: the Debian live-manual's chapters
(SiSU markup, copied in short from live-manual-epub 1:20151217.2: its contents page
and chapter openings with their root-prompt commands) through the reader
(``transforms.html_text``) and the structure stage, as ``longctx dataset`` runs them.
Clauses ``code_indent`` and ``pre_prose`` (html_text)."""

from __future__ import annotations

from transforms.clean import clean_text
from transforms.html_text import html_to_text
from transforms.normalize import normalize_text
from transforms.structure import analyze_text

HEAD = """<?xml version='1.0' encoding='utf-8'?>
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv='Content-Type' content='text/html; charset=utf-8' /></head><body>
<div class="content">"""


def _substance(n: int, inner: str) -> str:
    # SiSU's paragraph-number label (<label class="ocn">) is left out: in the whole
    # book ``clean`` drops those 1,030 number lines, in a few paragraphs it cannot.
    return f'<div class="substance">{inner}</div>'


def _index(titles: list[str]) -> str:
    entries = "".join(
        f'<h4 class="toc"><a href="c{i}.xhtml">\n    {t}\n  </a></h4>\n'
        for i, t in enumerate(titles)
    )
    return f'{HEAD}<h1 class="toc">About</h1>\n{entries}</div></body></html>'


def _chapter(n: int, title: str, paragraphs: list[str], commands: list[str]) -> str:
    body = [_substance(100 * n, f'<h1 class="norm" id="o{100 * n}">\n    {title}\n  </h1>')]
    for i, para in enumerate(paragraphs):
        body.append(_substance(100 * n + 2 * i + 1, f'<p class="i0">\n    {para}\n  </p>'))
        if i < len(commands):
            cmd = f'<p class="code" id="o{100 * n + 2 * i + 2}">\n    {commands[i]}<br />\n  </p>'
            body.append(_substance(100 * n + 2 * i + 2, cmd))
    return HEAD + "\n".join(body) + "</div></body></html>"


def _sections(files: list[str]) -> list[tuple[int, str]]:
    text = "\n\n\n\n".join(html_to_text(f) for f in files)  # the reader's chapter_gap
    cleaned = clean_text(normalize_text(text)).text
    return [(s.level, s.title) for s in analyze_text(cleaned).sections if s.title]


EN_TITLES = ["1. About this manual", "2. About the Live Systems Project", "3. Installation"]
EN_TEXT = [
    "This manual serves as a single access point to all documentation related to the "
    "Live Systems Project and in particular to the software produced by the project.",
    "You can build and install your own Debian package by executing:",
    "Now install whichever of the freshly built .deb files you were interested in, e.g.",
    "You can also install live-build directly to your system by executing:",
    "and uninstall it with:",
]
EN_COMMANDS = [
    "# apt-get install live-build",
    "# dpkg -i live-build_4.0-1_all.deb",
    "# make install",
    "# make uninstall",
]


def test_code_indent_sets_a_code_paragraph_in_by_four_spaces():
    markup = _substance(137, '<p class="code" id="o137">\n    # make uninstall<br />\n  </p>')
    assert html_to_text("<p>and uninstall it with:</p>" + markup) == (
        "and uninstall it with:\n\n    # make uninstall"
    )
    # a DocBook screen too; a paragraph of another class stays at the margin
    intro = "<p>Build the image, then clean the chroot, before any new build:</p>"
    assert html_to_text(intro + '<pre class="screen">$ lb build\n$ lb clean</pre>') == (
        "Build the image, then clean the chroot, before any new build:\n\n"
        "    $ lb build\n    $ lb clean"
    )
    assert html_to_text('<p class="i0">Run it.</p>') == "Run it."


def test_preformatted_text_a_page_mostly_in_pre_keeps_its_margin():
    # A Tale of Two Cities as a plain text put in one <pre>: the text, not an example
    book = "CHAPTER I.\nThe Period\n\nIt was the best of times, it was the worst of times."
    assert html_to_text(f"<p>Contents</p><pre>{book}</pre>") == f"Contents\n\n{book}"


def test_live_manual_commands_are_no_sections_its_chapters_are():
    files = [_index(EN_TITLES)] + [
        _chapter(n, t, EN_TEXT, EN_COMMANDS) for n, t in enumerate(EN_TITLES, 1)
    ]
    sections = _sections(files)
    titles = [t for _, t in sections]
    assert not [t for t in titles if "install" in t or "dpkg" in t], sections
    assert [t for t in titles if t[:1].isdigit()] == EN_TITLES


RAVEN = (
    "Once upon a midnight dreary, while I pondered, weak and weary,\n"
    "Over many a quaint and curious volume of forgotten lore"
)
DEP3 = (
    "## Description: [DESCRIBE VULNERABILITY HERE]\n"
    "## Origin/Author: [COMMIT ID, URL OR EMAIL ADDRESS OF AUTHOR]\n"
    "## Bug: [UPSTREAM BUG URL]\n"
    "## Bug-Ubuntu: https://launchpad.net/bugs/[BUG NUMBER]"
)


def test_pre_prose_a_poem_in_a_bare_pre_keeps_its_margin():
    # Review (session 17): code_indent set every <pre> in by 4 spaces; a poem, letter
    # or table set in <pre> in a novel kept one space before each line in the
    # cleaned text. A bare <pre> is indented only when it reads as code.
    intro = "<p>" + "It was a dark and stormy night; the rain fell in torrents. " * 4 + "</p>"
    text = html_to_text(f"{intro}<pre>\nTHE RAVEN\n\n{RAVEN}\n</pre>{intro}")
    assert "\nOnce upon a midnight dreary" in text and "\n    Once" not in text
    cleaned = clean_text(normalize_text(text)).text
    assert "\nOnce upon a midnight dreary" in cleaned, cleaned
    # the Ubuntu Packaging Guide's DEP-3 patch header (a Sphinx <pre>) and a shell
    # session are code: set in, so no line of them is a heading
    for block in (DEP3, "$ lb build\n$ lb clean"):
        text = html_to_text(f"{intro}<div class='highlight'><pre>{block}</pre></div>{intro}")
        assert "\n    " + block.split("\n")[0] in text, text
