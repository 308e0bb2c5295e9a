"""Rule ``listed``: the isolated short lines a contents list names word for word
are heading candidates although they look like none (clauses ``listed_two_lines``,
``listed_rest_caps``, ``listed_cheap_first``; then rules ``glued_heading``,
``listed_list`` and ``numbered_run``). See ``transforms.contents``; moved from
there in session 26, unchanged.

Cost: one pass over the lines, a key only for lines whose first letters a list names.
"""

from __future__ import annotations

from transforms import headings as hd
from transforms.contents import TITLE_LINE_CHARS, Contents, Lines
from transforms.contents_numbers import item_run, key, number_off
from transforms.contents_regions import numbered_entry
from transforms.contents_runs import listed_list
from transforms.glued_headings import glued_headings
from transforms.numbered_runs import numbered_runs


def listed_lines(lines: Lines, cands: list[hd.Candidate], found: Contents) -> list[hd.Candidate]:
    """Rule ``listed``: ``cands`` plus the isolated short lines a list names word
    for word although they are no candidate (also a numbered question: clause
    ``numbered_question``, ``numbered_entry``)."""
    if not found.full:
        return numbered_runs(lines, cands, found)  # rule numbered_run
    taken = {c.line for c in cands}
    # Clause listed_rest_caps: a line in capitals may be a listed heading's second
    # line ("9.6.12. Angeben eines ... über" / "$TMPDIR", the German Debian Reference).
    caps = taken - {c.line for c in cands if c.kind != "caps"}
    n = len(lines.texts)
    heads = {entry[:3] for entry in found.full}  # a cheap look before the full key
    extra, rest_caps = [], set()
    paras: set[int] = set()  # clause caption_paragraph: the lines, the captions shown
    shown = {k for c in cands if (k := key(c.title)) in found.captions} if found.captions else set()
    for i, t in enumerate(lines.texts):
        # Clause listed_cheap_first (speed): the same pure tests, the cheap ones (a blank
        # line above: 1 line in ~8 of prose) before the key of the line's first characters.
        if (
            t
            and (i == 0 or lines.blank[i - 1])
            and i not in taken
            and not found.in_list[i]
            and t[-1] != ";"
            and t[0] not in "“\"‘'([{}"  # "} Xtransport;" is code (clause code_line)
            and not hd.PAGE_COLUMN_HEAD.fullmatch(t)  # clause page_column_head (headings)
            and ((len(t) <= TITLE_LINE_CHARS and t[-1] not in "!?") or numbered_entry(t))
            and (
                "".join(filter(str.isalnum, t[:12].casefold()))[:3] in heads
                or (
                    number_off(t) in found.bare and not item_run(lines.texts, i, found.bare)
                )  # number_off
            )
        ):
            last = i if i + 1 >= n or lines.blank[i + 1] else _listed_rest(lines, i, found)
            if (
                last == i
                and key(t, numbering=True) not in found.full
                and number_off(t) not in found.bare
                and not (t[-1] == "," and found.begins_entry(t))  # clause listed_comma_title
            ):
                last = None
            if last is None or (last in taken and last not in caps):
                continue
            if found.captions and last == i and (k := key(t)) in found.captions:
                shown.add(k)
                if _caption_paragraph(lines, i):
                    paras.add(i)
            if last != i:
                rest_caps.add(last)
            title = " ".join(" ".join(lines.texts[i : last + 1]).split())
            extra.append(
                hd.Candidate(
                    lines.starts[i], lines.ends[last], i, "listed", hd.CAPS_RANK, title, "listed"
                )
            )
    if paras and 2 * len(shown) < len(found.captions):
        extra = [c for c in extra if c.line not in paras]  # clause caption_paragraph
    kept = [c for c in cands if c.line not in rest_caps]
    kept = glued_headings(lines, sorted(kept + extra, key=lambda c: (c.line, c.start)), found)
    kept = listed_list(kept, found.text)  # clause listed_list
    return numbered_runs(lines, kept, found)  # rule numbered_run


# Clause caption_paragraph (session 45): a line that only a list of illustrations names
# (no contents list does), set as a paragraph of the text (one blank line above and one
# below, text beyond both), is the caption's sentence in the story, not a heading:
# Verne's Abandoned lists "HE SAW NOTHING SUSPICIOUS 125" and the chapter's paragraph
# "He saw nothing suspicious." was a section; Henty's "Harry went up to him, and
# salaamed.", Kipling's "Cris slid an arm round his neck." A caption's title set apart
# wider (a plate's title over its page of text: the Doré Bible Gallery's "SAMSON SLAYING
# THE LION.", 4 blank lines above) still heads a section; and where half or more of the
# captions stand as lines of the text, the captions are the book's pieces (Dyson's
# Australia at War: each drawing's title over its words, "The Mate." set as a paragraph).
def _caption_paragraph(lines: Lines, i: int) -> bool:
    """Clause ``caption_paragraph``: line ``i`` is set as a paragraph (one blank line
    each side, text beyond both)."""
    n = len(lines.texts)
    return (
        2 <= i < n - 2
        and lines.blank[i - 1]
        and lines.blank[i + 1]
        and not lines.blank[i - 2]
        and not lines.blank[i + 2]
    )


def _listed_rest(lines: Lines, i: int, found: Contents) -> int | None:
    """Clause ``listed_two_lines``: a numbered heading the body sets over two lines
    (a blank line after the second) that the list names as one entry: the debian-faq
    ja's "1.5. Debian GNU/Linux と他の Linux ディストリビューションの違いは何?" /
    "他のディストリビューションよりも Debian を選択すべき理由は?" (the list's entry is both).
    The heading's last line, or None."""
    j = i + 1
    if not (j + 1 >= len(lines.texts) or lines.blank[j + 1]) or not numbered_entry(lines.texts[i]):
        return None
    both = f"{lines.texts[i]} {lines.texts[j]}"
    return j if not found.in_list[j] and key(both, numbering=True) in found.full else None
