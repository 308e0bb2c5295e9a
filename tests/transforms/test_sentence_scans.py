"""Scans of the sentence stage replaced for cost (clauses dot_first, literal_marks,
bullet_present, first_undotted, the CJK shortcut): each equals the pattern it replaced, on
real books and made strings. Split from test_sentences.py (549 lines)."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.transforms.test_sentences import split
from transforms import title_names as title_scans


def _english_texts(shared_data, books=3):
    import glob
    import json
    import os

    texts = []
    for path in sorted(glob.glob(os.path.join(shared_data, "en_gutenberg", "*.txt")))[:books]:
        with open(path, encoding="utf-8") as f:
            texts.append(f.read())
    path = os.path.join(shared_data, "sum_bbc_news", "bbc_news_summary.dev.jsonl")
    with open(path, encoding="utf-8") as f:
        texts.append("\n\n".join(json.loads(line)["article"] for line in f))
    return texts


def test_correction_scans_find_what_the_plain_patterns_found(shared_data):
    """The rewritten scans (a character set or '.' first; clause dot_first) give the
    matches of the patterns they replace, on books and news plus hand-made overlaps."""
    import re

    from transforms import sentences

    old_acronym = re.compile(r"(?:\.[A-Za-z]\.|[JS]r\.)[ \t\xa0]+([A-Z0-9][\w']*)")
    old_decimal = re.compile(r"\d\.[ \xa0](\d)")
    old_title = re.compile(  # clause charset_start of rule title_before_name
        r"\b(?<![A-Za-z]\.)(?:Mr|Mrs|Messrs|Mme|Mlle|Dr|St|Capt|Col|Gen|Lt|Prof|Rev|Sgt|Hon)\."
        r"[ \t\xa0]+([A-Z][\w']*)"
    )
    texts = _english_texts(shared_data, books=30) + [
        "We lost 1. 2. 3. 4 million. It was 5. 10 people. 2.\xa05 and 7. 8 and 9.  1",
        "At M.I.T. Jr. Smith. U.S. The end. S.Jr. Bob. J.r. x. Sr.\tTom. e.g. A.B.C. Ltd",
        "Mr. Smith AMr. Smith St. Mr. Jones XSt. Mr. Jones é Dr. Who éDr. Who _Dr. No 1St. Ives",
        "E.Dr. Well S.Dr. Go ...Mr. Darcy a.Mr. B .Mr. C Dr. Don's Mrs. Bennet Messrs. Bingley",
        "Sgt. Pepper Lt. Dan Hon. Sir Prof. X Rev. Y Capt. Z Col. W Gen. V Mme. U Mlle. T",
        # clause dot_first: a match whose name holds the next one's start
        "U.S. JJr. Smith, A.B. CSr. Tom, U.S. JSr. Bob, Mr. O'Mr. Smith, Mr. O'St. Ives",
        "Dr. X'Dr. Y'Mrs. Z, Mr.  \xa0Mrs. Bennet, Mr. Mrs. X, St.Mr. Y, A.B.C.D. E.F. Go",
    ]
    found = titles = 0
    for text in texts:
        acronyms = [m.span(1) for m in title_scans.acronym_names(text)]
        assert acronyms == [m.span(1) for m in old_acronym.finditer(text)]
        decimals = sentences._split_decimals(text)
        assert decimals == [m.start(1) for m in old_decimal.finditer(text)]
        found += len(acronyms) + len(decimals)
        title_names = [m.span(1) for m in title_scans.title_names(text)]
        assert title_names == [m.span(1) for m in old_title.finditer(text)]
        titles += len(title_names)
    assert found > 400
    assert titles > 300


def test_cjk_shortcut_only_skips_texts_without_starts(shared_data):
    """English text has no trigger character: the shortcut's empty answer is
    the full scan's; with a trigger the scan runs."""
    from transforms import sentences

    for text in _english_texts(shared_data, books=2):
        assert len(sentences._cjk_scan(text)) == 0
        assert len(sentences.cjk_starts(text)) == 0
    for text in ["Wait… The end; ok? Yes!", "他走了!她也走了。", "好。Yes; no?"]:
        got = sentences.cjk_starts(text)
        assert len(got) and np.array_equal(got, sentences._cjk_scan(text))


def test_first_undotted_equals_the_alternation_regex(shared_data):
    """Clause first_undotted of lowercase_starts (cost only): ``undotted_words``
    gives the set of the plain alternation regex with the leading lookbehind, on
    Moby-Dick and pg6762 (Aristotle's Treatise on Government), for words written undotted, only dotted, after an
    apostrophe or a period, and absent."""
    import glob
    import os
    import re

    from transforms.english_sentences import undotted_words

    words = {"etc", "chap", "sir", "will", "tell", "ll", "st", "vi", "whale", "qqx", "ii", "s"}
    found = files = 0
    for name in ("pg2701.txt", "pg6762.txt"):
        for path in glob.glob(os.path.join(shared_data, "*", name)):
            with open(path, encoding="utf-8") as f:
                text = f.read()
            pattern = r"(?<![\w.'’])(" + "|".join(sorted(words)) + r")\b(?!\.)"
            plain = {m.group(1) for m in re.finditer(pattern, text)}
            assert undotted_words(text, words) == plain
            found += len(plain)
            files += 1
    assert files == 2 and 0 < found < 2 * len(words)


def test_literal_mark_scans_equal_the_class_scan(shared_data):
    """Clause literal_marks of rule lowercase_after_mark (cost only): one scan from
    "!" and one from "?" find together exactly the matches of the single scan from
    the class "[!?]", on the 30 shared books, the BBC articles and hand-made runs
    of marks, quotes and spaces."""
    import re

    from transforms import sentences

    old = re.compile(r"[!?][\"'”’)\]]*[ \t\xa0]+([a-z])")
    texts = _english_texts(shared_data, books=30) + [
        "Oh!? no. What?! cried he. \"Stop!\" said she. 'Wait?' he. x!) y ?! a !! b ?\xa0c",
        "!a ?b ! c ? d!’ e?” f!] g?'\tH ! ! i ?? j !” ” k",
    ]
    found = 0
    for text in texts:
        new = sorted(m.span(1) for p in sentences._MARK_LOWER for m in p.finditer(text))
        assert new == [m.span(1) for m in old.finditer(text)]
        found += len(new)
    assert found > 2000


def test_every_bullet_opens_an_item():
    """Clause bullet_present (cost only): each of the five bullets is looked for,
    so an in-line list keeps its items whichever bullet it uses; a text without a
    bullet gets no extra start."""
    for bullet in "•●▪◦‣":
        text = f"We will: {bullet} cut taxes; {bullet} build roads. Done."
        assert split(text) == [
            "We will:",
            f"{bullet} cut taxes;",
            f"{bullet} build roads.",
            "Done.",
        ]
    assert split("We will: - cut taxes; * build roads. Done.") == [
        "We will: - cut taxes; * build roads.",
        "Done.",
    ]


_DOT_FIRST_PIECES = (
    ["U.S.", "A.", "S.", "Jr.", "Sr.", "JJr.", "Mr.", "Mrs.", "St.", "Dr.", "Messrs.", "Hon."]
    + ["é.", ".", "U.S. ", "Jr. ", "JJr. ", "Mr. ", "St. ", "O'Mr. ", "X'Dr. ", "A.B. ", "SSr. "]
    + ["", " ", "\xa0", "\t", "\n", "'", "O'", "Smith", "J", "S", "A", "Mr", "the", "é", "1", "_"]
    + ["!", "?", "”", ")", "a"]
)


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_DOT_FIRST_PIECES), max_size=16).map("".join))
def test_dot_first_and_literal_marks_equal_main_scans_on_made_runs(text):
    """Review of clauses dot_first and literal_marks: on generated runs of acronyms,
    titles, names, quotes and spaces ("U.S.JJr. Smith", "Mr.Mr. O'Mr. A", "é.Mr. S",
    dots at the start and end), ``acronym_names``, ``title_names`` and the two mark
    scans find the names the class-first scans of main found, overlaps included; and
    no title ends another (``title_names`` takes the one title ending at the '.')."""
    import re

    from transforms import sentences

    acronym = re.compile(r"[.JS](?:(?<=\.)[A-Za-z]\.|(?<=[JS])r\.)[ \t\xa0]+([A-Z0-9][\w']*)")
    title = re.compile(
        r"[CDGHLMPRS](?<!\w[CDGHLMPRS])(?<![A-Za-z]\.[CDGHLMPRS])"
        r"(?:(?<=M)(?:r|rs|essrs|me|lle)|(?<=D)r|(?<=S)(?:t|gt)|(?<=C)(?:apt|ol)|(?<=G)en|(?<=L)t"
        r"|(?<=P)rof|(?<=R)ev|(?<=H)on)\.[ \t\xa0]+([A-Z][\w']*)"
    )
    mark = re.compile(r"[!?][\"'”’)\]]*[ \t\xa0]+([a-z])")
    titles = title_scans.TITLES
    assert not any(a != b and a.endswith(b) for a in titles for b in titles)
    for made in (text, text + "\n" + text):
        names = [(m.span(1), m.group(1)) for m in title_scans.acronym_names(made)]
        assert names == [(m.span(1), m.group(1)) for m in acronym.finditer(made)]
        names = [(m.span(1), m.group(1)) for m in title_scans.title_names(made)]
        assert names == [(m.span(1), m.group(1)) for m in title.finditer(made)]
        marks = sorted(m.span(1) for p in sentences._MARK_LOWER for m in p.finditer(made))
        assert marks == [m.span(1) for m in mark.finditer(made)]
