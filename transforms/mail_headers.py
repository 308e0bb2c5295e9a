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
break between two messages. The body is left as
it is: quoted replies ("> ") and signatures are the user's text to judge.

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

from transforms.textedit import Edit

RULE = "mail_header"  # listed in boilerplate.RULES
MIN_FIELDS = 2

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
    if "From " not in text:
        return []
    # Clause mail_header.mbox_start: an mbox file begins with its first From_
    # line; a book or RFC quoting a message further down is left whole.
    first = _BLOCK.match(text, len(text) - len(text.lstrip()))
    if first is None or len(_FIELD.findall(first.group("fields"))) < MIN_FIELDS:
        return []
    return [
        Edit(m.start(), m.end(), "", RULE)
        for m in _BLOCK.finditer(text)
        if len(_FIELD.findall(m.group("fields"))) >= MIN_FIELDS
    ]
