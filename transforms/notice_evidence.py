"""Clause ``notice_evidence`` of ``boilerplate``'s rule ``gutenberg_notice``:
whether a paragraph that names Project Gutenberg is a distributor's notice or
prose about the project.

A notice speaks about the file at hand in the distributor's voice ("The Project
Gutenberg eBook of ...", "This eBook is for the use of anyone anywhere ... the
Project Gutenberg License included with this eBook or online at
www.gutenberg.org"); prose names the project among other things ("read the
Legge translation free at Project Gutenberg", a README's "Project Gutenberg
headers and licenses, transcriber notes and web-ebook notices cut"). The
evidence must sit near a mention, and a word inside another ("web-ebook") is
not the word: the README's 3,266-character opening paragraph was cut whole for
"licenses" and "web-ebook" next to its mention and "per file" far from it.
"""

from __future__ import annotations

import re

GUTENBERG = re.compile(r"project gutenberg|gutenberg\.(?:org|net)|gutenberg-tm", re.IGNORECASE)
# What makes a paragraph naming the project a notice rather than prose about it
# (clause ``notice_evidence``): near a mention, one word of the distributor's
# voice, or two different generic ones.
_GUTENBERG_NOTICE = re.compile(
    r"(?<![\w-])e-?books?\b|(?<![\w-])e-?texts?\b|copyright|trademark|"
    r"gutenberg\.(?:org|net)|gutenberg-tm|project gutenberg['’]s|literary archive",
    re.IGNORECASE,
)
_GENERIC_NOTICE = re.compile(
    r"(?P<licence>licen[cs]e)|(?P<restrictions>restrictions)|(?P<permission>permission)|"
    r"(?P<download>download)|(?P<link>https?://|www\.)|(?P<web>web ?(?:site|page))|"
    r"(?P<file>\bfile\b)",
    re.IGNORECASE,
)
_EVIDENCE_SPAN = 300  # characters either side of a mention where the evidence sits


def reads_as_notice(para: str) -> bool:
    """Clause ``notice_evidence`` of ``gutenberg_notice``: within
    ``_EVIDENCE_SPAN`` characters of a mention of the project, a word of the
    distributor ("eBook", "etext", copyright, gutenberg.org, "Project
    Gutenberg's", ...) or two different generic ones (license, download, a link,
    file, ...). "...Project Gutenberg headers and licenses, transcriber notes and
    web-ebook notices cut..." in a README is prose about notices."""
    for m in GUTENBERG.finditer(para):
        near = para[max(0, m.start() - _EVIDENCE_SPAN) : m.end() + _EVIDENCE_SPAN]
        if _GUTENBERG_NOTICE.search(near):
            return True
        if len({g.lastgroup for g in _GENERIC_NOTICE.finditer(near)}) >= 2:
            return True
    return False
