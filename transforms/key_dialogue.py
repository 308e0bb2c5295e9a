"""Rule ``bare_dialogue_line`` (session 49) of ``transforms.key_sentences``: a short
speech with at most a speech tag is no key sentence.

In a novel the most central sentences are dialogue lines: they share "said" / "道"
and the speakers' names with thousands of others. Read on 43 user books (session 49),
38% of the key sentences were dialogue lines, most of them a short speech and its tag
only: Oliver Twist's "'Here it is, sir,' said Oliver, showing it in his hand." or
"'Don't sigh, Mrs. Corney,' said Mr. Bumble.", 西游记's '行者道：“你且住，等老孙问他去来。”'.
Out of their scene, such a line tells a reader (or a model reading the memory prefix)
nothing to remember.

A sentence is a bare dialogue line when

* some of its words lie inside quotation marks (“…”, ‘…’, "…", '…' by its place,
  「…」, 『…』; a sentence that opens inside a speech begun earlier, "But come,' said
  the young gentleman; …", counts its text up to the first closing mark as quoted);
* clause ``speech_shaped``: the quotation is a speech: it opens the sentence (or the
  sentence opens inside one), or it follows a colon or comma ('A spokesperson said: "…',
  '行者道：“…'); a quotation after a word inside narration is a title or scare quotes
  (BBC's 'Mr Cunningham went on to become Tony Blair's "cabinet enforcer".', 'GM said it
  was expecting "reduced financial losses" in Europe in 2005.'), no dialogue;
* the words outside them are at most ``TAG_WORDS`` (4: "said the old gentleman",
  "replied poor Giles", "三藏问道", "悟净看见了八戒道": a speaker and a verb, no
  narration): a sentence that also narrates ("行者闻言，急抽身走入里面，将糕递与三藏道：
  …") stays;
* clause ``short_speech_manner_tag``: when the quoted words are fewer than
  ``min_words`` (the speech alone would be ``too_short``), the words outside may be up
  to ``SHORT_SPEECH_TAG_WORDS`` (8): a tag with the manner or a gesture ("“Yes,” said
  Eustacia, with a little more hauteur.", "'Here it is, sir,' said Oliver, showing it
  in his hand.");
* the quoted words are fewer than ``DIALOGUE_FACTOR`` (2) times ``min_words`` (12
  words, 24 CJK characters with the default 6): a long speech ("'I have taken the
  measure of the two women that died last night, Mr. Bumble,' said the undertaker.")
  stays, and so does everything with ``key_min_words`` 0.

Clause ``dialogue_scenes``: the rule acts only in a document holding at least
``DIALOGUE_MIN_LINES`` (20) such candidates: a narrative with dialogue scenes. Counted over
all sentences (not only candidates), the 43 user books' novels hold 79-9,925 such lines, the
shared novels 156-11,881. A news article quotes its sources, and there a short speech is a
statement of the story (BBC's 'Mr Kennedy said: "Britain is the fourth-largest economy in
the world.'): the 1,313 BBC articles hold at most 10 each (15 of their 1,440 key sentences
were such lines without this clause, ROUGE-2 0.8006 -> 0.7953). A long essay or treatise
with many short quotations passes the gate too (the shared Pliny, pg62704: 118 over all
sentences). The groups of ``eligible_groups`` are counted apart (the rule reads their texts
alone), so a book with fewer than 20 bare groups keeps them.

Words are counted as ``key_sentences.sentence_lengths`` counts them (a run holding two
letters; a CJK character half a word). Only candidates shorter than 16 words (with the
default ``min_words``: the larger of ``TAG_WORDS`` + ``DIALOGUE_FACTOR`` * ``min_words`` and
``SHORT_SPEECH_TAG_WORDS`` + ``min_words``) that hold a quotation mark are read. Since
session 50 (``batched_bare_lines``) they are read together: joined by a separator, their
quotation marks and speech openings classed on the code points in a few array passes, the
words outside counted in two regex passes over all of them; the verdicts are those of
``is_bare_dialogue`` a sentence at a time (the rule's definition, kept for a text holding
the separator), proved equal on whole books. The rule's CPU on 水浒传 / 红楼梦 / 西游记
fell to 0.4-0.7 of the per-sentence reading (docs/PERFORMANCE.md, session 50).
"""

from __future__ import annotations

import re

import numpy as np

from transforms.char_classes import code_points

TAG_WORDS = 4
SHORT_SPEECH_TAG_WORDS = 8
DIALOGUE_FACTOR = 2.0
DIALOGUE_MIN_LINES = 20

_CJK = "\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff"
_ANY_MARK = re.compile("[\"'“”‘’「」『』]")
# A quoted stretch: an opening mark to its closing mark (or the sentence's end).
# "’" between two letters is an apostrophe (don’t), so is "'" (don't); an ASCII "'"
# opens only where no letter or digit stands before it and closes only where none
# stands after it.
_QUOTED = re.compile(
    r"“[^”]*(?:”|$)"
    r"|‘(?:[^’]|’(?=\w))*(?:’|$)"
    r'|"[^"]*(?:"|$)'
    r"|(?<!\w)'(?=\S)(?:[^']|(?<=\w)'(?=\w))*(?:'(?!\w)|$)"
    r"|「[^」]*(?:」|$)"
    r"|『[^』]*(?:』|$)",
    re.S,
)
# The first quotation mark of a sentence; group "close" when it closes (the sentence
# opens inside a speech begun earlier): "”」』", or "’"/"'" after a sentence mark or
# dash and before no letter ("…you,' said": "the boys' hats" is no speech's end).
_FIRST_MARK = re.compile(r"(?P<close>[”」』]|(?<=[,.!?;:—-])['’](?!\w))|[“‘\"「『]|(?<!\w)'(?=\S)")
# Clause speech_shaped: a quotation that opens the sentence (after spaces or dashes), or
# follows a colon or comma ('A Conservative spokesperson said: "…', '行者道：“…', 'he said,
# “…'): a speech. One inside a sentence after a word is a title or scare quotes (BBC's
# 'Mr Cunningham went on to become Tony Blair's "cabinet enforcer".').
_SPEECH_OPENS = re.compile(r"^[\s—–-]*[“‘\"'「『]|[:：,，][ \t]*[“‘\"'「『]")
_WORD = re.compile(rf"[^\W\d_{_CJK}]{{2}}[^\s{_CJK}]*")
_CJK_CHAR = re.compile(rf"[{_CJK}]")


def _words(s: str) -> float:
    return len(_WORD.findall(s)) + 0.5 * len(_CJK_CHAR.findall(s))


def _quoted(sentence: str, first: re.Match | None) -> tuple[float, list[str]]:
    """The quoted words of ``sentence`` and its pieces outside quotation marks."""
    quoted = 0.0
    rest = sentence
    if first and first.group("close"):
        quoted += _words(sentence[: first.end()])
        rest = sentence[first.end() :]
    outside = []
    at = 0
    for m in _QUOTED.finditer(rest):
        outside.append(rest[at : m.start()])
        quoted += _words(m.group())
        at = m.end()
    outside.append(rest[at:])
    return quoted, outside


def dialogue_parts(sentence: str) -> tuple[float, float]:
    """(quoted words, other words) of ``sentence`` (module docstring)."""
    quoted, outside = _quoted(sentence, _FIRST_MARK.search(sentence))
    return quoted, _words("".join(outside))


def is_bare_dialogue(sentence: str, min_words: float, total: float | None = None) -> bool:
    """Rule ``bare_dialogue_line`` for one sentence (module docstring). ``total``: its
    ``sentence_lengths`` when known (the words outside are then total - quoted)."""
    first = _FIRST_MARK.search(sentence)
    if first is None:
        return False
    if not first.group("close") and not _SPEECH_OPENS.search(sentence):
        return False  # clause speech_shaped
    if total is not None:  # one count of the words outside; quoted = total - other
        rest = sentence[first.end() :] if first.group("close") else sentence
        other = _words(_QUOTED.sub(" ", rest))
        if other > SHORT_SPEECH_TAG_WORDS:
            return False
        quoted = total - other
    else:
        quoted, outside = _quoted(sentence, first)
        other = _words("".join(outside))
    if not 0 < quoted < DIALOGUE_FACTOR * min_words:
        return False
    # Clause short_speech_manner_tag: a speech too short to be a key sentence alone
    # may carry a tag with its manner ("“Yes,” said Eustacia, with a little more hauteur.").
    return other <= (SHORT_SPEECH_TAG_WORDS if quoted < min_words else TAG_WORDS)


def bare_dialogue_lines(
    text: str, spans: np.ndarray, candidates: np.ndarray, lengths: np.ndarray, min_words: float
) -> np.ndarray:
    """Rule ``bare_dialogue_line``: the indices among ``candidates`` of the sentences
    that are a short speech with at most a speech tag. ``lengths``: every sentence's
    ``sentence_lengths``. Read in one batch (``batched_bare_lines``); a text holding
    the batch's separators (NUL, U+0001) is read a sentence at a time."""
    if min_words <= 0 or not len(candidates):
        return np.zeros(0, dtype=np.int64)
    candidates = np.asarray(candidates, dtype=np.int64)
    bound = max(TAG_WORDS + DIALOGUE_FACTOR * min_words, SHORT_SPEECH_TAG_WORDS + min_words)
    short = candidates[lengths[candidates] < bound]
    if _SEP in text or _WORD_SIGN in text:
        out = _bare_lines_one_by_one(text, spans, short, lengths, min_words)
    else:
        out = batched_bare_lines(text, spans, short, lengths, min_words)
    if len(out) < DIALOGUE_MIN_LINES:  # clause dialogue_scenes
        return np.zeros(0, dtype=np.int64)
    return np.asarray(out, dtype=np.int64)


def _bare_lines_one_by_one(
    text: str, spans: np.ndarray, short: np.ndarray, lengths: np.ndarray, min_words: float
) -> list[int]:
    """``is_bare_dialogue`` a sentence at a time (the rule's definition)."""
    out = []
    rows = zip(
        short.tolist(),
        spans[short, 0].tolist(),
        spans[short, 1].tolist(),
        lengths[short].tolist(),
        strict=True,
    )
    for i, a, b, n in rows:
        s = text[a:b]
        if _ANY_MARK.search(s) and is_bare_dialogue(s, min_words, float(n)):
            out.append(i)
    return out


# Batch reading (``batched_bare_lines``): the short candidates joined by _SEP, read at once. The marks are classed on the joined text's code points
# as _FIRST_MARK classes them (a separator stands where a sentence alone has nothing: no
# letter, no space, no sentence mark); the other patterns are rewritten for the joined
# text: no class crosses a separator, "$" is "(?=\x00)" (the separator ahead), and every
# pattern opens with one character class, so the regex engine skips ahead to its
# characters (a leading lookbehind or a choice of classes reads every position).
_SEP = "\x00"
_WORD_SIGN = "\x01"
# Character classes by code point, one table: every class lies in the BMP (the last entry,
# none, stands for every code point past it).
_CLOSER, _OPENER, _APOSTROPHE, _BEFORE_CLOSE, _SPACE, _TAB_SPACE, _DASH, _COLON, _CJK_BIT = (
    1 << i for i in range(9)
)
_CLASSES = np.zeros(0x10001, dtype=np.uint16)
for _chars, _bit in (
    ("”」』", _CLOSER),
    ('“‘"「『', _OPENER),
    ("'’", _APOSTROPHE),
    (",.!?;:—-", _BEFORE_CLOSE),
    ("".join(chr(c) for c in range(0x3001) if chr(c).isspace()), _SPACE),
    (" \t", _TAB_SPACE),
    ("—–-", _DASH),
    (":：,，", _COLON),
):
    _CLASSES[[ord(c) for c in _chars]] |= _bit
for _lo, _hi in ((0x3040, 0x30FF), (0x3400, 0x9FFF), (0xF900, 0xFAFF)):
    _CLASSES[_lo : _hi + 1] |= _CJK_BIT
_QUOTED_J = re.compile(
    r"“[^”\x00]*(?:”|(?=\x00))"
    r"|‘(?:[^’\x00]|’(?=\w))*(?:’|(?=\x00))"
    r'|"[^"\x00]*(?:"|(?=\x00))'
    r"|'(?<!\w.)(?=[^\s\x00])(?:[^'\x00]|(?<=\w)'(?=\w))*(?:'(?!\w)|(?=\x00))"
    r"|「[^」\x00]*(?:」|(?=\x00))"
    r"|『[^』\x00]*(?:』|(?=\x00))"
)
_WORD_J = re.compile(rf"[^\W\d_{_CJK}][^\W\d_{_CJK}][^\s\x00{_CJK}]*")


def _joined(pieces: list[str]) -> tuple[str, np.ndarray]:
    """``pieces`` joined by _SEP (one before, between and after) and each piece's start."""
    lens = np.fromiter(map(len, pieces), dtype=np.int64, count=len(pieces))
    starts = np.cumsum(lens + 1) - lens
    return _SEP + _SEP.join(pieces) + _SEP, starts


def _classes(codes: np.ndarray) -> np.ndarray:
    return _CLASSES[np.minimum(codes, len(_CLASSES) - 1)]


def _char_test(codes: np.ndarray, test) -> np.ndarray:
    """``test(chr(code))`` of every code (read once per distinct code)."""
    uniq, inverse = np.unique(codes, return_inverse=True)
    return np.array([test(chr(c)) for c in uniq.tolist()], dtype=bool)[inverse]


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # the regex engine's \w


def _last_before(where: np.ndarray, at: np.ndarray) -> np.ndarray:
    """For each position of ``at``, the last position of ``where`` before it."""
    return where[np.searchsorted(where, at) - 1]


def _first_marks(codes: np.ndarray, classes: np.ndarray, starts: np.ndarray, ends: np.ndarray):
    """Per piece of a joined text: whether it holds a first mark, the mark's place and
    whether it closes, as ``_FIRST_MARK.search`` finds them."""
    close = (classes & _CLOSER) != 0
    mark = close | ((classes & _OPENER) != 0)
    at = np.flatnonzero(classes & _APOSTROPHE)  # "'" and "’": by their neighbours
    if len(at):
        before, after = codes[at - 1], codes[at + 1]
        word_after = _char_test(after, _is_word_char)
        closes = ((_classes(before) & _BEFORE_CLOSE) != 0) & ~word_after
        opens = (codes[at] == ord("'")) & ~_char_test(before, _is_word_char)
        opens &= (after != 0) & ((_classes(after) & _SPACE) == 0)
        close[at] = closes
        mark[at] = closes | opens
    marks = np.flatnonzero(mark)
    i = np.searchsorted(marks, starts)
    first = marks[np.minimum(i, len(marks) - 1)] if len(marks) else starts.copy()
    has = (i < len(marks)) & (first < ends)
    return has, first, has & close[first]


def _speech_opens(codes: np.ndarray, classes: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """Per piece of a joined text: clause speech_shaped as ``_SPEECH_OPENS.search`` reads
    it: a quotation mark after the sentence's start and spaces or dashes only, or after
    a colon or comma and spaces or tabs only."""
    at = np.flatnonzero((classes & _OPENER) | (codes == ord("'")))
    after_colon = (
        _classes(codes[_last_before(np.flatnonzero((classes & _TAB_SPACE) == 0), at)]) & _COLON
    ) != 0
    lead = _last_before(np.flatnonzero((classes & (_SPACE | _DASH)) == 0), at)
    at = at[after_colon | (codes[lead] == 0)]
    opens = np.zeros(len(starts), dtype=bool)
    opens[np.searchsorted(starts, at, "right") - 1] = True
    return opens


def _words_outside(rests: list[str]) -> np.ndarray:
    """``_words(_QUOTED.sub(" ", rest))`` of every rest, in two passes over them all."""
    joined, _ = _joined(rests)
    codes = code_points(_WORD_J.sub(_WORD_SIGN, _QUOTED_J.sub(" ", joined)))
    seps = np.flatnonzero(codes == 0)

    def per_rest(mask: np.ndarray) -> np.ndarray:
        cum = np.concatenate(([0], np.cumsum(mask)))
        return cum[seps[1:]] - cum[seps[:-1]]

    return per_rest(codes == 1) + 0.5 * per_rest((_classes(codes) & _CJK_BIT) != 0)


def batched_bare_lines(
    text: str, spans: np.ndarray, short: np.ndarray, lengths: np.ndarray, min_words: float
) -> np.ndarray:
    """``is_bare_dialogue`` of the sentences ``short`` (with their ``lengths``), read
    together: the same verdicts as ``_bare_lines_one_by_one`` (tests hold them equal on
    real books), a few passes over all of them instead of a few regex calls each.
    ``text`` holds neither _SEP nor _WORD_SIGN."""
    if not len(short):
        return np.zeros(0, dtype=np.int64)
    a, b = spans[short, 0], spans[short, 1]
    pieces = [text[i:j] for i, j in zip(a.tolist(), b.tolist(), strict=True)]
    joined, starts = _joined(pieces)
    codes = code_points(joined)
    classes = _classes(codes)
    has, first, closes = _first_marks(codes, classes, starts, starts + (b - a))
    opens = _speech_opens(codes, classes, starts)  # clause speech_shaped
    keep = np.flatnonzero(has & (closes | opens))
    if not len(keep):
        return np.zeros(0, dtype=np.int64)
    # After a closing first mark the rest of the sentence is read (its head is quoted).
    cut = np.where(closes[keep], first[keep] + 1 - starts[keep], 0)
    rests = [p[c:] for p, c in zip([pieces[k] for k in keep.tolist()], cut.tolist(), strict=True)]
    other = _words_outside(rests)
    quoted = lengths[short[keep]] - other
    tag = np.where(quoted < min_words, SHORT_SPEECH_TAG_WORDS, TAG_WORDS)  # manner tag
    bare = (0 < quoted) & (quoted < DIALOGUE_FACTOR * min_words) & (other <= tag)
    return short[keep[bare]]
