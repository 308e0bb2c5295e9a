"""What ``transforms.html_text``'s parser drops: the elements whose content is no
prose (clause ``dropped_elements``), ruby notes, page-number and note marks, a page's
chrome links (``transforms.html_chrome``) and skip links (clause ``skip_links``), and
where a dropped element ends when its end tag was left out (clauses
``dropped_end_omitted``, ``dropped_end_parent``). Moved from ``transforms.html_text``
unchanged (session 43: the module was at the 500-line limit)."""

from __future__ import annotations

import re

from transforms.html_chrome import drops_links

# Clause dropped_end_omitted: a dropped element whose end tag HTML lets one omit ends
# where HTML ends it: a <p> at the start of a block (the tags that "close a p
# element" in the HTML parsing rules), an <li> at the next <li> of its list, ...,
# and any of them at its parent's end tag. Counting only its own tags, an unclosed
# <p role="doc-pagebreak"> swallowed the rest of the chapter.
P_CLOSERS = frozenset(
    "address article aside blockquote center details dialog dir div dl dd dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li listing main "
    "menu nav ol p plaintext pre search section summary table ul xmp".split()
)
# tag -> (start tags that end it, elements inside it that hold those tags themselves)
END_OMITTED = {
    "p": (P_CLOSERS, frozenset()),
    "li": (frozenset(("li",)), frozenset(("ol", "ul", "menu", "dir"))),
    "dt": (frozenset(("dt", "dd")), frozenset(("dl",))),
    "dd": (frozenset(("dt", "dd")), frozenset(("dl",))),
    "tr": (frozenset(("tr", "tbody", "thead", "tfoot")), frozenset(("table",))),
    "td": (frozenset(("td", "th", "tr", "tbody", "thead", "tfoot")), frozenset(("table",))),
    "th": (frozenset(("td", "th", "tr", "tbody", "thead", "tfoot")), frozenset(("table",))),
    "option": (frozenset(("option", "optgroup")), frozenset()),
}
# Clause dropped_end_parent: only the end tag of an element that can hold the
# dropped one (a block, a table part, a list, a select) is its parent's end; an
# inline or void end tag (XHTML's "<img ...></img>", "<br></br>", a misnested
# "</i>") closes nothing in HTML and ended a dropped page number early, leaking it.
END_PARENTS = frozenset(("aside", "optgroup", "select", "datalist", "tr", "td", "th"))
# Clause skip_links (pages only): a same-page link "Skip to content", "Skip to main
# content", "Jump to navigation" is a site's accessibility link, not text.
_SKIP_LINK = re.compile(
    r"(skip|jump)( directly)? to( the)?( main| page| primary)? "
    r"(content|navigation|nav|menu|search|main|article|text|footer)s?|skip (navigation|links)",
    re.I,
)
# Clause dropped_elements: elements whose content is no prose.
DROPPED = frozenset(
    "script style head title template noscript svg iframe object select button "
    "textarea math:annotation annotation annotation-xml".split()
)
RUBY_NOTES = frozenset(("rt", "rp", "rtc"))  # clause ruby_base
# Clauses page_break_marks, footnote_backlinks, note_references: epub:type / role tokens.
MARK_TYPES = frozenset(("pagebreak", "backlink", "noteref"))
MARK_ROLES = frozenset(("doc-pagebreak", "doc-backlink", "doc-noteref"))


def _is_mark(attrs: dict) -> bool:
    types = (attrs.get("epub:type") or "").split()
    return bool(MARK_TYPES.intersection(types)) or attrs.get("role") in MARK_ROLES


class DroppedParts:
    """Mixin of ``html_text._TextParser``: it has ``skip``, ``lines``, ``page``..."""

    def _skips(self, tag: str, attrs: dict) -> bool:
        if tag in DROPPED or tag in RUBY_NOTES or _is_mark(attrs):
            return True
        return self._drops_links(tag, attrs)

    def _drops_links(self, tag: str, attrs: dict) -> bool:
        return drops_links(tag, attrs, self.page, self.content)  # transforms.html_chrome

    def _skip_link(self, text: str, parts: int) -> bool:
        """Clause ``skip_links``: the link opens its paragraph and reads "Skip to
        content" (a link "jump to the content" inside a sentence stays)."""
        before = "".join("".join(line) for line in self.lines[:-1]) + "".join(
            self.lines[-1][:parts]
        )
        return len(text) < 40 and not before.strip() and bool(_SKIP_LINK.fullmatch(text))

    # -- clause dropped_end_omitted
    def _closes_skip(self, tag: str) -> bool:
        """A start tag ``tag`` ends the dropped element whose end tag was left out."""
        closers, holders = END_OMITTED.get(self.skip, (frozenset(), frozenset()))
        return tag in closers and not holders.intersection(self.skip_open)

    def _end_skip(self) -> None:
        self.skip, self.skip_open = None, []
        self._note_text("".join(self.note or ()))  # html_notes: words, labels, marks
        self.note, self.note_back = None, False
        self._replay()  # clause navigation_prose
