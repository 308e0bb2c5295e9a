"""Session 43: a lone surrogate in a str passed to a public pure function alone.

Clause ``surrogates_read_as_replacement`` (``transforms.surrogates``; session 42 gave it
to ``analyze_text`` only): each public pure function over a str (the README's stages:
normalize, clean, structure and its steps, tokenize, chunking; near duplicates, HTML)
called with half of a UTF-16 pair in real text returns what it returns for the text with
U+FFFD in its place, one character for one, so its offsets and spans hold for the text
as given. On base43, ``clean_text``, ``find_headings``, ``find_sections``,
``contents.drop_lists``, ``layout``, ``key_sentences.eligible_sentences`` raised
``UnicodeEncodeError``; ``encode_text`` raised ``TypeError: TextInputSequence must be
str``; ``tokenize_documents`` rejected the document as ``tokenizer_error`` with that line.
The Beam path never reaches them: the reader rejects such a record as
``invalid_unicode`` (tests/reliability/test_worst_case_builds.py).
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from schemas import Document
from transforms import (
    boilerplate,
    chunking,
    clean,
    contents,
    html_text,
    key_sentences,
    near_duplicates,
    normalize,
    paragraphs,
    prose,
    sections,
    sentences,
    structure,
    tokenize,
    tokenize_pieces,
    topics,
    unwrap,
)
from transforms.chunk_config import ChunkConfig

# Pride and Prejudice, chapter 1 (Gutenberg), a surrogate pasted into "Netherfield".
_TEXT = (
    "Chapter 1\n\n"
    "It is a truth universally acknowledged, that a single man in possession of a good "
    "fortune, must be in want of a wife.\n\n"
    "However little known the feelings or views of such a man may be on his first entering "
    "a neighbourhood, this truth is so well fixed in the minds of the surrounding families, "
    "that he is considered the rightful property of some one or other of their daughters.\n\n"
    "\u201cMy dear Mr. Bennet,\u201d said his lady to him one day, \u201chave you heard that "
    "Netherfield Park is let at last?\u201d\n\n"
    "Mr. Bennet replied that he had not.\n"
)
BAD = _TEXT.replace("Netherfield", "Nether\ud83dfield")
FIXED = BAD.replace("\ud83d", "\ufffd")


def _plain(value):
    """``value`` as comparable lists, dicts and strs (arrays listed, dataclasses by
    their fields, a surrogate in a str read as U+FFFD)."""
    if isinstance(value, np.ndarray):
        return value.tolist()
    if isinstance(value, str):
        return value.replace("\ud83d", "\ufffd")
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_plain(v) for v in value]
    return value


def _cleaned(cleaned, n):
    """``clean_text``'s result, its offset map read at every offset of its text."""
    back = cleaned.to_input.to_source(np.arange(len(cleaned.text) + 1))
    return cleaned.text, cleaned.cuts, back, cleaned.not_prose, n


def _unwrapped(text, offsets):
    """``unwrap_text``'s text, its offset map read at every offset of its text."""
    return text, offsets.to_source(np.arange(len(text) + 1))


def _tokenized(text, tokenizer):
    doc = structure.analyze_document(Document("pp", "pp.txt", text, split="train"))
    (out,) = tokenize.tokenize_documents([doc], tokenizer)
    return out


def _rows(text, tokenizer):
    rows, pending = chunking.chunk_document(
        _tokenized(text, tokenizer), 32, ChunkConfig(windows=(32,), overlap=8)
    )
    return [{k: v for k, v in r.items() if k != "chunk_id"} for r in rows], pending


_CALLS = {
    "normalize_text": lambda t, tok: normalize.normalize_text(t),
    "clean_text": lambda t, tok: _cleaned(clean.clean_text(t), len(t)),
    # review of session 43: the unwrapper's own entry points (UTF-16 units) raised too
    "find_wraps": lambda t, tok: unwrap.find_wraps(t),
    "find_edits": lambda t, tok: unwrap.find_edits(t),
    "unwrap_text": lambda t, tok: _unwrapped(*unwrap.unwrap_text(t)),
    "find_boilerplate": lambda t, tok: boilerplate.find_boilerplate(t),
    "prose_problem": lambda t, tok: prose.prose_problem(t),
    "html_to_text": lambda t, tok: html_text.html_to_text("<p>" + t + "</p>"),
    "find_headings": lambda t, tok: sections.find_headings(t),
    "find_sections": lambda t, tok: sections.find_sections(t),
    "drop_lists": lambda t, tok: contents.drop_lists(contents.scan_lines(t), []),
    "sentence_spans": lambda t, tok: sentences.sentence_spans(t),
    "paragraph_starts": lambda t, tok: paragraphs.paragraph_starts(t),
    "unit_terms": lambda t, tok: topics.unit_terms(t, sentences.sentence_spans(t)),
    "eligible_sentences": lambda t, tok: key_sentences.eligible_sentences(
        t, sentences.sentence_spans(t), 6.0
    ),
    "layout": lambda t, tok: structure.layout(t),
    "analyze_text": lambda t, tok: structure.analyze_text(t),
    "shingle_hashes": lambda t, tok: near_duplicates.shingle_hashes(t, 5),
    "signature": lambda t, tok: near_duplicates.signature(t, near_duplicates.NearDuplicateConfig()),
    "encode_text": lambda t, tok: tokenize_pieces.encode_text(tok, t),
    "tokenize_documents": _tokenized,
    "chunk_document": _rows,
}


@pytest.fixture(scope="module")
def tokenizer(tiny_tokenizer_path):
    return tokenize.load_tokenizer(tiny_tokenizer_path)


@pytest.mark.parametrize("name", list(_CALLS))
def test_a_lone_surrogate_reads_as_a_replacement_character(name, tokenizer):
    """Clause surrogates_read_as_replacement: the call with the surrogate returns what
    the call with U+FFFD in its place returns (no error, every offset the same)."""
    got = _CALLS[name](BAD, tokenizer)
    want = _CALLS[name](FIXED, tokenizer)
    assert _plain(got) == _plain(want)


def test_the_tokenized_text_holds_the_replacement(tokenizer):
    """The tokens index the text they were made of: U+FFFD where the surrogate was, the
    length as given (base43: ``tokenizer_error``, "TextInputSequence must be str")."""
    out = _tokenized(BAD, tokenizer)
    assert not isinstance(out, Exception), out
    assert out.text == FIXED and len(out.text) == len(BAD)
    assert out.token_offsets[-1][1] == len(BAD)


def test_the_outermost_call_reads_the_text_once(monkeypatch):
    """The outermost decorated call decides: ``analyze_text`` reads the whole text again
    once (base43's own rule), not each inner step (``layout``, ``drop_lists``,
    ``eligible_sentences``) part of it replaced and the rest as given."""
    from transforms import surrogates

    calls = []
    real = surrogates.replaced
    monkeypatch.setattr(surrogates, "replaced", lambda text: calls.append(len(text)) or real(text))
    structure.analyze_text(BAD)
    assert calls == [len(BAD)]


def test_other_errors_are_raised_as_before():
    """Guard: an error over text without a surrogate is not retried nor hidden."""
    with pytest.raises(ValueError, match="non-empty text"):
        structure.analyze_text("")


def test_another_error_with_a_surrogate_is_not_retried():
    """Review of session 43: a ValueError inside a decorated function, over text that
    holds a surrogate, is raised once, the same object, the call not made again."""
    from transforms.surrogates import reads_surrogates

    calls, error = [], ValueError("the caller's own error")

    @reads_surrogates()
    def fails(text):
        calls.append(text)
        raise error

    with pytest.raises(ValueError) as raised:
        fails(BAD)
    assert raised.value is error and calls == [BAD]


def test_the_flag_is_each_threads_own():
    """Review of session 43 (Beam's DirectRunner runs bundles in threads): while one
    thread is inside a decorated call, another thread's call with a surrogate is still
    its own outermost call and reads the text with U+FFFD (a flag shared by the threads
    would pass its error up to no one)."""
    import threading

    from transforms.surrogates import reads_surrogates

    inside, done, got = threading.Event(), threading.Event(), {}

    @reads_surrogates()
    def waits(text):
        inside.set()
        done.wait(30)
        return text

    first = threading.Thread(target=waits, args=(_TEXT,))
    first.start()
    assert inside.wait(30)
    try:
        got["lines"] = contents.drop_lists(contents.scan_lines(BAD), [])
    finally:
        done.set()
        first.join()
    want = contents.drop_lists(contents.scan_lines(FIXED), [])
    assert _plain(got["lines"]) == _plain(want)


def test_an_encode_error_without_a_surrogate_is_raised_as_it_was():
    """Review of session 43 (a plant without ``if fixed is None: raise`` passed every
    test): a UnicodeEncodeError over text that holds no surrogate (Pride and Prejudice's
    curly quotes under ASCII) is the caller's: raised once, the same object."""
    from transforms.surrogates import reads_surrogates

    calls, errors = [], []

    @reads_surrogates()
    def as_ascii(text):
        calls.append(text)
        try:
            return text.encode("ascii")
        except UnicodeEncodeError as error:
            errors.append(error)
            raise

    with pytest.raises(UnicodeEncodeError) as raised:
        as_ascii(_TEXT)
    assert calls == [_TEXT] and raised.value is errors[0]
