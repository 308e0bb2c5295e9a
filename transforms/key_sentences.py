"""Key sentences: LexRank-style centrality with TF-IDF cosine, by power iteration.

Sentences are rows of a sparse TF-IDF matrix X (CSR built from ``unit_terms``:
words minus stopwords, or CJK character bigrams), each row L2-normalized. The
similarity graph is S = X X^T with its diagonal removed; it is **never formed**:
every power-iteration step computes S r as X (X^T r) - diag(S) r, two sparse
products of cost O(nnz). PageRank on the row-normalized graph,

    r <- (1 - d) * p + d * P^T r,   P = D^-1 S,   D = diag(S 1),

converges in a few dozen steps, so a 100k-sentence book (a few million nonzeros)
costs a fraction of a second and O(nnz) memory, where the dense all-pairs graph
would be 10^10 entries. Sentences with no similarity (no terms) teleport.

``p`` is the teleport (personalization) distribution: uniform by default, or
biased towards the start of each section with ``lead_bias`` > 0, which helps on
news where the lead carries the point.

Only *eligible* sentences are ranked (``eligible_sentences``): a key sentence is
meant to be remembered (it fills the ``--memory-tokens`` prefix), so it must
say something on its own. Rules, each named and tested on real text:

* ``too_short``: fewer than ``min_words`` words (of two letters or more), a
  CJK character counting half a word (12 characters = 6 words). Dialogue tags
  ("Very true, he said.", "行者道：") and references ("See B. iii.") are
  short, and in a novel they are the most central sentences of all: they share
  "said" / "道" with thousands of others.
* ``heading``: a heading line (it is a title, not a statement).
* ``letterless_sentence``: a sentence without a letter ("1.", a First Folio
  numbered speaker label split from its speech by ``numbered_speaker_label``;
  "***"), even with ``key_min_words`` 0: it says nothing on its own.
* ``unterminated``: no sentence-final mark (. ! ? … ; and their CJK forms,
  before closing quotes or a footnote mark): contents-list lines ("Birds which
  are born with the tail first 493"), headings the structure pass did not
  catch, and text cut at the length limit. A sentence ending in a colon
  introduces what follows ("Tom said:", "宝玉笑道：") and is excluded too.
* ``contents_entry``: a sentence that ends on a section number at the start
  of a line ("1.2. " of "List of interesting text-mode program packages\n1.2.
  List of ...") after a line without a sentence mark: a contents list's
  entries run into each other, the next entry's number taking the period
  (the Debian Reference's lists of contents and of tables: 12 of the English
  book's key sentences, 3 of the Japanese one's first 4); and a sentence
  that is the rest of a line opening with a decimal section number ("9.11.3.
  仮想ディスクイメージファイルをマウント。": an entry whose title ends in a
  period) in a list of such lines (one right above or below it: a numbered
  paragraph set apart by blank lines, "1.1. The world is the totality of
  facts, not of things.", is a sentence of the text). Clause ``leader_entry``
  (session 29): a sentence that ends on a leader dot of a line ending in leaders and
  a page number ("12. Using the WebSocket Protocol from Other Specifications . . . ."
  | "66", RFC 6455's contents; "Generating SMTP Commands from RFC 822 Header Fields
  . . . . ." | "85", RFC 5321's): the dot is no full stop (a prose ". . . ." ends no
  line on a page number).
  Clause ``cjk_leader_entry`` (session 32, ``transforms.leader_sentences``): a sentence
  holding six or more "…" / "·" then a page number (社会契约论's run-on list
  "…论没有一种政府形式适宜于一切国家………………………１…１６第九章…").
* ``contents_list_sentence`` (session 32): a sentence that starts inside a contents
  list the structure pass found (``transforms.contents``, rule ``contents_list``; the
  list stays in the text by design): White-Jacket's "LI. ONE OF "THE PEOPLE" HAS AN
  AUDIENCE WITH THE COMMODORE ..." entries were 3 of its first key sentences.
* ``table_rule``: a sentence holding a rule line of an ASCII table
  ("+-----+", "|------+----|"): a table's cells split at a period inside a
  cell (the Debian Reference's package tables: 4 of the English book's 256
  key sentences, 5 of the Japanese one's).
* ``quote_fragment``: a CJK sentence whose 「」『』“” do not pair up, a piece
  of a quotation cut at its inner 。 (``transforms.cjk_quotes``); clause
  ``ascii_inner_quote_pairs`` (session 34, ``transforms.cjk_inner_quotes``): an odd
  count of ASCII "'" used as inner quotes (天龙八部's '经云:\'饮酒有三十六失。').
* ``speech_middle_sentence`` (session 33, ``transforms.cjk_quotes``): a CJK sentence
  that starts inside a quotation opened earlier on its line (a long speech's middle,
  no marks and no speaker); only on lines whose marks pair up.
* ``split_quote_candidate`` (session 33, ``transforms.key_quotes``): the sentences of
  a short quotation cut at its inner 。！？ ('那汉道："我自去叫他起来。' | '我和他赶人。"')
  are ranked as one candidate and picked together, with one score; it counts its
  sentences against k and the section quotas (clause ``group_counts_its_sentences``,
  ``transforms.key_select``: never more than k key sentences).
* ``latin_speech_candidate`` (session 38, ``transforms.latin_speech``): an English speech
  cut into 2-6 sentences is one candidate, scored by its sentences' mean (clause
  ``latin_speech_mean_score``, ``latin_speech_scores``); clauses ``latin_speech_whole_only``
  (session 40, ``latin_speech_pieces``, in ``transforms.structure``) and ``latin_speech_middle``
  (41): no sentence of a longer speech in one paragraph, or of one ineligible whole, is one.
* ``citation_entry`` (session 38, ``transforms.citation_entries``): a notes or bibliography
  entry ('[1-10]《邓小平年谱（1904-1974）》，1923 年 6 月 11 日，页 18；…', '…, p. 516.').
* ``cast_list_not_key`` (session 42, ``transforms.cast_list``): a line of a play's cast
  list ("HERMIA, daughter to Egeus, in love with Lysander.") or its scene line after it.
* ``stage_direction_not_key`` (session 43, ``transforms.stage_directions``): a play's stage
  direction ("[Enter KING JOHN, ARTHUR, and HUBERT.]", "Exeunt.", "SCENE: England.").
* ``chapter_end_formula`` (session 34, ``transforms.chapter_end_formulas``): a CJK
  sentence ending on a chapter novel's closing formula ("畢竟不知…，且聽下回分解。").
* ``bare_dialogue_line`` (session 49, ``transforms.key_dialogue``): a short speech with at
  most a speech tag ("'Don't sigh, Mrs. Corney,' said Mr. Bumble.", '行者道：“你且住，等老孙问他去来。”').
* ``repeated``: a later copy of an earlier sentence (same words, case and
  spacing aside); a refrain would otherwise fill the memory with itself.

A rule of the selection, not of eligibility (it compares a sentence with the
ones already picked, so it costs O(k) comparisons per pick, not all pairs):

* ``near_repeat``: a sentence whose character n-grams (``char_grams``: letters
  and digits lower-cased, everything else dropped; 2-grams of CJK text, else
  3-grams) have Jaccard
  >= ``NEAR_REPEAT_JACCARD`` with an already picked, higher-scored key sentence
  is passed over and the next one of its section is taken: the verses of a
  song that differ in one word ("……我心则降。" / "……我心则说。") would
  otherwise fill the memory with one line twice. The two must also share at
  least ``NEAR_REPEAT_MIN_SHARED`` grams: a Jaccard over a few grams is no
  evidence (孟子's answers "孟子曰：「可。" / "孟子曰：「否。" share 2 of 4 and say
  opposite things). Eligible sentences of the default ``min_words`` (12 CJK
  characters) that pass the Jaccard test already share 6 or more, so the
  floor only acts on shorter key sentences (``key_min_words`` below 6).

``unterminated`` and ``repeated`` are answered with arrays in
``transforms/sentence_rules.py`` (same masks as the per-sentence regex and keys).

The graph is built over eligible sentences only, so short tags do not lend
centrality to the sentences that resemble them.

Selection is per section, then across: each section gets a quota of the
document's k sentences in proportion to its number of eligible sentences
(largest remainder; clause ``section_keeps_one_key``: at least one for each section
with a candidate when k covers them all), and picks its top-scored sentences; ties break
by position. Scores are PageRank values times n (mean 1), float32; output in
document order.
"""

from __future__ import annotations

import functools
import re

import numpy as np

from transforms import key_quotes as kq
from transforms import literal_scan
from transforms.cast_list import cast_list_sentences
from transforms.chapter_end_formulas import chapter_end_formulas
from transforms.char_classes import pair_run_starts
from transforms.citation_entries import citation_entries
from transforms.cjk_inner_quotes import inner_quote_fragments
from transforms.cjk_quotes import quote_fragments, speech_middles
from transforms.key_dialogue import bare_dialogue_lines
from transforms.key_select import quotas, select_key_sentences  # noqa: F401  (re-exported)
from transforms.leader_sentences import cjk_leader_entries, leader_entries  # noqa: F401
from transforms.lexrank import lexrank, similarity_times, tfidf_rows  # noqa: F401  (re-exported)
from transforms.near_repeat import (  # noqa: F401  (re-exported)
    NEAR_REPEAT_JACCARD,
    NEAR_REPEAT_MIN_SHARED,
    PickedGrams,
    char_grams,
    near_repeat,
)
from transforms.sentence_rules import unterminated_or_repeated
from transforms.sorted_unique import (  # clauses isin_by_search, one_dtype_concatenate
    isin,
    zero_first,
)
from transforms.stage_directions import direction_sentences, is_play
from transforms.surrogates import reads_surrogates

_CJK = "\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff"
# A word: a run of non-space, non-CJK characters holding two letters in a row
# ("don't", "well-known", "“D’ye" are one word each). Numbers, "--" and the
# one-letter abbreviations of references ("[781] See end of B. iii.": 4 words)
# are not words.
_LETTER, _NON_SPACE = rf"[^\W\d_{_CJK}]", rf"[^\s{_CJK}]"
_WORD_START = re.compile(rf"{_LETTER}{{2}}{_NON_SPACE}*")


# Characters turned into code points at once: 4 bytes each plus the comparisons'
# masks, ~0.5 GB for a 50 MB document taken whole.
_CODE_CHARS = 1 << 22


def _cjk_positions(text: str) -> np.ndarray:
    code = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    return np.flatnonzero(
        ((code >= 0x3040) & (code <= 0x30FF))
        | ((code >= 0x3400) & (code <= 0x9FFF))
        | ((code >= 0xF900) & (code <= 0xFAFF))
    )


def sentence_lengths(text: str, spans: np.ndarray) -> np.ndarray:
    """Length of each span in words, a CJK character counting half a word.

    One regex scan for words and one array pass for CJK characters over the whole
    text (4 Mi characters at a time), then ``searchsorted``: no per-sentence
    Python work.
    """
    spans = np.asarray(spans, dtype=np.int64).reshape(-1, 2)
    words = pair_run_starts(text, _LETTER, _NON_SPACE)  # _WORD_START.finditer's starts
    cjk = np.concatenate(
        [np.zeros(0, np.int64)]
        + [_cjk_positions(text[a : a + _CODE_CHARS]) + a for a in range(0, len(text), _CODE_CHARS)]
    )

    def count(positions: np.ndarray) -> np.ndarray:
        return np.searchsorted(positions, spans[:, 1]) - np.searchsorted(positions, spans[:, 0])

    return count(words) + 0.5 * count(cjk)


@reads_surrogates()  # clause surrogates_read_as_replacement (transforms.surrogates)
def eligible_sentences(
    text: str,
    spans: np.ndarray,
    min_words: float,
    heading_starts: np.ndarray | None = None,
    list_spans: list[tuple[int, int]] | None = None,
) -> np.ndarray:
    """Boolean mask of the sentences that may be key sentences (module docstring:
    rules ``too_short``, ``letterless_sentence``, ``heading``, ``unterminated``, ``repeated``,
    ``quote_fragment``)."""
    spans = np.asarray(spans, dtype=np.int64).reshape(-1, 2)
    lengths = sentence_lengths(text, spans)
    ok = lengths >= min_words
    for i in np.flatnonzero(ok & (lengths == 0)):  # clause letterless_sentence
        if not any(ch.isalpha() for ch in text[spans[i, 0] : spans[i, 1]]):
            ok[i] = False
    if heading_starts is not None and len(heading_starts) and len(spans):
        ok &= ~isin(spans[:, 0], np.asarray(heading_starts, dtype=np.int64))
    if list_spans and len(spans):  # clause contents_list_sentence
        ok &= ~in_lists(spans[:, 0], list_spans)
    candidates = np.flatnonzero(ok)
    unterminated, repeated = unterminated_or_repeated(text, spans, candidates)
    ok[candidates[unterminated | repeated]] = False
    ok[contents_entries(text, spans)] = False
    ok[table_rules(text, spans)] = False
    ok[cjk_leader_entries(text, spans)] = False  # clause cjk_leader_entry
    ok[quote_fragments(text, spans, np.flatnonzero(ok))] = False
    ok[speech_middles(text, spans, np.flatnonzero(ok))] = False  # clause speech_middle_sentence
    ok[chapter_end_formulas(text, spans, np.flatnonzero(ok))] = False  # clause chapter_end_formula
    ok[inner_quote_fragments(text, spans, np.flatnonzero(ok))] = False  # ascii_inner_quote_pairs
    ok[citation_entries(text, spans, np.flatnonzero(ok))] = False  # clause citation_entry
    heads = () if heading_starts is None else heading_starts
    play = is_play(text)  # read once: cast_list_named and stage_direction_not_key need it
    ok[cast_list_sentences(text, spans, np.flatnonzero(ok), heads, play)] = False
    ok[direction_sentences(text, spans, np.flatnonzero(ok), play)] = (
        False  # stage_direction_not_key
    )
    ok[bare_dialogue_lines(text, spans, np.flatnonzero(ok), lengths, min_words)] = False
    return ok


def in_lists(starts: np.ndarray, list_spans: list[tuple[int, int]]) -> np.ndarray:
    """Clause ``contents_list_sentence``: which of ``starts`` lie in a contents list."""
    bounds = np.asarray(list_spans, dtype=np.int64).reshape(-1, 2)
    at = np.searchsorted(bounds[:, 0], starts, side="right") - 1
    return (at >= 0) & (starts < bounds[np.maximum(at, 0), 1])


eligible_groups = kq.eligible_groups  # clause split_quote_candidate


_TABLE_RULE = r"[ \t]*[+|]-{3,}[-+|]*[ \t]*(?=\n|\Z)"


def _line_matches(body: str, text: str) -> list[tuple[int, int]]:
    """(line start, end) of each match of the pattern ``body`` at the start of
    a line of ``text``: the first line, then after each "\\n" (the regex engine
    jumps from newline to newline: 0.05 CPU-s on the 30 English books against
    0.19 for "(?m)^", which it tries at every position)."""
    first = _compiled(body).match(text)
    out = [(0, first.end())] if first else []
    out.extend((m.start() + 1, m.end()) for m in _compiled("\n" + body).finditer(text))
    return out


@functools.cache
def _compiled(pattern: str) -> re.Pattern:
    return re.compile(pattern)


def table_rules(text: str, spans: np.ndarray) -> np.ndarray:
    """Rule ``table_rule`` (module docstring): indices of the sentences that
    hold a rule line of an ASCII table."""
    spans = np.asarray(spans, dtype=np.int64).reshape(-1, 2)
    if not len(spans) or not literal_scan.holds(text, "---"):
        return np.zeros(0, dtype=np.int64)
    at = np.fromiter((a for a, _ in _line_matches(_TABLE_RULE, text)), dtype=np.int64)
    idx = np.searchsorted(spans[:, 0], at, side="right") - 1
    keep = idx >= 0
    at, idx = at[keep], idx[keep]
    return np.unique(idx[at < spans[idx, 1]])


# A section number at a line's start ("1.2. ", " 4.5.2. ", "A.1. ") and what
# ends the line before it: a sentence mark (or a closer after one), or not.
_LINE_NUMBER = re.compile(r"\n[ \t\xa0]*(?:\d{1,3}|[A-Z])(?:\.\d{1,3})*\.[ \t\xa0]*(?=\S|\Z)")
# The title after a decimal section number ("9.11.3. 仮想ディスクイメージ...").
_DECIMAL_LINE = r"[ \t\xa0]*(?:\d{1,3}|[A-Z])(?:\.\d{1,3})+\.?[ \t\xa0]+(?=\S)"
_MARKED = re.compile(r"[.!?…;。！？；][\"'”’」』）)\]]*[ \t\xa0]*\Z")


def contents_entries(text: str, spans: np.ndarray) -> np.ndarray:
    """Rule ``contents_entry`` (module docstring): indices of the sentences that
    end on a line-initial section number after a line without a sentence mark,
    or that are the title of a line opening with a decimal section number.
    One regex scan over the text; only its matches at a sentence end are
    looked at."""
    spans = np.asarray(spans, dtype=np.int64).reshape(-1, 2)
    if not len(spans) or "." not in text:
        return np.zeros(0, dtype=np.int64)
    found = [(m.start() + 1, m.end()) for m in _LINE_NUMBER.finditer(text)]
    if not found:
        return np.zeros(0, dtype=np.int64)  # no line opens with a number
    numbered = {a for a, _ in found}  # starts of the lines that open with a number
    hit = np.flatnonzero(isin(spans[:, 1], np.asarray([b for _, b in found], dtype=np.int64)))
    # The title's start, or the number's when the sentence opens there (clause
    # cjk_number_opens of transforms.number_titles; rule list_marker).
    lines = [(a, b) for a, b in _line_matches(_DECIMAL_LINE, text) if _listed(text, a, numbered)]
    titles = np.asarray(
        [b for _, b in lines] + [b - len(text[a:b].lstrip(" \t\xa0")) for a, b in lines],
        dtype=np.int64,
    )
    out = [
        i for i in np.flatnonzero(isin(spans[:, 0], titles))
        if "\n" not in text[int(spans[i, 0]) : int(spans[i, 1])].rstrip()
    ]  # fmt: skip
    for i in hit:
        a, b = int(spans[i, 0]), int(spans[i, 1])
        head = text[a:b].rstrip()
        cut = head.rfind("\n")
        if cut > 0 and not _MARKED.search(head[:cut].rstrip()):
            out.append(i)
    out.extend(leader_entries(text, spans))  # clause leader_entry
    return np.asarray(out, dtype=np.int64)


def _listed(text: str, a: int, numbered: set[int]) -> bool:
    """Whether the line starting at ``a`` has a line opening with a section
    number right above or below it (no blank line between): an entry of a
    contents list. A numbered paragraph of a treatise ("1.1. The world is the
    totality of facts, not of things.") stands apart, a blank line around it."""
    below = text.find("\n", a) + 1
    above = text.rfind("\n", 0, a - 1) + 1 if a else -1
    return (below > 0 and below in numbered) or above in numbered


def lead_teleport(section_of: np.ndarray, lead_bias: float) -> np.ndarray:
    """Teleport weights 1 + lead_bias / (1 + position in section)."""
    n = len(section_of)
    if lead_bias <= 0 or n == 0:
        return np.ones(n)
    # Clause one_dtype_concatenate: np.concatenate (zero_first) for np.r_, one dtype.
    first = np.concatenate(([True], section_of[1:] != section_of[:-1]))
    run_start = np.maximum.accumulate(np.where(first, np.arange(n), 0))
    position = np.arange(n) - run_start
    return 1.0 + lead_bias / (1.0 + position)


def latin_speech_scores(indptr, ids, vocab_size, section_of, damping, lead_bias, eligible, units):
    """Clause ``latin_speech_mean_score`` (session 38, ``transforms.latin_speech``): the
    scores of the candidate ``units`` from the graph of the eligible sentences alone (the
    one ranked without groups: no other candidate's score moves), a group's score the mean
    of its eligible sentences' (0 when none is): a unit of two or three sentences takes as
    many slots of its section's quota, so it must be worth as much per sentence. Ranked as
    one vector, a group of English sentences (not CJK's short speeches) held the terms of
    all its sentences and out-ranked the single sentences (BBC ROUGE-2 0.8035 -> 0.7988)."""
    eligible = np.asarray(eligible, dtype=bool)
    keep = np.flatnonzero(eligible)
    sizes = np.diff(indptr)
    sub_indptr = zero_first(np.cumsum(sizes[keep]))
    teleport = lead_teleport(np.asarray(section_of)[keep], lead_bias)
    single = np.zeros(len(eligible))
    single[keep] = lexrank(
        sub_indptr, ids[np.repeat(eligible, sizes)], vocab_size, damping, teleport=teleport
    )
    total = zero_first(np.cumsum(single))
    count = zero_first(np.cumsum(eligible))
    a, b = units[:, 0], units[:, 1] + 1
    n = count[b] - count[a]
    return np.where(n > 0, (total[b] - total[a]) / np.maximum(n, 1), 0.0)


def key_sentence_count(n: int, ratio: float, top_k: int, min_k: int = 1) -> int:
    """k = clip(round(ratio * n), min_k, top_k) (top_k <= 0: no cap), <= n."""
    k = max(int(round(ratio * n)), min_k)
    if top_k > 0:
        k = min(k, top_k)
    return min(k, n)


def key_sentences(
    indptr: np.ndarray,
    ids: np.ndarray,
    vocab_size: int,
    section_of: np.ndarray,
    k: int,
    damping: float = 0.85,
    lead_bias: float = 0.0,
    eligible: np.ndarray | None = None,
    sentence_text=None,
    groups: np.ndarray | None = None,
    per_sentence: bool = False,
) -> tuple[np.ndarray, np.ndarray]:
    """Rank the ``eligible`` sentences of a document (all when None) and pick k
    by section quota. Returns sentence indices into the full document.
    ``sentence_text(i)`` (i into the full document): for rule ``near_repeat``.
    ``groups`` (``eligible_groups``): each ranked as one candidate, picked whole;
    ``per_sentence``: the sentences are ranked alone and a group scores their mean
    (clause ``latin_speech_mean_score``, ``latin_speech_scores``)."""
    if eligible is not None and groups is not None and len(groups):
        units = kq.candidate_units(np.asarray(eligible, dtype=bool), groups)
        unit_section = np.asarray(section_of)[units[:, 0]]
        if per_sentence:  # clause latin_speech_mean_score (transforms.latin_speech)
            scores = latin_speech_scores(
                indptr, ids, vocab_size, section_of, damping, lead_bias, eligible, units
            )
        else:
            sub_indptr, positions = kq.group_rows(indptr, units)
            teleport = lead_teleport(unit_section, lead_bias)
            scores = lexrank(sub_indptr, ids[positions], vocab_size, damping, teleport=teleport)
        chosen, scores = select_key_sentences(  # clause group_counts_its_sentences: <= k
            scores,
            unit_section,
            k,
            None if sentence_text is None else kq.unit_text(units, sentence_text),
            weights=units[:, 1] - units[:, 0] + 1,
        )
        return kq.expand_units(units, chosen, scores)
    if eligible is not None:
        eligible = np.asarray(eligible, dtype=bool)
        keep = np.flatnonzero(eligible)
        sizes = np.diff(indptr)
        sub_indptr = zero_first(np.cumsum(sizes[keep]))
        sub_ids = ids[np.repeat(eligible, sizes)]
        sub_text = None if sentence_text is None else (lambda i: sentence_text(int(keep[i])))
        chosen, scores = key_sentences(
            sub_indptr,
            sub_ids,
            vocab_size,
            np.asarray(section_of)[keep],
            k,
            damping,
            lead_bias,
            sentence_text=sub_text,
        )
        return keep[chosen].astype(np.int32), scores
    teleport = lead_teleport(section_of, lead_bias)
    scores = lexrank(indptr, ids, vocab_size, damping=damping, teleport=teleport)
    return select_key_sentences(scores, section_of, k, sentence_text)
