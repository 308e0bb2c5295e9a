"""Clause ``latin_speech_candidate`` (session 38) of ``transforms.key_sentences``: a speech in
double quotes that Punkt cut into two to six sentences is one key-sentence candidate.

English dialogue quotes a speech of several sentences, and Punkt ends a sentence inside it:
'“That is well.' | 'And now, about the shirts.' | 'Did your mother say how long it would
take her to make them?”' (Alger, Paul the Peddler). Each piece was a candidate alone, and
the key sentences held the pieces: 118 of 1,004 English key sentences of session 36's
twenty-book audit had double quotes that do not pair up ('“Well!” cried Miss Daisy Miller
with a laugh; “I guess I know my own mother.'). Here a run of two or three (since session 39,
``latin_speech_long_run``: up to six) consecutive sentences of one paragraph whose first
opens a speech, whose last closes it and whose middle ones (if any) hold no quote mark is a group, ranked as one candidate and picked
whole, as ``split_quote_candidate`` (``transforms.key_quotes``) does for CJK quotations
(same ``group_rows`` / ``select_key_sentences`` weights: the group counts its sentences
against k). Session 36's selection-time skip of the pieces (``latin_quote_fragment``,
reverted) passed over the pieces and cost the greedy loop +8-10% and BBC ROUGE; here no
candidate is passed over: the pieces become one candidate before the ranking.

Clause ``latin_speech_mean_score`` (``key_sentences.latin_speech_scores``): the sentences are
ranked alone, as without groups (no other candidate's score moves), and a group scores the
mean of its sentences' scores: it takes as many slots of its section's quota as it has sentences, so it
must be worth as much per sentence. Ranked as one vector (as CJK's short speeches are), a
group held all its sentences' terms and out-ranked single sentences (BBC ROUGE-2 0.8035 ->
0.7988; with the mean, 0.8006: the BBC references hold speech pieces, 'Mr Kennedy said:
"Britain is the fourth-largest economy in the world.', that are no candidates now).

Guards: only a text without CJK characters (a CJK text's “” are ``quote_fragment``'s);
curly marks: the first sentence opens one more “ than it closes, the last closes one more,
and neither holds a '"'; straight marks: the first sentence's last '"' opens (a letter,
digit or mark follows it, and it starts the sentence or follows a space or an opening
bracket or dash) and the last sentence's first '"' closes (it follows a non-space), and
neither holds a curly mark; no blank line between the sentences (a speech that runs over
paragraphs is no group: its first paragraph does not close); the group is at most
``MAX_SPEECH_CHARS`` characters; a longer speech keeps its pieces as they are. Clause
``latin_speech_long_run`` (session 39): a run is up to ``MAX_SPEECH_SENTENCES`` sentences,
the middle ones holding no quote mark.

Clause ``single_quote_speech`` (session 51, ``transforms.single_quote_speech``): in a text
whose speeches stand in single marks (‘…’, '…'), the groups and pieces are read from those.

Cost: the positions of “ ” " found once per document with one array pass over the text's
UTF-16 code units (only a text holding '"' or '“'), counted per sentence by ``span_counts``; a Python loop
over the few runs that open and close (Paul the Peddler: ~200).
"""

from __future__ import annotations

import numpy as np

from transforms.quote_marks import holds_cjk, span_counts
from transforms.single_quote_speech import single_quote_marks

# Clause latin_speech_long_run (session 39): speeches of up to six sentences and 1,000
# characters (session 38: three and 600). Of the 20 audit books' English key units, speech
# fragments 34 -> 17 (five sentences / 600: 26); BBC ROUGE-1/2/L 0.8542 / 0.8006 / 0.5304 ->
# 0.8542 / 0.8006 / 0.5303. The longer groups are seldom picked (their mean score): their
# pieces leave the candidates.
MAX_SPEECH_CHARS = 1000
MAX_SPEECH_SENTENCES = 6
# Clause latin_speech_long_run_short (review of session 39): a run of more than three
# sentences (the ones latin_speech_long_run added) holds at least this many characters a
# sentence, else its pieces stay as they are: Tom Sawyer's '“Well? | Well? | What did I make
# him do, Tom? | What did I make him do?”' (72 characters, 18 a sentence) was picked whole as
# a key sentence of four exclamations.
MIN_LONG_RUN_CHARS = 25
_NONE = np.zeros((0, 2), dtype=np.int64)
# The ``marks`` argument's default: not read yet (None is a reading: no speech marks).
UNREAD = object()


def _marks(text: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Ascending positions of “, ” and '"' in ``text``. Read from its UTF-16 code units
    (2 bytes a character: ~10 ms over text_speed's 30 English books, against ~50 ms from
    code points), which are its characters' positions when it has none past U+FFFF (as
    many units as characters); else from the code points."""
    units = text.encode("utf-16-le", "surrogatepass")
    if len(units) == 2 * len(text):
        cp = np.frombuffer(units, dtype=np.uint16)
    else:  # a character past the BMP takes two units: count code points
        cp = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    # '"' is 0x22; “ ” are 0x201C and 0x201D (one test: x | 1 == 0x201D).
    at = np.flatnonzero((cp == 0x22) | ((cp | 1) == 0x201D))
    code = cp[at]
    at = at.astype(np.int64)
    return at[code == 0x201C], at[code == 0x201D], at[code == 0x22]


def _opens(text: str, at: int, a: int) -> bool:
    """The '"' at ``at`` (in a sentence starting at ``a``) opens a quotation."""
    after = text[at + 1 : at + 2]
    if not after or after.isspace():
        return False
    return at == a or text[at - 1].isspace() or text[at - 1] in "([—-"


def sentence_marks(
    text: str, spans: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None:
    """Per sentence: opens a speech, closes one, its straight '"' count, holds no
    quotation mark; None when the text can hold no speech group (under two sentences,
    no double quote, CJK text). Clause ``speech_marks_once`` (session 52): the text's
    quote style (single or double marks, ``single_quote_speech``) is decided here, and
    ``latin_speech_groups`` and ``latin_speech_pieces`` take these arrays (``marks``)
    so a document decides it once (``transforms.structure``)."""
    spans = np.asarray(spans, dtype=np.int64).reshape(-1, 2)
    if len(spans) < 2 or holds_cjk(text):
        return None
    single = single_quote_marks(text, spans)  # clause single_quote_speech (session 51)
    if single is not None:
        return single
    if '"' not in text and "“" not in text:
        return None
    left, right, straight = _marks(text)
    o, c, q = (span_counts(m, spans) for m in (left, right, straight))
    d = o - c
    curly = (q == 0) & (o + c > 0)
    odd = (q % 2 == 1) & (o + c == 0)
    opens = (curly & (d == 1)) | odd
    closes = (curly & (d == -1)) | odd
    return opens, closes, q, (o + c + q) == 0


def latin_speech_groups(text: str, spans: np.ndarray, marks=UNREAD) -> np.ndarray:
    """(m, 2) int64 [first, last] sentence indices of the groups (module docstring),
    ascending and disjoint; ``marks``: ``sentence_marks(text, spans)`` when read before."""
    spans = np.asarray(spans, dtype=np.int64).reshape(-1, 2)
    if marks is UNREAD:
        marks = sentence_marks(text, spans)
    if marks is None:
        return _NONE
    opens, closes, q, plain = marks
    # The runs: an opener whose next sentence holding a mark closes, at most
    # MAX_SPEECH_SENTENCES sentences from it (clause latin_speech_long_run).
    marked = np.flatnonzero(~plain)
    first = np.flatnonzero(opens)
    at = np.searchsorted(marked, first, side="right")
    has = at < len(marked)
    first, nxt_mark = first[has], marked[at[has]]
    ok = closes[nxt_mark] & (nxt_mark - first < MAX_SPEECH_SENTENCES)
    runs = list(zip(first[ok].tolist(), nxt_mark[ok].tolist(), strict=True))
    out = []
    nxt = 0
    for i, j in runs:
        if i < nxt:
            continue  # inside the group found before
        a, b = int(spans[i, 0]), int(spans[j, 1])
        if b - a > MAX_SPEECH_CHARS or text.find("\n\n", a, int(spans[j, 0])) >= 0:
            continue
        if j - i >= 3 and b - a < MIN_LONG_RUN_CHARS * (j - i + 1):
            continue  # clause latin_speech_long_run_short
        if q[i]:  # straight marks: the first's last '"' opens, the last's first closes
            if not _opens(text, text.rfind('"', a, int(spans[i, 1])), a):
                continue
            first = text.find('"', int(spans[j, 0]), b)
            if first == spans[j, 0] or text[first - 1].isspace():
                continue
        out.append((i, j))
        nxt = j + 1
    return np.asarray(out, dtype=np.int64).reshape(-1, 2) if out else _NONE


def latin_speech_pieces(
    text: str, spans: np.ndarray, groups: np.ndarray, marks=UNREAD
) -> np.ndarray:
    """Clause ``latin_speech_whole_only`` (session 40): the sentences (indices, ascending)
    that open or close a speech of one paragraph, by the groups' quote tests, and lie in
    none of ``groups`` (the groups that are key sentences whole,
    ``key_quotes.eligible_groups``): the ends of a quotation that is no candidate whole,
    so no candidates either. Such a speech is longer than ``MAX_SPEECH_SENTENCES`` or
    ``MAX_SPEECH_CHARS`` ('“My dear companions and old friends,” said Old Cheeseman, “you
    have heard of my good fortune.' and six sentences more, Dickens), or ineligible whole
    (a speech broken off, '“Well,” said Winterbourne, “when you deal with natives…' |
    '…without your mother--”': ``unterminated``). Clause ``latin_speech_middle`` (session
    41): its middle sentences too (they hold no mark): a middle holds no speaker, and
    'He would follow the water-mains, creeping along streets…' (Wells' Bacteriologist) or
    'Better he not know as yet; perhaps he shall never know.' (Stoker) needs the sentence
    that names it. 662 keys of a 200-book mirror sample were such middles (25 of 30 read
    need their speaker); now other candidates are taken (BBC equal). A section's share of
    k follows its candidates, so a chapter of long speeches may cede keys to others: 16 of
    the 3,542 sections of the sample's changed books fell to no key (review, session 41);
    clause ``section_keeps_one_key`` (``transforms.key_select.quotas``) gives them one back
    when k covers every section with a candidate.

    Guards: the groups' tests (a straight '"' opens and closes by its place: a sentence
    whose first '"' opens closes no speech, so what lies before it is no middle, The
    Golden Bowl's '"His price is so moderate. | She waited but a moment. | "Five pounds.',
    a close mark lost; the next marked sentence must close: where it opens, as Taine's
    '“First hour: … | Fog. | … | “Second hour: …' (the blank line between lost in the
    mirror's text), the sentences before it are no middles; no blank line inside: a speech
    over paragraphs keeps its pieces, its middles too, as the BBC references copy them:
    'Jay-Z … said: "I have inherited two of the most important brands in hip-hop…'
    | '"I feel this is…'; leaving the openers of such paragraphs out cost ROUGE-1/2
    -0.0014 / -0.0017). ``marks``: ``sentence_marks(text, spans)`` when read before."""
    spans = np.asarray(spans, dtype=np.int64).reshape(-1, 2)
    if marks is UNREAD:
        marks = sentence_marks(text, spans)
    if marks is None:
        return np.zeros(0, dtype=np.int64)
    opens, closes, q, plain = marks
    covered = np.zeros(len(spans) + 1, dtype=np.int64)
    groups = np.asarray(groups, dtype=np.int64).reshape(-1, 2)
    np.add.at(covered, groups[:, 0], 1)
    np.add.at(covered, groups[:, 1] + 1, -1)
    free = np.cumsum(covered)[: len(spans)] == 0
    marked = np.flatnonzero(~plain)
    first = np.flatnonzero(opens & free)
    at = np.searchsorted(marked, first, side="right")
    has = at < len(marked)
    first, nxt_mark = first[has], marked[at[has]]
    ok = closes[nxt_mark]
    out = []
    for i, j in zip(first[ok].tolist(), nxt_mark[ok].tolist(), strict=True):
        a = int(spans[i, 0])
        if text.find("\n\n", a, int(spans[j, 0])) >= 0:
            continue  # a speech over paragraphs (guard above)
        if q[i] and not _opens(text, text.rfind('"', a, int(spans[i, 1])), a):
            continue
        if q[j]:  # straight marks: the last's first '"' closes
            at_q = text.find('"', int(spans[j, 0]), int(spans[j, 1]))
            if at_q == spans[j, 0] or text[at_q - 1].isspace():
                continue
        out.extend(range(i, j))  # the opener; clause latin_speech_middle: the middles
        if free[j]:  # a closer that opens an eligible group stays (Henty's telegram)
            out.append(j)
    return np.unique(np.asarray(out, dtype=np.int64))
