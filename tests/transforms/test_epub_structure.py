"""Structure of technical e-books read from EPUB: the Debian live-manual's chapters
(SiSU markup, copied in short from live-manual-epub 1:20151217.2: its contents page
and chapter openings with their root-prompt commands) through the reader
(``transforms.html_text``) and the structure stage, as ``longctx dataset`` runs them.
Clauses ``code_indent`` (html_text) and ``caseless_titles`` (headings)."""

from __future__ import annotations

from transforms.clean import clean_text
from transforms.headings import line_candidates
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


JA_TITLES = ["1. このマニュアルについて", "2. Live システムプロジェクトについて", "3. インストール"]
JA_TEXT = [
    "このマニュアルは Live システムプロジェクトと、特に Debian 9.0「stretch」リリースに向けて"
    "プロジェクトにより作られるソフトウェアに関連するあらゆる文書にアクセスするための一元的な"
    "起点となります。",
    "Live システムイメージのビルドにはわずかながらシステム要件があります:",
]


def test_caseless_titles_japanese_and_russian_chapters_are_candidates():
    for line in ("1. このマニュアルについて", "3. インストール", "1. Введение в разработку Ubuntu"):
        assert [c.kind for c in line_candidates(line, 0, 0, len(line))] == ["numbered"], line
    # a numbered sentence (CJK full stop) and a lower-case word open no title
    for line in ("1. 打开终端。", "2. подготовка пакета", "1. étude"):
        assert line_candidates(line, 0, 0, len(line)) == [], line


def test_caseless_titles_live_manual_japanese_chapters_are_found():
    files = [_index(JA_TITLES)] + [_chapter(n, t, JA_TEXT, []) for n, t in enumerate(JA_TITLES, 1)]
    titles = [t for _, t in _sections(files)]
    assert [t for t in titles if t[:1].isdigit()] == JA_TITLES


def test_cjk_quantity_a_number_before_a_counter_or_a_sentence_is_no_title():
    # Review (session 17): with caseless_titles, hard-wrapped lines of a Chinese
    # book on marketing that open with a date or an amount ("8 月初", "11 点") and a
    # numbered list of propositions (an economics textbook) became headings.
    for line in (
        "8 月初，当可果美第一批货品开始上市前，他们先决定了初步的销售目",
        "11 点开幕。由于号称是东南亚最大的综合百货公司，因此，开幕之前即利用",
        "1\t租金上限减少了可得到的住房数员和质量。（93%）",
    ):
        assert line_candidates(line, 0, 0, len(line)) == [], line
    # numbered section titles of Chinese memoirs and essays stay candidates
    for line in (
        "1 灵性良心占上风",
        "3 代管学部",
        "1. 日本海军",
        "12 卷土重来——“没关系！我们干我们的！”",
        "01  回顾联合舰队——祭奠卓越的舰队及作战人员",
    ):
        assert [c.kind for c in line_candidates(line, 0, 0, len(line))] == ["numbered"], line


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
