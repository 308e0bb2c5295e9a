"""A numbered heading's title wrapped onto a second line, in a PDF's text.

A PDF sets a long section title over two lines ("7.32 How can I capture or ignore
errors in a long" / "simulation?" / "Use try(), which returns ...", R's FAQ in
pdftotext, with and without ``-layout``); the first line alone was cut ("... the") or,
read as a numbered paragraph that wraps, no heading at all. Two kinds of evidence:

- the document's contents list names the two lines together (clause
  ``glued_wrapped_title``, ``transforms.glued_headings``): "11.7 Nonlinear least
  squares and maximum likelihood" / "models" and its entry "11.7 Nonlinear least
  squares and maximum likelihood models . . . 64" (R's "An Introduction to R");
- with no list (rule ``numbered_run``, clause ``run_wrapped_title``), the shape of the
  two lines, ``title_rest``: the first line's title is long (a short title does not
  wrap) and ends in a lower-case letter (a wrap falls mid-phrase: "on my" / "plot?");
  the second line opens in lower case, is short and ends no sentence or clause, holds
  no code characters, and the line after it is blank or opens with a capital (a
  paragraph starts there). A first prose line under a heading runs on (it is long, or
  the line after it continues in lower case); a function's name under its heading
  ("4.1 ASN.1 schema functions" / "asn1 parser2tree" / "int asn1_parser2tree (...)",
  libtasn1) has a short title and code after it; a rest holding a name ("dpkg-deb",
  "parser2tree": clause ``rest_not_name``) is a definition list's term.

Cost: a few string tests per numbered line followed by text.
"""

from __future__ import annotations

import re

FIRST_WORDS = 5  # a title that wraps has at least this many words on its first line
FIRST_CHARS = 40  # ... and at least this many characters
REST_WORDS = 6  # the wrapped rest is at most this many words
REST_CHARS = 40  # ... and characters
_ENDS = ".,;:。，；：、．"  # sentence and clause ends, also full-width
_CODE = re.compile(r"[=<>{}$\\/_|#@`]|^\S+\(|\s-{1,2}\w")  # "x <- 1", "f(x)", "--help"
# A name, not words of a title: letters and digits mixed or joined by "-" / "."
# ("dpkg-deb", "parser2tree", "sources.list").
_NAME = re.compile(r"[^\W\d_]\d|\d[^\W\d_]|\w[-.]\w")


def title_rest(lines, i: int, title: str) -> int | None:
    """Clause ``run_wrapped_title``: the line under line ``i`` (a numbered heading whose
    title is ``title``) when it is the rest of that title wrapped (module docstring),
    else None."""
    j, n = i + 1, len(lines.texts)
    if j >= n or lines.blank[j]:
        return None
    rest = lines.texts[j]
    if len(title) < FIRST_CHARS or len(title.split()) < FIRST_WORDS or not title[-1].islower():
        return None
    if not rest[0].islower() or len(rest) > REST_CHARS or len(rest.split()) > REST_WORDS:
        return None
    if rest[-1] in _ENDS or _CODE.search(rest):
        return None
    # Clause rest_not_name: a rest that holds a name ("dpkg-deb", "asn1 parser2tree")
    # is the term of a definition list under the heading ("2.2 Programs installed by
    # the package on the system" / "dpkg-deb" / "Packs, unpacks and ..."; the shape of
    # libtasn1's function entries under "4.1 ASN.1 schema functions"), not its title's
    # end: the heading took the term into its title. The R FAQ's and R-intro's rests
    # ("simulation?", "versions of R?", "models") are plain words.
    if _NAME.search(rest):
        return None
    k = j + 1
    if k < n and not lines.blank[k] and not lines.texts[k][0].isupper():
        return j if _first_child(lines.texts[i], lines.texts[k]) else None
    return j


_NUMBER = re.compile(r"(\d{1,3}(?:\.\d{1,3})*)\.?[ \t\xa0]")


def _first_child(head: str, below: str) -> bool:
    """Clause ``rest_over_subsection``: the line after the rest may be the heading's
    first sub-section, numbered under it ("7.32 How can I capture or ignore errors in a
    long" / "simulation?" / "7.32.1 ...", R's FAQ): a heading with no paragraph of its own
    before its sub-sections. Its number continues the heading's with one more part."""
    m, c = _NUMBER.match(head), _NUMBER.match(below)
    return (
        bool(m and c)
        and c.group(1).startswith(m.group(1) + ".")
        and (c.group(1).count(".") == m.group(1).count(".") + 1)
    )
