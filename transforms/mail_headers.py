"""Rule ``mail_header``: the header block of each message of a mailbox file
(mbox: a mailing-list archive, pipermail's monthly .txt, a saved folder) is cut,
so the messages' bodies train as text and the transport headers do not.

An mbox file is one message after another, each starting with a "From_" line
("From eloli@hotmail.com  Wed Sep 22 05:05:28 2004": "From ", the sender, a
date ending in the year), then its header fields ("Received: from ...",
"Message-ID: <...>", "List-Unsubscribe: ...", continued on indented lines) up
to the first blank line, then the body. Left as they were, the headers stood in
the training text, and their long "Received:" lines were picked as key
sentences. The block (the From_ line, its header fields and the blank line
after them) is cut; the blank line before the From_ line stays as the paragraph
break between two messages.

In the bodies, three things a training set does not want are cut too:

* clause ``mail_header.quoted_copy``: a run of quoted lines ("> ", "> > ")
  that repeats earlier messages of the same file (most of its lines of
  ``QUOTE_WORDS`` words or more have every word triple in an earlier body:
  word for word, re-wrapping aside; review 16: of 20 quoted passages of a book
  the file does not hold, none was taken for a copy under 17 MB of earlier
  bodies, Gutenberg books, even re-wrapped to 20 columns): a reply that quotes the whole message it answers trains the
  same text twice, three times down a thread. Cut where the copy is long
  (``QUOTE_LINES`` such lines or more) or nothing of the writer's follows it in
  the message; a short quote answered right under it stays (the reply needs
  it), and so does a quote of a message the file does not hold (the only copy),
  even in part (clause ``mail_header.quote_new_text``: a quoted line of 6
  words or more, most of whose word triples are in no earlier body, keeps its
  whole quote).
  The attribution line right over a cut quote ("On Sat, 2016-04-23 at 18:18
  +0200, Andy Grunwald wrote:", "2016-04-14 11:06 GMT+02:00 Jesus ... <jgb at
  example.com>:": ends with ":" and says "wrote"/"writes", or a time and an
  address, clause ``mail_header.attribution_address``) goes with it; so does
  one in another language ("Am ... schrieb Anna:", "Le ... a écrit :", "El ...
  escribió:", "... 写道：", clause ``mail_header.attribution_languages``) and
  one wrapped over two lines ("Am Mo., 15. Jan. 2025, 17:03 Anna <anna@...>"
  over "schrieb:", clause ``mail_header.attribution_wrapped``; its first line
  has a time and an address and ends no sentence, clause
  ``mail_header.head_shape``).
* clause ``mail_header.signature``: the signature, from the "-- " line (RFC
  3676's separator, "--" where the trailing space was lost) to the end of the
  message when that is at most ``SIG_LINES`` lines: the same name and links
  under every message of its writer. Clause ``mail_header.bare_dashes``: under
  a bare "--" (a writer's dash rule as often) only a signature's lines, at most
  ``BARE_SIG_LINES`` of them, each short or an address, link or phone number. Clause ``mail_header.sig_no_quote``: it
  ends before a quoted line, an attribution or a quoted message's header line
  under it (a reply signed above the message it answers keeps that message).
* clause ``mail_header.scrubbed``: pipermail's note where it took out an
  attachment ("-------------- next part --------------" over "An HTML
  attachment was scrubbed..." and its "URL: <...>"), up to the next blank line.

Only a From_ line followed at once by ``MIN_FIELDS`` header fields or more (a
sentence "From me  ... 2004" in a book is not followed by "Date: ..." lines),
whose date has a time of day (``mail_header.asctime``: "From the desk of H.
Finch, London, 1904" over "To:"/"Subject:" lines in a novel is no From_ line),
and only in a text that begins with such a block (``mail_header.mbox_start``: an
RFC or manual quoting an mbox example under its prose is left whole).
None of the 1,429 shared documents holds such a block.
"""

from __future__ import annotations

import re

from transforms import literal_scan
from transforms.textedit import Edit

RULE = "mail_header"  # listed in boilerplate.RULES
MIN_FIELDS = 2
QUOTE_WORDS = 3  # a quoted line this long (words) is compared with earlier text
QUOTE_LINES = 4  # a copy of this many compared lines is cut even when answered
SIG_LINES = 8  # at most this many lines after "-- " to the end of the message
NEW_GRAMS = 4  # a quoted line this long (word triples) can be new text
BARE_SIG_LINES = 4  # at most this many lines under a bare "--" (no space)
BARE_SIG_WORDS = 5  # a line of a signature under "--": at most this many words, or
_CONTACT = re.compile(r"@|\bat \S+\.\w|://|\bwww\.|\+?\d[\d ()./-]{6,}\d")  # ...a contact

_BLOCK = re.compile(
    # the From_ line; clause mail_header.asctime: its date has a time of day
    r"^From [^\s:]\S*(?: at \S+)?[ \t]+[^\n]*\d{1,2}:\d{2}[^\n]*\d{4}[ \t]*\n"
    r"(?P<fields>(?:[!-9;-~]+:[^\n]*\n(?:[ \t]+\S[^\n]*\n)*)+)"  # fields, continued
    r"(?:[ \t]*\n)?",  # the blank line ending the block
    re.MULTILINE,
)
_FIELD = re.compile(r"^[!-9;-~]+:", re.MULTILINE)


def mail_header_edits(text: str) -> list[Edit]:
    """The edits of rule ``mail_header``: each message's header block, sorted."""
    if not literal_scan.holds(text, "From "):
        return []
    # Clause mail_header.mbox_start: an mbox file begins with its first From_
    # line; a book or RFC quoting a message further down is left whole.
    first = _BLOCK.match(text, len(text) - len(text.lstrip()))
    if first is None or len(_FIELD.findall(first.group("fields"))) < MIN_FIELDS:
        return []
    blocks = [
        m for m in _BLOCK.finditer(text) if len(_FIELD.findall(m.group("fields"))) >= MIN_FIELDS
    ]
    edits = [Edit(m.start(), m.end(), "", RULE) for m in blocks]
    seen: set[int] = set()  # hashed word trigrams of the bodies before
    for k, m in enumerate(blocks):
        end = blocks[k + 1].start() if k + 1 < len(blocks) else len(text)
        edits += _body_edits(text, m.end(), end, seen)
    return _merged(edits)


_QUOTE = re.compile(r"^[ \t]*>[> \t]*")
# Clause mail_header.attribution_address: a line with a time is an attribution
# only when it names an address too ("... <jgb at example.com>:"): "The log at
# 10:30 says the following:" over a quote is the writer's own line.
# Clause mail_header.attribution_languages: "wrote" as the mail programs of other
# languages write it ("Am ... schrieb X:", "Le ... a écrit :", "El ... escribió:",
# "X 在 ... 写道：", a full-width colon too).
_SAID = (
    r"\b(?:wrote|writes|schrieb|escribió|scrisse|schreef|skrev|kirjoitti|napisała?"
    r"|escreveu|написала?)\b|\ba écrit\b|\bha scritto\b|[写寫]道|書きました|작성"
)
_ATTRIBUTION_TEXT = rf"(?:{_SAID}|\d{{1,2}}:\d{{2}}.*(?:<[^<>]+>|@)).*[:：][ \t]*$"
_ATTRIBUTION = re.compile(_ATTRIBUTION_TEXT)
# Clause mail_header.attribution_wrapped: an attribution its program wrapped over
# two lines ("Am Mo., 15. Jan. 2025, 17:03 Anna <anna@example.com>" over "schrieb:").
# Clause mail_header.head_shape (review): that first line is what a mail program
# writes, a time and an address ("... 17:03 Anna <anna@example.com>", Gmail's "...
# 5:03 PM Anna <") and no sentence end: the writer's own "I will be at the station
# at 10:30." or "Write to me at bob@example.com." over "Anna wrote:" stays.
_ATTRIBUTION_HEAD = re.compile(r"(?=.*\d{1,2}:\d{2})(?=.*[<@]).*[^.!?\s][ \t]*$")
_WORD = re.compile(r"\S+")
_SCRUBBED = "-------------- next part --------------"
_NOT_SIG = re.compile(  # clause mail_header.sig_no_quote
    r"[ \t]*(?:>|-+[ \t]*(?:Original|Forwarded) [Mm]essage|(?:From|Sent|Date|To|Subject):[ \t])"
    rf"|.*{_ATTRIBUTION_TEXT}"
)


def _sig_line(line: str) -> bool:
    """A line of a signature under a bare "--" (clause ``mail_header.bare_dashes``):
    at most ``BARE_SIG_WORDS`` words, or an address, a link or a phone number."""
    return len(line.split()) <= BARE_SIG_WORDS or bool(_CONTACT.search(line))


def _trigrams(line: str) -> list[int]:
    words = _WORD.findall(_QUOTE.sub("", line))
    return [hash((words[i], words[i + 1], words[i + 2])) for i in range(len(words) - 2)]


def _body_edits(text: str, start: int, end: int, seen: set[int]) -> list[Edit]:
    """Clauses ``mail_header.quoted_copy`` and ``mail_header.signature`` in the
    body ``text[start:end]``; its word trigrams are added to ``seen`` after."""
    lines, at = [], start
    for line in text[start:end].splitlines(keepends=True):
        lines.append((at, line))
        at += len(line)
    edits: list[Edit] = []
    own = [not _QUOTE.match(ln) and ln.strip() != "" for _, ln in lines]
    # Clause mail_scan_once (session 44): whether any own line lies at or after each
    # line, once (``any(own[j:])`` per quote copied the rest of the body each time).
    own_after = [False] * (len(lines) + 1)
    for n in range(len(lines) - 1, -1, -1):
        own_after[n] = own[n] or own_after[n + 1]
    i = 0
    while i < len(lines):
        if not _QUOTE.match(lines[i][1]):
            i += 1
            continue
        j = i
        while j < len(lines) and _QUOTE.match(lines[j][1]):
            j += 1
        grams = [_trigrams(ln) for _, ln in lines[i:j]]
        compared = [g for g in grams if len(g) >= QUOTE_WORDS - 2]
        copied = sum(all(h in seen for h in g) for g in compared)
        # Clause mail_header.quote_new_text: a line of NEW_GRAMS word triples or
        # more (not a list footer's "Metrics-Grimoire mailing list") of which most
        # are in no earlier body (not a re-wrapped copy) and no attribution is
        # text the file holds nowhere else (a forwarded answer quoting the
        # thread): the quote stays.
        new = any(
            len(g) >= NEW_GRAMS
            and 2 * sum(h in seen for h in g) < len(g)
            and not _ATTRIBUTION.search(_QUOTE.sub("", ln))
            for g, (_, ln) in zip(grams, lines[i:j], strict=True)
        )
        answered = own_after[j]
        cut = compared and 2 * copied > len(compared) and not new
        if cut and (copied >= QUOTE_LINES or not answered):
            a = lines[i][0]
            above = [n for n in range(max(0, i - 2), i) if lines[n][1].strip()]
            if above and _ATTRIBUTION.search(lines[above[-1]][1]) and own[above[-1]]:
                k = above[-1]
                a = lines[k][0]
                if k and own[k - 1] and len(lines[k][1].split()) <= 2:  # its head above
                    a = lines[k - 1][0] if _ATTRIBUTION_HEAD.search(lines[k - 1][1]) else a
            edits.append(Edit(a, lines[j - 1][0] + len(lines[j - 1][1]), "", RULE))
        i = j
    for n, (a, ln) in enumerate(lines):
        if ln.strip() == _SCRUBBED:
            k = next((k for k in range(n, len(lines)) if not lines[k][1].strip()), len(lines))
            edits.append(Edit(a, lines[k - 1][0] + len(lines[k - 1][1]), "", RULE))
    filled = [n for n, (_, ln) in enumerate(lines) if ln.strip()]
    for n in reversed(filled):
        if lines[n][1].rstrip("\n") in ("-- ", "--"):
            tail = filled[filled.index(n) + 1 :]
            # Clause mail_header.sig_no_quote: the signature ends before a quoted
            # line, an attribution or a quoted message's header under it (a reply
            # set over the message it answers: maybe that message's only copy).
            stop = next((k for k in tail if _NOT_SIG.match(lines[k][1])), None)
            if stop is not None:
                # clause mail_header.attribution_wrapped: from the head of a wrapped one
                wrapped = stop - 1 in tail and len(lines[stop][1].split()) <= 2
                if wrapped and _ATTRIBUTION_HEAD.search(lines[stop - 1][1]):
                    stop -= 1
                tail = [k for k in tail if k < stop]
            # Clause mail_header.bare_dashes: "--" without its space is what a
            # writer types too (a dash rule over a P.S., a name over references):
            # a signature only when every line under it is one (short: a name, a
            # title; or an address, a link, a phone number).
            bare = lines[n][1].rstrip("\n") == "--"
            if bare and not (
                len(tail) <= BARE_SIG_LINES and all(_sig_line(lines[k][1]) for k in tail)
            ):
                break
            if len(tail) <= SIG_LINES:
                last = lines[tail[-1] if tail else n]
                edits.append(Edit(lines[n][0], last[0] + len(last[1]), "", RULE))
            break
    for _, ln in lines:
        seen.update(_trigrams(ln))
    return edits


def _merged(edits: list[Edit]) -> list[Edit]:
    out: list[Edit] = []
    for e in sorted(edits, key=lambda e: e.start):
        if out and e.start <= out[-1].end:
            out[-1] = Edit(out[-1].start, max(out[-1].end, e.end), "", RULE)
        else:
            out.append(e)
    return out
