"""Rules of ``transforms.sections`` for technical manuals (the Debian Reference,
Debian Policy): what their layout adds to a book's.

``admonition_label``
    a line of only "Note", "Tip", "Warning", "Caution", "Important" (any case,
    a colon or period after it), indented ("    Note" in DocBook's text
    output) or ending in a colon ("Note:"), labels a box of the text around
    it, not a section, when the document holds ``MIN_LABELS`` or more such
    lines (the English Debian Reference: 328). "NOTE." or "Warning" at the
    margin is a book's heading, however often it comes. Clause ``cjk_labels``:
    "注意", "警告", "提示" ... are labels at the margin too, and no titles of
    rule ``cjk_title_lines`` either (``transforms.cjk_titles``).
``prompt_run``
    a "# ..." line at the margin next to a command line (no blank line
    between: "$ ...", "#!...", or another "# ..." line with one "#") is a
    root prompt or a shell comment in an example, not a Markdown heading.
    Markdown stacks headings of different levels ("# Title" / "## Part"),
    never two level-1 headings; a capitalised "# Installation" after a blank
    line heads the "$ pip install x" right under it, and (clause
    ``heading_after_command``) a capitalised "# Usage" with a blank line under
    it heads what follows the command right above it ("$ npm install x" /
    "# Usage" / "": a README that does not fence its commands; a shell
    comment has its command under it). Where such lines are ``MIN_PROMPTS`` or more
    and a third of the document's "# " lines, its "# " lines in lower case
    ("# chvt 3") or touching a line of text ("# CD upon exiting MC" over a
    line of a shell script) are code too.
``decimal_levels``
    headings numbered "1.1.7" nest under "1.1" under "1" ("Chapter 1",
    "第1章", "A." or "A Proofs" for "A.1"): a contents list read flat gives every listed
    entry one rank, so a heading whose number continues the number of an
    earlier heading of the same or a higher rank (its nearest ancestor that
    is a heading: "1.1", else "1") ranks ``DEPTH_STEP`` below it. The
    ancestor heading is the evidence: "1.1.7" without a "1.1" or "1" heading
    before it keeps its rank, and so does a title that starts with "3.14". A
    document whose ranks already follow the numbers (reStructuredText's "1.3"
    over "===", "1.3.1" over "---") keeps them. Clause ``md_levels``: where
    the numbered Markdown headings stand at two or more levels ("# 1 Setup",
    "## 1.1 Scope"), the author set the outline with them, and a Markdown
    heading keeps its level whatever its number ("## 1.1.1 Notes" beside "##
    1.1 Scope" is a sibling); where they all stand at one level (a PDF
    converted to Markdown, every heading "##": "## B Proofs", "## B.1 Proof
    of Theorem 1"), the numbers are the outline.
    Clauses ``parent_number_rank`` (a "3." right above its "3.1" ranks as its
    parent, with its siblings) and ``unlisted_list_item`` (where the contents
    lists number sub-sections, a titled number they do not name is a list's step):
    see ``_parent_series_ranks`` and ``_drop_unlisted_items``.
``repeated_heading``
    a heading confirmed by a contents list (kind "listed") with the same title
    as the heading right before it, with at most ``MAX_REPEAT_GAP`` characters
    between them (one short paragraph), is the first line of that section's
    body, not a second section: one entry of the contents names one section.
    The X11
    extension specs (DocBook's text output, xorg-docs / x11proto-dev) title
    each request by its name, give a one-sentence summary, then its signature,
    which starts with the name again ("DBEGetVisualInfo" / "This request
    returns ..." / "DBEGetVisualInfo" / "screen-specifiers LISTofDRAWABLE");
    the contents list names the request once, both lines matched it, and each
    request was two sections, the first one sentence long. Headings of other
    kinds keep their repeats (a poet's "SONG." over each short song). The same title further on (an
    "Errors" or "Requests" section in the protocol chapter and again in the
    encoding chapter) is a section of its own. Clause ``listed_twice``: nor
    is a repeat whose title one contents list names twice or more (a poet's
    "Another" or "Song" over two short poems in a row, each its own entry of
    the contents): the list says the two are two sections.
"""

from __future__ import annotations

import re

from transforms import headings as hd
from transforms.contents import Contents, Lines, key

MIN_LABELS = 3
MIN_PROMPTS = 3
DEPTH_STEP = 0.1  # ranks are compared and made dense: 20 < 20.1 < 20.2 < 25
MAX_REPEAT_GAP = 400  # rule repeated_heading: one short paragraph between
_SIBLING_KINDS = ("numbered", "numeral", "listed")  # clause parent_number_rank
MIN_DECIMAL_ENTRIES = 10  # clause unlisted_list_item: a list numbered down to sub-sections

_LABEL = re.compile(r"(?:note|tip|warning|caution|important)[.:]?", re.IGNORECASE)
# Clause cjk_labels: the same labels in Chinese and Japanese manuals (the Debian
# Reference's "注意", "警告", "提示"), at the margin: the unwrap stage takes the
# indentation of CJK lines (``cjk_line_edges``), and no CJK book heads three
# sections "注意".
CJK_LABEL = re.compile(r"(?:注意|提示|警告|小心|重要|注記|ヒント|備考|技巧)[：:]?")
_COMMAND = re.compile(r"(?:\$|#!|#(?!#))(?:[ \t]|$)|#!")
_DECIMAL_ENTRY = re.compile(r"(?:\d{1,3}|[a-z])(?:\.\d{1,3})+\.?\s")  # "3.1. ", "a.2 "
_NUMBER = re.compile(
    r"(?:(?:chapter|appendix|part)[ \t\xa0]+)?(?P<num>\d{1,3}|[A-Z](?=[.\t \xa0]))(?P<sub>(?:\.\d{1,3})*)\.?"
    r"(?=[ \t\xa0])",
    re.IGNORECASE,
)


def drop_admonition_labels(lines: Lines, cands: list[hd.Candidate]) -> list[hd.Candidate]:
    """Rule ``admonition_label`` (module docstring)."""
    labels = {
        i for i, t in enumerate(lines.texts)
        if len(t) <= 10
        and (_LABEL.fullmatch(t) and (lines.indent[i] or t[-1] == ":") or CJK_LABEL.fullmatch(t))
    }  # fmt: skip
    if len(labels) < MIN_LABELS:
        return cands
    return [c for c in cands if c.line not in labels]


def drop_prompt_runs(lines: Lines, cands: list[hd.Candidate]) -> list[hd.Candidate]:
    """Rule ``prompt_run`` (module docstring): ATX candidates ("# x", one line)
    next to a command line lose their ``md`` candidate; where those are
    ``MIN_PROMPTS`` or more and at least a third of the document's "# " lines,
    the "# " lines are prompts, and one in lower case ("# chvt 3", "# dpkg
    --configure -a") or one with a line of text right above or below it ("#
    CD upon exiting MC" over ". /usr/lib/mc/mc.sh") is code too."""
    n = len(lines.texts)

    def command(i: int) -> bool:
        return 0 <= i < n and _COMMAND.match(lines.texts[i]) is not None

    def alone(i: int) -> bool:
        return (i == 0 or lines.blank[i - 1]) and (i + 1 >= n or lines.blank[i + 1])

    def heads(c: hd.Candidate) -> bool:  # "# Installation" over "$ pip install x"
        return c.title[:1].isupper() and (c.line == 0 or lines.blank[c.line - 1])

    def ends(c: hd.Candidate) -> bool:  # "# Usage" under "$ npm i x", a blank line under it
        return c.title[:1].isupper() and (c.line + 1 >= n or lines.blank[c.line + 1])

    atx = [c for c in cands if c.kind == "md" and lines.texts[c.line][:2] == "# "]
    if not atx:
        return cands

    prompts = {
        c.line for c in atx
        if (command(c.line - 1) and not ends(c)) or (command(c.line + 1) and not heads(c))
    }  # fmt: skip
    if len(prompts) >= MIN_PROMPTS and 3 * len(prompts) >= len(atx):
        prompts.update(
            c.line for c in atx
            if not c.title[:1].isupper()
            or not (alone(c.line) or heads(c) and command(c.line + 1) or ends(c) and command(c.line - 1))
        )  # fmt: skip
    return [c for c in cands if c.kind != "md" or c.line not in prompts]


def _number(c: hd.Candidate) -> tuple[str, ...] | None:
    if c.series == "kw:appendix:letter" and c.value is not None:
        return (chr(64 + c.value),)  # "Appendix A." (rule letter_appendix) for "A.1"
    if c.kind in ("keyword", "cjk") and c.value is not None:
        return (str(c.value),)  # "Chapter 1.", "第1章"
    m = _NUMBER.match(c.title + " ")
    if m is None:
        return None
    return (m.group("num").upper(), *m.group("sub").split(".")[1:])


def decimal_levels(
    confirmed: list[tuple[hd.Candidate, float]], found: Contents | None = None
) -> list:
    """Rule ``decimal_levels`` (module docstring): ``confirmed`` with each
    decimal-numbered heading ranked below the last heading before it numbered
    as one of its ancestors ("1.1" for "1.1.7", else "1"), when that heading
    does not already rank above it (and does not rank below it: "1." in a
    numbered list is no chapter); ``found``: the contents lists (clause
    ``unlisted_list_item``)."""
    if found is not None:
        confirmed = _drop_unlisted_items(confirmed, found)
    numbers = [_number(c) for c, _ in confirmed]
    if not any(p is not None and len(p) > 1 for p in numbers):
        return confirmed
    confirmed = _parent_series_ranks(confirmed, numbers)  # clause parent_number_rank
    # Clause md_levels: Markdown levels the author set apart for numbered headings win.
    levels = {rank for (c, rank), p in zip(confirmed, numbers, strict=True) if c.kind == "md" and p}
    # number -> (rank found, rank given) of its last heading
    last: dict[tuple[str, ...], tuple[float, float]] = {}
    out = []
    for (c, rank), p in zip(confirmed, numbers, strict=True):
        given = rank
        # Clause part_restarts_numbers: a part ("PART II. ADMINISTRATION", "BOOK 2",
        # "第二篇") numbers no chapter itself (it is not recorded): a manual whose
        # chapters restart in each part had Part II's "2.1" nested under "PART II" (its
        # value 2), a sibling of "2 Backups", and Part I's "1.1" beside "1 Getting started".
        # Clause part_running_head_keeps_numbers: it does not clear the numbers seen (a
        # restarting part's "1 Users" replaces Part I's "1" of its rank all the same): the
        # part's title as a running head between "1.1" and "1.2" in pdftotext of a bound
        # book cut "1.2" off its chapter "1 Obtaining R", a sibling of it.
        if c.kind in ("keyword", "cjk") and rank <= hd.PART_RANK:
            out.append((c, given))
            continue
        if p is not None and not (c.kind == "md" and len(levels) > 1):
            for j in range(len(p) - 1, 0, -1):
                up = last.get(p[:j])
                if up is not None and up[0] <= rank:
                    given = max(rank, round(up[1] + DEPTH_STEP, 6))
                    break
            if p not in last or rank <= last[p][0]:  # "2." in a list is no chapter 2
                last[p] = (rank, given)
        out.append((c, given))
    return out


def _drop_unlisted_items(confirmed: list, found: Contents) -> list:
    """Clause ``unlisted_list_item`` (rule ``decimal_levels``): where the contents
    lists number their entries down to sub-sections (``MIN_DECIMAL_ENTRIES`` or
    more entries "3.1. ...", "9.6.12. ..."), they name every numbered section, so a
    titled number in the body they do not name ("3. Ejecuta el archivo de órdenes
    prerm", "5. 執行 postrm 指令碼": the steps of a numbered list in the Debian
    Reference's section 2.1.7, confirmed by the steps' count) is a list item,
    not a section."""
    if sum(1 for entry in found.raw if _DECIMAL_ENTRY.match(entry)) < MIN_DECIMAL_ENTRIES:
        return confirmed
    return [
        (c, rank) for c, rank in confirmed
        if c.kind != "numbered" or c.line < found.body
        or key(c.title, numbering=True) in found.full
    ]  # fmt: skip


def _parent_series_ranks(confirmed: list, numbers: list) -> list:
    """Clause ``parent_number_rank`` (rule ``decimal_levels``): a heading numbered
    with one number ("3. Acerca de este documento": a titled number, rank 38, or
    a listed line, 20) whose next heading is its first sub-section ("3.1.
    Directrices", listed: 20) is that sub-section's parent, so it and its
    siblings (the headings either side numbered with one number, counting on,
    past their own sub-sections) rank as the higher of it and the sub-section;
    the rule then nests "3.1" under it. Before, the Spanish Debian Reference's
    preface gave "1."-"5." level 4 and "3.1"-"3.6" level 1, the German one "3."
    and "3.1" level 1 and 2 but "1.", "2.", "4.", "5." level 4. A title that
    starts with "3.14" after a "3." is no first sub-section, and a step "1." of a
    list after "Chapter 1" (a heading of that number ranking higher) is no parent."""
    # One pass: the runs of siblings (each walk of a parent in a run reaches the
    # whole run, so every member takes the run's lowest ``top``; linear, not one
    # walk per parent: 999 "N." each over its "N.1" took 0.4 s) and its parents.
    run_of = [-1] * len(confirmed)  # index -> its run, -1 for none
    tops: list[float | None] = []  # run -> the highest rank a parent in it gives
    value = -1
    for j, (c, _) in enumerate(confirmed):
        q = numbers[j]
        if q is not None and len(q) > 1:  # a sub-section of a sibling
            continue
        if c.kind not in _SIBLING_KINDS or q is None or not q[0].isdigit():
            value = -1  # the run ends
            continue
        if value < 0 or int(q[0]) <= value:
            tops.append(None)  # a run starts
        run_of[j], value = len(tops) - 1, int(q[0])
    above: dict[tuple, float] = {}  # number -> the highest rank a heading numbered so took
    for k in range(len(confirmed) - 1):
        p, rank = numbers[k], confirmed[k][1]
        if p is not None:
            above[p] = min(above.get(p, rank), rank)
        if p is None or len(p) != 1 or run_of[k] < 0 or numbers[k + 1] != (*p, "1"):
            continue
        run = run_of[k]
        now = rank if tops[run] is None else min(rank, tops[run])  # its rank so far
        if above.get(p, now) < now:
            continue  # "Chapter 1" is the parent of "1.1", not a list's step "1." after it
        tops[run] = min(now, confirmed[k + 1][1])
    ranks = [
        rank if run_of[j] < 0 or tops[run_of[j]] is None else min(rank, tops[run_of[j]])
        for j, (_, rank) in enumerate(confirmed)
    ]
    return [(c, rank) for (c, _), rank in zip(confirmed, ranks, strict=True)]


def drop_repeated_headings(text: str, headings: list, twice: set[str] = frozenset()) -> list:
    """Rule ``repeated_heading`` (module docstring) over ``headings`` (in order,
    each with ``start``, ``end``, ``title``, ``kind``); ``twice``: the keys
    (``contents.key``) a single contents list names more than once (clause
    ``listed_twice``)."""
    out = []
    for h in headings:
        prev = out[-1] if out else None
        if (
            prev is not None
            and h.kind == "listed"
            and h.title == prev.title
            and len(text[prev.end : h.start].strip()) <= MAX_REPEAT_GAP
            and key(h.title) not in twice  # clause listed_twice
        ):
            continue
        out.append(h)
    return out
