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
``SHORT_SPEECH_TAG_WORDS`` + ``min_words``) that hold a quotation mark are read, a few
regex passes each.
"""

from __future__ import annotations

import re

import numpy as np

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
    ``sentence_lengths``."""
    if min_words <= 0 or not len(candidates):
        return np.zeros(0, dtype=np.int64)
    candidates = np.asarray(candidates, dtype=np.int64)
    bound = max(TAG_WORDS + DIALOGUE_FACTOR * min_words, SHORT_SPEECH_TAG_WORDS + min_words)
    short = candidates[lengths[candidates] < bound]
    out = []
    # Plain Python lists: one numpy index per candidate and field cost as much as the test.
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
    if len(out) < DIALOGUE_MIN_LINES:  # clause dialogue_scenes
        out = []
    return np.asarray(out, dtype=np.int64)
