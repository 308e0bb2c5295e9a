"""Rule ``punkt_candidates``: Punkt sentence boundaries decided at the candidate
punctuation only, with the same answers as the ``punkt`` package's engine.

The package's ``PunktSentenceTokenizer.span_tokenize`` (what
``transforms.sentences`` ran before) finds every '.', '?', '!' followed by
whitespace or by a closing mark (its period-context regex), keeps the last one
of each run of marks not separated by ASCII whitespace, and for each builds a
``BoundaryCandidate`` and a *context* string (the word before the mark, the
mark, the whitespace and the next whitespace-delimited chunk). It then
word-tokenizes that context, makes a ``PunktToken`` object per token, runs both
annotation passes over all of them and answers "is some token other than the
last one a sentence break?". Nearly all of the cost is those objects and passes
(about 20 us per candidate) and a scan of the whole text for multi-character
punctuation ("..", "--", ". . .").

This engine runs the same period-context regex and the same grouping, and
decides each candidate from the only two tokens that can matter, with no
objects:

* A '?' or '!' always ends a sentence: it is a token of its own (both marks are
  non-word characters), the first pass marks it a break, the second pass only
  revisits period-final tokens, and a token always follows it in the context.
* For a '.', when the word before it and the chunk after it are *plain* (checked
  by ``_plain_word_regex`` and below), the context's tokens are: punctuation-only
  tokens without '.?!' (never a break), the period token ``T`` (the plain word
  plus the '.', with one opening quote glued on as Punkt's tokenizer does), the
  next token ``N`` (found with the package's own word regex), and tokens that
  cannot be breaks because they hold no '.?!' or are last. So the answer is
  exactly ``T``'s break flag after the second pass with ``N``, computed by
  ``_period_breaks``, which transcribes ``punkt.annotate.first_pass_annotation``,
  ``second_pass_annotation`` and ``ortho_heuristic`` for that case (collocation,
  number-only abbreviations, abbreviation + orthographic / sentence-starter
  heuristics, initials and numbers, the special initials rule).
* Anything else (a token of '.' alone, '..', commas or '--' in the word,
  Unicode spaces, a next chunk with a '.?!' in its middle, which can make the
  *next* word the break Punkt reports here) is answered by the package's own
  ``_context_has_sentbreak`` on the same context string: identical by
  construction: 3,177 of the 155,244 period candidates of the 30 Gutenberg
  books (2%).
* The multi-character scan is done only around a '.' followed by a space and
  another '.', resynchronized at the last character that no such run can cross,
  so it marks exactly the interior periods the whole-text scan marks.

The spans are then made exactly as the package makes them: the trailing
sentence ends at the last non-space, punctuation-only spans join the one before,
and closing quotes/brackets after a boundary move to the sentence before
(``_realign``, same regex, matched in place rather than on a slice).

Equality is tested against the package's engine on real books and hand-made
cases (tests/transforms/test_punkt_candidates.py) and measured over the 30
Gutenberg books by ``bench/punkt_engines.py``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import chain

from punkt.annotate import NON_INITIAL_PUNCTUATION as _NON_INITIAL
from punkt.rules.boundaries import _compile_period_context_regex
from punkt.rules.language import DEFAULT_LANGUAGE_VARS
from punkt.rules.orthography import OrthoContext
from punkt.rules.tokens import _RE_ELLIPSIS, _RE_INITIAL, _RE_NUMERIC, NUMBER_TYPE
from punkt.rules.words import _compile_word_regex

_LC = int(OrthoContext.LC)
_UC = int(OrthoContext.UC)
_MID_UC = int(OrthoContext.MID_UC)
_BEG_LC = int(OrthoContext.BEG_LC)
_SENT_END = re.compile(r"[.?!]")
_ONLY_SENT_END = re.compile(r"[.?!]+")
_RUN_CHARS = ".-"  # with spaces, what multi-character runs are made of
_SPACED_PERIODS = re.compile(r"\.(?=\s\.)")  # where a ". . ." run may hide a candidate
_CACHE_LIMIT = 50_000  # distinct words remembered per engine (~10 MB a table)


def _remember(cache: dict, key, value):
    """``cache[key] = value`` (the cache emptied first when it is full); ``value``."""
    if len(cache) >= _CACHE_LIMIT:
        cache.clear()
    cache[key] = value
    return value


def _plain_word_regex(lang_vars) -> re.Pattern:
    """The words before a '.' whose tokens are: tokens with no '.?!' (the prefix
    ending in a non-word character), then one token ending in the '.'.

    ``core``: no whitespace, non-word character, comma or '.?!' at the start
    and none of the first three inside; a '.' or '-' only before an ordinary
    character (so no '..', '--', and no trailing '.' or '-').
    """
    non_word = set(lang_vars.non_word_chars) | (set(lang_vars.sent_end_chars) - {"."})
    bad = re.escape("".join(sorted(non_word | {","})))
    start_bad = re.escape("".join(sorted(set(lang_vars.word_start_exclusions) | {"."})))
    prefix_char = re.escape("".join(sorted(non_word - set(lang_vars.sent_end_chars))))
    ordinary = rf"[^\s{bad}.\-]"
    return re.compile(
        rf"(?P<prefix>[^\s.?!]*[{prefix_char}])?"
        rf"(?P<core>(?![{start_bad}])(?:{ordinary}|[.\-](?={ordinary}))+)"
    )


class CandidatePunkt:
    """``span_tokenize`` with the boundaries of ``engine`` (a ``punkt``
    package ``PunktSentenceTokenizer``), decided from candidate tokens only."""

    def __init__(self, engine):
        self._engine = engine
        rules = engine.rules
        if (
            tuple(rules.sent_end_chars) != (".", "?", "!")
            or rules.multi_char_punct_pattern != DEFAULT_LANGUAGE_VARS.multi_char_punct_pattern
            or not rules.next_sentence_requires_space
        ):
            # The shortcuts below assume these (the interior-period search, the
            # runs of marks separated by whitespace).
            raise ValueError("punkt_candidates supports the default Punkt rules only")
        params = engine.params
        self._abbrev = frozenset(params.abbrev_types)
        self._numeric_abbrev = frozenset(params.numeric_abbrev_types)
        self._collocations = frozenset(params.collocations)
        self._colloc_first = frozenset(a for a, _ in params.collocations)
        self._starters = frozenset(params.sent_starters)
        self._ortho = dict(params.ortho_context)
        self._period_tokens: dict = {}
        self._next_tokens: dict = {}
        self._period_context = _compile_period_context_regex(rules)
        self._word = _compile_word_regex(rules)
        self._plain = _plain_word_regex(rules)
        self._excluded = frozenset(rules.word_start_exclusions)
        self._multi = re.compile(rules.multi_char_punct_pattern)
        self._realign_re = re.compile(rules.boundary_realignment_pattern, re.MULTILINE)
        # Characters a realignment can start with (tested over the BMP, once).
        self._realign_first = frozenset(
            c for c in map(chr, range(0x10000)) if self._realign_re.match(c + " ")
        )

    # -- candidates ----------------------------------------------------------

    def _interior_run(self, text: str, s: int) -> tuple[int, int, list[int], list[int]]:
        """Clause ``interior_run_once``: the stretch ``[q, e)`` of '.', '-' and
        spaces around ``s``, and the starts and last positions (its end - 1) of
        the multi-character runs in it as the package's left-to-right scan of
        the whole text finds them. No run crosses a character other than '.',
        '-' or a space, so the scan restarts after the last such character
        before ``s`` and stops at the next one; every position of the stretch
        has the same ``[q, e)``, so one call answers for all of them (a
        " . . . ." leader is read once, not once per '.')."""
        q = s
        while q and (text[q - 1] in _RUN_CHARS or text[q - 1].isspace()):
            q -= 1
        e, n = s, len(text)
        while e < n and (text[e] in _RUN_CHARS or text[e].isspace()):
            e += 1
        run_starts, run_lasts = [], []
        for run in self._multi.finditer(text, q, e):
            run_starts.append(run.start())
            run_lasts.append(run.end() - 1)
        return q, e, run_starts, run_lasts

    @staticmethod
    def _inside(s: int, run_starts: list[int], run_lasts: list[int]) -> bool:
        """Whether ``s`` lies in a run (sorted, apart) and is not its last position."""
        i = bisect_right(run_starts, s) - 1
        return i >= 0 and s < run_lasts[i]

    def _period_is_break(self, text: str, word_start: int, s: int, m: re.Match) -> bool:
        """Whether the period candidate ``m`` at ``s`` is a sentence break (the
        package's ``_context_has_sentbreak`` on the same context)."""
        word = text[word_start:s]
        period = self._period_tokens.get(word)
        if period is None:
            period = _remember(self._period_tokens, word, self._period_token(word))
        if period is True:
            return True  # a break whatever follows: T is not the context's last token
        if period is not False:
            ns, ne = m.span(2)
            if ns < 0:
                nxt = m.group(1)  # a single non-word character
            else:
                nxt = self._word.match(text, ns, ne).group()
                if ns + len(nxt) != ne and _SENT_END.search(text, ns, ne - 1):
                    nxt = None  # a later token of the chunk may be the break
            if nxt is not None:
                following = self._next_tokens.get(nxt)
                if following is None:
                    following = _remember(self._next_tokens, nxt, self._next_token(nxt))
                return self._period_breaks(period, following)
        context = text[word_start : s + 1] + m.group(1)
        return self._engine._context_has_sentbreak(context)

    def _period_token(self, word: str):
        """What the first pass knows about the period token of ``word`` + '.':
        False if ``word`` is not plain (ask the package), True if the token is a
        break whatever follows (not an abbreviation, initial or number, starts no
        collocation, no number-only abbreviation), else (abbreviation?, type
        without the period, initial?, number-only abbreviation?)."""
        plain = self._plain.fullmatch(word)
        if plain is None:
            return False
        prefix = plain.group("prefix")
        glue = prefix[-1] if prefix and prefix[-1] not in self._excluded else ""
        tok = glue + plain.group("core") + "."
        # First pass (punkt.annotate.first_pass_annotation): tok is not '.' and
        # does not end in '..', so it is an abbreviation or a break.
        stem = tok[:-1].lower()
        abbr = stem in self._abbrev or stem.rsplit("-", 1)[-1] in self._abbrev
        type_ = _RE_NUMERIC.sub(NUMBER_TYPE, tok.lower())
        if len(type_) > 1 and type_.endswith("."):
            type_ = type_[:-1]
        initial = _RE_INITIAL.match(tok) is not None
        numeric_abbrev = (type_[:-1] if type_.endswith(".") else type_).lower() in (
            self._numeric_abbrev
        )
        if not (abbr or initial or numeric_abbrev or type_ == NUMBER_TYPE) and (
            type_ not in self._colloc_first
        ):
            return True
        return abbr, type_, initial, numeric_abbrev

    def _next_token(self, nxt: str):
        """The next token after its first pass: (type without a sentence period,
        number?, first letter upper case?, orthographic verdict)."""
        next_type = _RE_NUMERIC.sub(NUMBER_TYPE, nxt.lower())
        is_number = next_type.startswith(NUMBER_TYPE)
        if nxt in ("?", "!", "."):
            next_break = True
        elif nxt.endswith(".") and not nxt.endswith("..") and not _RE_ELLIPSIS.match(nxt):
            next_stem = nxt[:-1].lower()
            next_break = not (
                next_stem in self._abbrev or next_stem.rsplit("-", 1)[-1] in self._abbrev
            )
        else:
            next_break = False
        if next_break and len(next_type) > 1 and next_type.endswith("."):
            next_type = next_type[:-1]
        upper = nxt[:1].isupper()
        return next_type, is_number, upper, self._ortho_verdict(nxt, next_type)

    def _period_breaks(self, period: tuple, following: tuple) -> bool:
        """The period token's break flag after the second pass
        (punkt.annotate.second_pass_annotation), given the next token."""
        abbr, type_, initial, numeric_abbrev = period
        next_type, next_is_number, next_upper, verdict = following
        if (type_, next_type) in self._collocations:
            return False
        if next_is_number and numeric_abbrev:
            return False
        if abbr and not initial:
            if verdict is True:
                return True
            if next_upper and next_type in self._starters:
                return True
        if initial or type_ == NUMBER_TYPE:
            if verdict is False:
                return False
            if (
                verdict is None
                and initial
                and next_upper
                and not (self._ortho.get(next_type, 0) & _LC)
            ):
                return False
        return not abbr

    def _ortho_verdict(self, nxt: str, next_type: str):
        """punkt.annotate.ortho_heuristic: True (starts a sentence), False, or
        None (unknown)."""
        if nxt in _NON_INITIAL:
            return False
        context = self._ortho.get(next_type, 0)
        first = nxt[:1]
        if first.isupper() and (context & _LC) and not (context & _MID_UC):
            return True
        if first.islower() and ((context & _UC) or not (context & _BEG_LC)):
            return False
        return None

    def _raw_spans(self, text: str) -> tuple[list[int], list[int]]:
        """The package's ``_candidate_spans`` then ``_absorb_punctuation_only``,
        as (starts, ends). Streams, keeping flat lists of ints: tuples kept
        alive would make the garbage collector walk a big heap (a Beam worker's)
        again and again."""
        # Word starts follow ASCII whitespace (string.whitespace) only.
        other_spaces = [c for c in "\t\r\x0b\x0c" if c in text]
        spaced = {m.start() for m in _SPACED_PERIODS.finditer(text)}
        starts, ends = [], []
        last_break = 0
        pending = None  # the last candidate seen: dropped if the next is in its run
        pending_s = pending_word = lo = 0
        run_q = run_e = 0  # the '.- ' stretch last read by _interior_run
        run_starts: list[int] = []
        run_lasts: list[int] = []
        for m in chain(self._period_context.finditer(text), (None,)):
            if m is not None:
                s = m.start()
                if s in spaced:
                    if not run_q <= s < run_e:
                        run_q, run_e, run_starts, run_lasts = self._interior_run(text, s)
                    if self._inside(s, run_starts, run_lasts):
                        continue
                ws = text.rfind(" ", lo, s)
                ws = max(ws, text.rfind("\n", ws if ws > lo else lo, s))
                for c in other_spaces:
                    ws = max(ws, text.rfind(c, ws if ws > lo else lo, s))
                if pending is None:
                    word_start = ws + 1 if ws > 0 else 0
                elif ws >= 0:
                    word_start = ws + 1
                else:  # no whitespace since the last mark: that one was mid-run
                    pending, word_start = None, pending_word
            if pending is not None and (
                # '?' and '!' are tokens of their own, breaks, never the last token.
                text[pending_s] != "."
                or self._period_is_break(text, pending_word, pending_s, pending)
            ):
                starts.append(last_break)
                ends.append(pending_s + 1)
                ns = pending.start(2)
                last_break = ns if ns >= 0 else pending_s + 1
            if m is not None:
                pending, pending_s, pending_word, lo = m, s, word_start, s
        end = len(text)
        while end and text[end - 1].isspace():
            end -= 1
        starts.append(last_break)
        ends.append(end)
        # Punctuation-only spans join the one before; empty spans go.
        out_starts, out_ends = [], []
        for a, b in zip(starts, ends, strict=True):
            if a >= b:
                continue
            if out_ends and text[a] in ".?!" and _ONLY_SENT_END.fullmatch(text, a, b):
                out_ends[-1] = b
                continue
            out_starts.append(a)
            out_ends.append(b)
        return out_starts, out_ends

    def starts_ends(self, text: str) -> tuple[list[int], list[int]]:
        """Sentence starts and ends, as the package's ``span_tokenize`` yields
        them (closing quotes/brackets realigned onto the sentence before)."""
        starts, ends = self._raw_spans(text)
        out_starts, out_ends = [], []
        realign = 0
        last = len(starts) - 1
        first = self._realign_first
        for index in range(len(starts)):
            start = starts[index] + realign
            end = ends[index]
            if index == last:
                if start < end:
                    out_starts.append(start)
                    out_ends.append(end)
                continue
            f0 = starts[index + 1]
            c = text[f0]
            if c in first or c > "\uffff":
                match = self._realign_re.match(text, f0, ends[index + 1])
            else:
                match = None
            if match:
                out_starts.append(start)
                out_ends.append(f0 + len(match.group().rstrip()))
                realign = match.end() - f0
            else:
                realign = 0
                if start < end:
                    out_starts.append(start)
                    out_ends.append(end)
        return out_starts, out_ends

    def span_tokenize(self, text: str) -> list[tuple[int, int]]:
        """The package's ``span_tokenize(text)``, as a list."""
        return list(zip(*self.starts_ends(text), strict=True))
