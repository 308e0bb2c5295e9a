"""What of an HTML page is the site around its text (for ``transforms.html_text`` and
``transforms.html_layout``; clauses ``navigation``, ``docbook_navigation``,
``page_chrome`` are documented in ``transforms.html_text``, ``chrome_class_headings``
in ``transforms.html_layout``; moved here unchanged)."""

from __future__ import annotations

import re

CHROME = frozenset(("header", "footer", "aside"))  # clause page_chrome
# Clause docbook_navigation: DocBook XSL's chunked pages' <div class="navheader"> (the title
# again, Prev/Up/Next) and "navfooter" (maint-guide-fr's "Chapitre 1. Partir du bon pied |
# Chapitre 3. ..." was a section). Clause docbook_navigation_case: DocBook's DSSSL stylesheets
# (Jade, LDP HOWTOs) write CLASS="NAVHEADER": tokens are compared case-folded (Monkey's manual).
DOCBOOK_NAV = frozenset(("navheader", "navfooter"))
CHROME_ROLES = frozenset(("banner", "contentinfo", "complementary"))

# Clause chrome_class_headings (session 23): a class naming a site's chrome, one of its
# words split at "-"/"_" (Hyde's "sidebar" <div> with the site's name in an <h1>, Bootstrap's
# "navbar", MkDocs' "md-nav", WordPress' "widget-area", "menu-item"). A heading in such an
# element outside <main>/<article> is no heading of the text: its line is a level-0 mark
# (``transforms.markup_headings``, clause ``code_no_sections``): it opens no section, in a
# converted document (Pandoc's ``--include-before-body`` of a Hyde sidebar, no landmark
# role: "kysa.me" was a level-1 section) as in a page. DocBook's "navheader" is one word.
CHROME_WORDS = frozenset(
    "sidebar navbar nav navigation menu menubar breadcrumb breadcrumbs widget masthead "
    "topbar sidenav".split()
)
_CLASS_WORDS = re.compile(r"[^\s_-]+")
# Clause chrome_class_text (session 24): in a page, such an element outside <main>/<article>
# is dropped with its text, as page chrome is (its headings' text, menu titles, breadcrumbs
# and the site's name reached the training text), unless it is no bar of links: more of its
# words lie outside links than in them, or it holds the page's <main>/<article>/role="main"
# (Read the Docs' "wy-grid-for-nav" wraps the whole page): then it is read as text
# (``transforms.html_layout``, ``_replay``), its headings still level-0 marks.
# Only a block holding the chrome: an inline '<a class="menu">' or '<span class="nav-...">' is
# read as before (it was split off its line when read back as prose).
CONTENT_TAGS = frozenset(("main", "article"))
CLASS_BLOCKS = frozenset("div section ul ol menu li dl p table tr td th form".split())


def chrome_class(attrs: dict) -> bool:
    """Clause ``chrome_class_headings``: the element's class has a chrome word."""
    return bool(CHROME_WORDS.intersection(_CLASS_WORDS.findall((attrs.get("class") or "").lower())))


def drops_links(tag: str, attrs: dict, page: bool, content: int) -> bool | str:
    """The element is navigation or page chrome, dropped (its prose read after all:
    clause ``navigation_prose``); ``content``: open <main>/<article>/role="main";
    "class" for an element that is chrome by its class alone (``chrome_class_text``)."""
    if tag == "nav" or attrs.get("role") == "navigation":  # clause navigation
        return True
    if DOCBOOK_NAV.intersection((attrs.get("class") or "").lower().split()):  # docbook_nav
        return True
    if page and not content:  # clause page_chrome
        if tag in CHROME or attrs.get("role") in CHROME_ROLES:
            return True
        # clause chrome_class_text
        return "class" if tag in CLASS_BLOCKS and chrome_class(attrs) else False
    return False
