"""Rule ``punkt_candidates``: the same sentence spans as the ``punkt`` package's
engine (which it replaces in ``transforms.sentences``), on real books, news and
hand-made cases that exercise every branch of Punkt's decision."""

import glob
import json
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.punkt_candidates import CandidatePunkt
from transforms.sentences import punkt_engine, punkt_tokenizer


def package_spans(text, language="en"):
    return list(punkt_tokenizer(language).span_tokenize(text))


def candidate_spans(text, language="en"):
    return punkt_engine(language).span_tokenize(text)


TRICKY = [
    # abbreviations (model, ours, number-only), titles before names
    "Mr. Smith met Dr. Jones. They talked. Mrs. Brown stayed.",
    "He paid Mr. Smith. The rest went to St. Paul's, i.e. the cathedral. Fig. 3 shows it.",
    "See No. 5 for details. There is no. Absolutely not. Vol. II is lost; cf. p. 12.",
    "Prices rose etc. The rest fell. We saw apples, pears, etc. and more.",
    # initials and dotted acronyms
    "J. R. R. Tolkien wrote it. Readers loved it. J. The end. S. Bach played.",
    "He moved to the U.S.A. in May. It rained in the U.S. The rest fell.",
    "George H.W. Bush won. The A.Q. Khan network fell. He was at M.I.T. Then Yale.",
    # collocations of the model ("##number##" + business, b + smith, j + walter)
    "It was 1987. Business was good. In 1850. Who knew. Mr. B. Smith came. J. Walter too.",
    # the next token is an abbreviation: its type keeps the period ("fig." not "fig")
    "It was Wed. Fig. 3 shows it. It was Wed. Mr. Smith came.",
    # numbers and ordinals
    "In 1850. The war began. Chapter 12. It rained. He was 5. 10 people came.",
    "In 1850. and after. Chapter 12. he said. See 3. for it. J. the end.",
    "The rate rose to 3.75 per cent. Prices fell 0.5 points. See 1,000. Then 2.5.",
    # ellipses, spaced and not
    "He paused... Then spoke. Wait . . . what? Well. . . . No. And so ... it went.",
    "It ended. . . . . The next began.. Odd... . Very odd.",
    # quotes and brackets after the period; quote glued to the word before it
    'He said, "Stop." Then he left. (Hi there.) Bye. [Done.] {Yes.} Next.',
    "“Mr. Smith.” He left. ‘Yes.’ She said. “Well. Go.” ‘Dr. Who.’ Then.",
    "said Mr. Smith.” And then. “Mr. Jones,” he said. «Oui.» Non.",
    "He read it.’ ” Then he left. It was over.)” Done. It was ')' fine.",
    # question and exclamation marks, runs of them, at the end
    "Was it? Yes! It was. Really?! No!!! Wow!!!",
    "What?!? He left?? Yes!? ...!",
    # punctuation-only pieces and stray periods
    "It ended . The next one . Began. ! ? . ...",
    "...",
    ". . . .",
    "Mr.",
    "",
    "   ",
    " Hello. World.",
    "\nHello. World.",
    # layout: newlines, blank lines, tabs, CR, non-breaking and other spaces
    "It ended.\nThe next began.\n\nA new paragraph. Mr.\nSmith came.",
    "It ended.\tThe next began.\r\nMr.\tSmith came.\x0bNext.\x0cLast.",
    "It ended.\xa0The next began. Mr.\xa0Smith came. end.\u2009Next. Done.\u3000Yes.",
    "end.\xa0Next. Foo. Bar.\u2028Baz. Qux.\u2029Quux.",
    # hyphens, dashes, commas inside words
    "He was well-known. The end--Then. A--b. Co-op. The mining-co. Ltd.",
    "It cost 1,000. Then 2,500.5. Then a,b. Then a,. Then ,. Then -. Then --.",
    # odd word starts: excluded characters, quotes, brackets before the word
    "#5. Then &c. Then *note. Then @home. Then `quote. Then (see. Then [ref. Done.",
    '""Yes. No. "(Yes. No. (“Yes. No. ““Yes. No. \'Tis. So.',
    # the next chunk holds a period of its own (the next word may be the break)
    "Mr. Smith. Dr. U.S. Mr. Yes.” St. No.) Mr. a.b.c. Mr. A.B. Mr. Smith.”",
    "Mr. e.g. Mr. Yes.. Mr. Yes?” Mr. Yes!) Dr. Who?! Rev. X.Y.Z.",
    # non-Latin scripts and CJK mixed in
    "Это конец. Новое начало. Г. Иванов пришёл.",
    "This is English. 这是中文。And back again. 他说。“好。”Yes.",
    "Ἐν ἀρχῇ. Ἦν ὁ λόγος. Καὶ.",
]


@pytest.mark.parametrize("text", TRICKY)
def test_tricky_cases_match_the_package(text):
    assert candidate_spans(text) == package_spans(text)


def test_tricky_cases_split_as_punkt_does():
    """Not just equal: the spans are the expected sentences (a check that the
    comparison is not vacuous)."""
    text = "Mr. Smith met Dr. Jones. They talked. (Hi there.) Bye."
    got = [text[s:e] for s, e in candidate_spans(text)]
    assert got == ["Mr. Smith met Dr. Jones.", "They talked.", "(Hi there.)", "Bye."]


@pytest.mark.parametrize("name", ["pg1153.txt", "pg2701.txt", "pg74.txt"])
def test_gutenberg_books_match_the_package(shared_data, name):
    path = os.path.join(shared_data, "en_gutenberg", name)
    if not os.path.exists(path):
        pytest.skip(f"{path} missing")
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    # Raw (CRLF line endings) and cleaned as the build cleans it.
    from schemas import Document
    from transforms.boilerplate import remove_boilerplate
    from transforms.normalize import normalize_document
    from transforms.unwrap import unwrap_document

    doc = Document(name, path, raw)
    cleaned = unwrap_document(remove_boilerplate(normalize_document(doc))).text
    for text in (raw[:300_000], cleaned):
        spans = candidate_spans(text)
        assert len(spans) > 1000
        assert spans == package_spans(text)


def test_news_articles_match_the_package(shared_data):
    """BBC articles: sentences run together without a space ("$10.9bn.For the")."""
    path = os.path.join(shared_data, "sum_bbc_news", "bbc_news_summary.dev.jsonl")
    with open(path, encoding="utf-8") as f:
        articles = [json.loads(line)["article"] for line in f][:300]
    for text in articles:
        assert candidate_spans(text) == package_spans(text)


def test_sentence_starts_unchanged_on_gutenberg(shared_data, monkeypatch):
    """``sentence_starts`` as the build calls it (English corrections, CJK rules,
    long-span cuts) gives the starts it gave with the package's engine."""
    import numpy as np

    from transforms import sentences

    paths = sorted(glob.glob(os.path.join(shared_data, "en_gutenberg", "*.txt")))[:4]
    texts = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            texts.append(f.read()[:200_000])
    got = [sentences.sentence_starts(text) for text in texts]

    class PackageEngine:  # what punkt_starts read before: the package's spans
        def __init__(self, language):
            self.tokenizer = punkt_tokenizer(language)

        def starts_ends(self, text):
            spans = list(self.tokenizer.span_tokenize(text))
            return [s for s, _ in spans], [e for _, e in spans]

    monkeypatch.setattr(sentences, "punkt_engine", PackageEngine)
    for text, starts in zip(texts, got, strict=True):
        assert len(starts) > 500
        assert np.array_equal(starts, sentences.sentence_starts(text))


WORDS = [
    "Mr",
    "mr",
    "Dr",
    "U.S",
    "U.S.A",
    "e.g",
    "etc",
    "No",
    "no",
    "Vol",
    "J",
    "S",
    "a",
    "I",
    "The",
    "the",
    "Smith",
    "smith",
    "However",
    "however",
    "1850",
    "3.14",
    "5th",
    "1,000",
    "well-known",
    "Co",
    "mining-co",
    "St",
    "Bach",
    "bach",
    "It",
    "it",
    "and",
    "And",
    "é",
    "Über",
    "о",
    "Г",
    "中文",
]
SEPARATORS = [
    " ",
    " ",
    " ",
    ". ",
    ". ",
    ".  ",
    ".\n",
    ".\n\n",
    "? ",
    "! ",
    "?! ",
    "!!! ",
    '." ',
    ".” ",
    ".’ ",
    ".) ",
    ".)",
    ". (",
    ' "',
    " “",
    " ‘",
    "... ",
    " . . . ",
    ". . . ",
    " . ",
    ".. ",
    "--",
    " -- ",
    ", ",
    ",",
    "; ",
    ": ",
    ".\t",
    "\t",
    ".\r\n",
    ".\xa0",
    "\xa0",
    ".\u2009",
    " #",
    " *",
    " (",
    ". “",
    ".” “",
    ".,",
    ".;",
    "!”",
    "?)",
]


@settings(max_examples=400)
@given(
    st.lists(
        st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), min_size=1, max_size=30
    ),
    st.sampled_from(["", ".", " ", "!", '."', "\n"]),
)
def test_random_texts_match_the_package(pieces, end):
    text = "".join(word + sep for word, sep in pieces) + end
    assert candidate_spans(text) == package_spans(text)


def test_number_only_abbreviations_match_the_package():
    """The English model has no number-only abbreviations; a model with some
    ("no", "p") joins "No. 5" but not "no. Absolutely", in both engines."""
    import punkt

    extra = punkt.PunktParameters(numeric_abbrev_types={"no", "p"})
    package = punkt.PunktSentenceTokenizer(punkt_tokenizer("en").params.merged_with(extra))
    engine = CandidatePunkt(package)
    text = "See No. 5 for details. There is no. Absolutely not. See p. 12. Then no. 7. No. The end."
    spans = engine.span_tokenize(text)
    assert spans == list(package.span_tokenize(text))
    assert [text[s:e] for s, e in spans][:3] == [
        "See No. 5 for details.",
        "There is no.",
        "Absolutely not.",
    ]


@pytest.mark.parametrize("language", ["de", "fr", "ru", "el"])
def test_other_models_match_the_package(language):
    """The decision reads only the model's tables, so other languages' models
    give the package's spans too (on the hand-made cases)."""
    engine = CandidatePunkt(punkt_tokenizer(language))
    for text in TRICKY:
        assert engine.span_tokenize(text) == package_spans(text, language)


def test_other_rule_sets_are_refused():
    """The shortcuts assume Punkt's default rules; an unspaced script's rules
    (Chinese, Japanese presets) or other end marks are refused, not guessed."""
    import punkt

    params = punkt_tokenizer("en").params
    for rules in (
        punkt.LanguageVars(next_sentence_requires_space=False),
        punkt.LanguageVars(sent_end_chars=(".", ";", "!")),
    ):
        with pytest.raises(ValueError, match="default Punkt rules"):
            CandidatePunkt(punkt.PunktSentenceTokenizer(params, rules=rules))
