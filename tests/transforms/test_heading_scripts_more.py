"""Session 23 (branch wtG): more headings in other scripts: an appendix letter
before a colon, a German step addressed to the reader, a chapter line quoted
in a fortune collection."""

from __future__ import annotations

from tests.transforms.test_technical_docs import _levels
from transforms.cjk_numbers import cjk_number_candidates
from transforms.headings import line_candidates
from transforms.numbered_titles import title_like

# The appendices of the book Go语言高级编程 (advanced-go-programming-book,
# appendix A and B), each heading with its first sentence, after a sentence of
# chapter 5; set as plain text (a page's text, one paragraph a block).
GO_BOOK_APPENDICES = """\
当我们接手了一个几十万行的系统时，如果看到定义了很多接口，例如订单流程的接口，我们希望能直接找到这些接口都被哪些对象实现了。

附录A：Go语言常见坑

这里列举的Go语言常见坑都是符合Go语言语法的，可以正常的编译，但是可能是运行结果错误，或者是有资源泄漏的风险。

附录B：有趣的代码片段

这里收集一些比较有意思的Go程序片段。
"""


def test_appendix_colon_title_heads_its_appendix():
    # Clause appendix_colon_title (transforms.cjk_numbers): "附录A：Go语言常见坑" (letter,
    # full-width colon, title) was no candidate: the appendices ran on in the chapter.
    assert _levels(GO_BOOK_APPENDICES) == [
        (1, "附录A：Go语言常见坑"),
        (1, "附录B：有趣的代码片段"),
    ]
    found = cjk_number_candidates("附录 A：术语表", 0, 0, 8)
    assert [(c.series, c.value, c.rest) for c in found] == [("kw:appendix:letter", 1, "术语表")]
    # A sentence after the colon, or nothing, is no title.
    for line in ("附录A：本附录列出了全部的命令。", "附录A：", "附录 B：，见下文"):
        assert cjk_number_candidates(line, 0, 0, len(line)) == [], line


def test_polite_imperative_a_german_step_is_no_title():
    # Clause polite_imperative (transforms.numbered_titles): steps of the German Debian
    # Reference (debian-reference-de 2.100, 9.6.11 "SMART verwenden ..." and the root
    # password steps) read as numbered titles: the verb first, then "Sie", and nouns in
    # capitals that the capitals count took for a title's.
    for line in (
        '4. Überprüfen Sie die Ausgabe von "smartctl -a /dev/hda", um',
        "1. Aktivieren Sie die SMART-Funktionalität im BIOS.",
        "3. Starten Sie das System neu.",
        "3. Überprüfen Sie, ob die Datei existiert.",  # the review's form, made up
    ):
        assert line_candidates(line, 0, 0, len(line)) == [], line
    # Titles stay: the preface's "3. Über dieses Dokument", a question word before "Sie",
    # a short phrase without a mark.
    for title in ("Über dieses Dokument", "Was Sie wissen sollten", "Lernen Sie Debian kennen"):
        assert title_like(title), title


def test_polite_imperative_noun_end_keeps_imperative_titles():
    # Clause polite_imperative_noun_end (review): the de Developer's Reference
    # (developers-reference-de 12.18, sections 5.10.1, 6.1.2, 6.6.2.4) titles sections
    # "<Verb>en Sie ..." in 5-7 words ending on a noun; polite_imperative dropped every
    # such title of more than 4 words. Here numbered at one level, as a flat document has them.
    for line in (
        "5. Seien Sie freundlich zu Portierern",
        "3. Unterteilen Sie Ihre Patches in mehrere Dateien",
        "4. Treffen Sie keine Annahmen über Schnittstellen",
    ):
        assert line_candidates(line, 0, 0, len(line)), line
    # Steps of the same book cut by the wrap after a small word stay no titles.
    for title in (
        'Setzen Sie "architecture" auf keinen anderen Wert als "all" oder',
        "Machen Sie eine vollständige Sicherung (Backup) von Ihrem",
        "Setzen Sie den Hauptverantwortlichen für das Paket in das Feld",
    ):
        assert not title_like(title), title
