"""Sections from headings the document confirms.

Sections are flat spans covering the text, each with a title and a level (1 =
top); a reader rebuilds the title path from the preceding sections of lower
levels. ``transforms.headings`` lists the candidate lines, ``transforms.
contents`` finds the contents lists; this module keeps the candidates the
evidence confirms, each rule named:

``contents_list`` / ``contents_run`` / ``listed``
    see ``transforms.contents``: list entries are never headings, and the
    lines a list names are.
``numbering`` / ``out_of_sequence`` / ``named`` / ``restart`` / ``layout`` / ``title_page``
    see ``transforms.heading_confirmation``: numbers whose series counts on,
    keyword numbers that go back, named divisions, capitals over a restart or
    set apart by layout; a title page's lines open no text.
``title_line``
    a numbered heading without a title takes the short isolated line after it
    ("CHAPTER I" + "Loomings"; not in plays, where that line is a stage
    direction); adjacent lines in capitals are one heading ("PREFACE TO THE
    SECOND" / "EDITION.").
``fenced_code``
    no line of a fenced code block, nor of an indented one (rule
    ``indented_code``; ``transforms.code_blocks``) is a candidate: "# edit,
    add, commit" in a shell example is a comment.
``indented_prompt``
    a "# ..." line indented in the text is no Markdown heading: a root shell
    prompt or comment set in from the prose ("    # chvt 3" in the Debian
    Reference, a line of four spaces that normalization collapses to one,
    too short an indent left for ``indented_code``). Markdown's headings
    start at the margin.
``admonition_label`` / ``prompt_run`` / ``decimal_levels``
    see ``transforms.technical_headings``: "Note" / "Tip" box labels are no
    sections, a "# ..." line next to a command line is no Markdown heading,
    "1.1.7" nests under "1.1" under "1".
``prose_title``
    in a series where fewer than half of the headings take a title line, a
    title line that reads as prose (4 words or more, fewer than half
    capitalised) is the chapter's first sentence and stays out of the title
    ("CHAPTER XXXIV" + "Huck said: “Tom, we can slope ..."), unless two or
    more blank lines set it apart from the body that follows (a short title
    in sentence case).
``summary_line``
    in every series, a title line that reads as prose and as a sentence (it
    ends in ".", has a sentence or clause break inside: "; . ? !" before
    a space, or has 8 words or more) is a chapter summary or a first
    sentence, not a title ("CHAPTER 28" + "Pinocchio runs the danger of being
    fried in a pan like a fish", "9" + "Have you understood me? _Dionysus_
    versus _Christ._"). A title is short and isolated, in capitals or title
    case ("The Inn of the Red Lobster", "First Lessons in Climbing"), a
    short phrase or a short question ("What is a dialect?").
``cjk_title_lines``
    see ``transforms.cjk_titles``: in a CJK book without numbered chapters,
    the short isolated lines of CJK characters over CJK text (论语's "学而篇").
``chapter_subtitles``
    see ``transforms.chapter_subtitles``: in a chaptered CJK book whose
    paragraphs run on, the same lines inside its chapters (ノア's "赤い富士山").
``cjk_numbered``
    see ``transforms.cjk_numbers``: "一", "１", "一　午後の授業", "二、活版所",
    "十七編": CJK numbers without "第", confirmed by a run as "IV." is; a run
    introduced by a line ending with a colon is a list (clause ``cjk_colon_list``).
``named_sequence``
    see ``transforms.named_sequences``: isolated "<Name> <n>" lines ("Ruth
    1", "Ruth 2" ...) are chapter headings when 3 or more of one name number
    1, 2, 3 ... with real text between; no other rule sees the unconfirmed ones.
``notes_run`` / ``notes_run_short`` / ``notes_named``
    see ``transforms.note_numbers``: the bare numbers of a book's notes under
    "Примечания" ("1" / "Кандидат – лицо, ...") are no chapters; the notes line
    opens one section.
``scene_heading`` / ``screenplay_no_caps``
    see ``transforms.screenplay``: a screenplay's scene headings ("EXT.
    BRICK'S PATIO - DAY") open scenes; its lines in capitals (cues, shots,
    transitions) and bare numbers are no headings.
``titled_chapters``
    see ``transforms.chapter_titles``: in a document without any other
    heading, short isolated title lines, each over prose and spaced apart.
``running_head``
    a repeated heading ("ACT I." before every scene of act I) followed by a
    lower heading that continues its numbering, or by the next heading of its
    own series, opens nothing.
``byline_lines`` / ``imprint_lines`` (session 32)
    see ``transforms.bylines``: in a text's first 3,000 characters a "By ..." line is
    no section and titles no heading; an imprint line ("LONDON: PUBLISHED BY ...") or
    the line right above one titles no heading. Clause ``long_caps_title`` of
    ``transforms.section_titles``: a chapter's title line in capitals may run to 300
    characters.
``english_ordinal_act_scene_line`` (review, session 29)
    under an English ordinal act ("FIRST ACT", clause ``english_ordinal_act`` of
    ``transforms.headings``) a line opening with "SCENE" (Wilde's "SCENE" over the
    setting, "SCENE—Same as in Act I.") is the act's setting, not its title: it
    heads nothing and is not joined into the title ("FIRST ACT SCENE").

``work_titles_over_restarts`` / ``play_title_over_persons`` (session 34)
    see ``transforms.work_titles``: a volume of plays or tales has its works' titles in
    capitals at the top, over the acts or chapters whose numbering starts over under each.
``listed_works_over_unlisted`` (session 44)
    see ``transforms.listed_works``: a collection whose contents list names its stories has
    them one level above the unlisted chapters in capitals each story opens with.
``numbered_parts_under_their_work`` (session 45)
    see ``transforms.work_parts``: a story's parts titled with its name, a dash and a
    Roman numeral ("THE MATE'S STORY.—II.") are one level under the story's title.

A line in capitals (or a number) with text right under it is a speaker tag or emphasis
("SECOND LORD.", "1 PETITIONER."), never a candidate. Levels come from ranks: volumes >
parts > books and acts > chapters, named and listed sections > sections > scenes > titled
numbers > bare numbers; the ranks present are made dense (1 = top), then each rank's level
as high as the book allows (rule ``dense_path_levels``, ``transforms.section_paths``); an entry
indented under a listed heading is one lower; text before the first heading: level 0, title
"". "ACT II. SCENE I." and "第二幕 第一场 …" give two sections, the act's only its title.

Cost: candidates are parsed only for lines of at most 150 characters (or
keyword lines of up to 1000); the rules are passes over the candidates.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from schemas import Section
from transforms import contents as ct
from transforms import headings as hd
from transforms.bylines import byline_lines, imprint_lines, story_bylines
from transforms.chapter_pieces import chapter_pieces
from transforms.chapter_prefix import chapter_prefixes
from transforms.chapter_subtitles import chapter_subtitles
from transforms.chapter_title_repeat import drop_title_over_chapter
from transforms.chapter_titles import titled_chapters
from transforms.circle_mark_titles import circle_mark_titles
from transforms.cjk_layout import CJK_CHAR
from transforms.cjk_numbers import VOLUME_HALVES, chapter_decimals, drop_colon_lists
from transforms.cjk_running_heads import drop_running_heads  # clauses
from transforms.cjk_sequence_titles import sequence_titles
from transforms.cjk_titles import TITLE_RANK, chapters_span, cjk_title_lines, titles_off_contents
from transforms.code_blocks import code_spans, inside
from transforms.comma_titles import is_comma_title, mixed_rest, title_rest_lines
from transforms.continued_numbering import continued_numbering
from transforms.diary_dates import diary_date_lines
from transforms.front_title_again import title_again_after_front
from transforms.heading_confirmation import confirm_candidates
from transforms.heading_passes import (
    _cjk_case,
    _list_spans,
    _merge_caps_lines,
    _mid_sentence,
    _named_among_numbers,
    _repeated_volume_prefix,
    _running_heads,
)
from transforms.imprint_volumes import imprint_entry
from transforms.intro_subheads import listed_head_subtitles
from transforms.keyword_headings import the_ordinal_runs
from transforms.listed_lines import listed_lines
from transforms.listed_works import listed_works
from transforms.matter_levels import matter_at_top
from transforms.named_sequences import confirm_sequences
from transforms.nested_numerals import lower_roman_under_upper
from transforms.note_numbers import drop_note_numbers
from transforms.numbered_run_tail import run_tail_title
from transforms.page_pieces import page_piece_heads, page_piece_lines, pages_merged
from transforms.part_page_heads import part_page_heads
from transforms.play_part_blocks import play_titles_over_parts
from transforms.play_title_blocks import play_titles_over_acts
from transforms.poem_part_runs import parts_under_their_poem
from transforms.poem_titles import poem_title_spans
from transforms.repeated_part_titles import titles_over_parts
from transforms.roman_runs import roman_run_lines
from transforms.screenplay import scene_candidates
from transforms.script_titles import additive_only, number_candidates
from transforms.second_work_titles import second_work_titles
from transforms.section_paths import (  # noqa: F401 (re-exported: levels and paths)
    section_path,
    section_paths,
    sections_from_headings,
)
from transforms.section_titles import (
    drop_prose_titles,
    drop_verse_titles,
    quoted_titles,
    title_line,
)
from transforms.stage_persons import persons_lines
from transforms.surrogates import reads_surrogates
from transforms.technical_headings import (
    decimal_levels,
    drop_admonition_labels,
    drop_prompt_runs,
    drop_repeated_headings,
)
from transforms.web_novel_numbers import web_novel_candidates
from transforms.work_page_tops import title_pages_over_works
from transforms.work_parts import work_parts
from transforms.work_title_pages import work_title_pages
from transforms.work_titles import (
    listed_titles_over_acts,
    titles_over_persons,
    titles_over_restarts,
)

# Clause english_ordinal_act_scene_line: the setting's label under an ordinal act.
_SCENE_LINE = re.compile(r"[ \t]*SCENE\b")


@dataclass(frozen=True)
class Heading:
    start: int  # first character of the heading
    end: int  # end of its last line (before the newline)
    title: str
    kind: str
    rank: int


# Clause note_closing_line: how far up a note's opening bracket is looked for (lines).
NOTE_LINES = 40
_CAPTION_OPEN = re.compile(r"\s*\[(?:Illustration|Frontispiece|Plate|Map)\b", re.IGNORECASE)


def _closes_note(texts: list[str], blank: list[bool], i: int) -> bool:
    """Clause note_closing_line (session 48): line i, right under a line of text, closes a
    bracket it did not open, one opened above it in the same note (at most ``NOTE_LINES``
    lines up, never across two blank lines): it ends a note or a quotation inside one, a
    citation ("Book I. Canto 10.]" under Spenser's lines quoted in a "[Footnote B: ..." of
    Scott's Minstrelsy, vol. 2, over 27 ballads): no heading, whatever it reads as. A
    heading set apart with a stray bracket ("SCENE II. Rome. Before TITUS'S House.]" in
    Titus Andronicus) opens no note and stays."""
    t = texts[i]
    if not t.endswith("]") or t.count("]") <= t.count("[") or not i:
        return False
    depth = 0
    for k in range(i - 1, max(i - NOTE_LINES, 0) - 1, -1):
        if blank[k] and k and blank[k - 1]:
            return False  # two blank lines: outside any note
        depth += texts[k].count("[") - texts[k].count("]")
        if depth > 0:
            # Clause caption_closing_line (session 52): an illustration's caption sets its
            # lines apart ("[Illustration: N^o. 1." / ... / "Vol. II. Page 279.]" in Burton's
            # Ultima Thule, one blank line between each): its last line closes it all the same.
            return not blank[i - 1] or _CAPTION_OPEN.match(texts[k]) is not None
    return False


def _reader(any_script: bool):
    """The line readers of ``find_headings`` for rule repeated_chapter_prefix."""

    def read(t: str) -> list:
        found = hd.line_candidates(t, 0, 0, len(t))
        if found and found[0].kind == "caps" and _cjk_case(t):
            found = []  # clauses cjk_not_caps, cjk_not_caps_first, as find_headings reads
        return found or number_candidates(t, 0, 0, len(t), any_script)

    return read


@reads_surrogates()  # clause surrogates_read_as_replacement (transforms.surrogates)
def find_headings(
    text: str, any_script: bool = True, contents_out: list | None = None
) -> list[Heading]:
    """Confirmed headings of ``text`` in order (see module docstring). With
    ``contents_out``, the (start, end) character spans of its contents lists are
    appended to it (clause ``contents_list_sentence`` of ``transforms.key_sentences``)."""
    lines = ct.scan_lines(text)
    cands = []
    # Rule repeated_chapter_prefix (transforms.chapter_prefix): lines to read past a prefix.
    past = chapter_prefixes(lines.texts, _reader(any_script)) if "第" in text else {}
    for i, t in enumerate(lines.texts):
        if t and len(t) <= hd.MAX_KEYWORD_LINE:
            if past and i in past:
                t = t[slice(*past[i])]  # the heading is the rest; it starts at the line's start
            found = hd.line_candidates(t, lines.starts[i], i, lines.ends[i])
            if found and found[0].kind == "caps" and _cjk_case(t):
                found = []  # clauses cjk_not_caps, cjk_not_caps_first ("章 7. GUI（…）系統")
            if not found:  # rules cjk_numbered, any_script_titles (transforms.script_titles)
                found = number_candidates(t, lines.starts[i], i, lines.ends[i], any_script)
            if found and t in VOLUME_HALVES and i and not lines.blank[i - 1]:
                found = []  # clause volume_half_apart (transforms.cjk_numbers)
            if found and lines.indent[i] and t[0] == "#":
                found = [c for c in found if c.kind != "md"]  # rule indented_prompt
            if found and imprint_entry(found[0].series, lines.texts, lines.blank, i):
                found = []  # clause imprint_volume_line (transforms.imprint_volumes)
            if found and _closes_note(lines.texts, lines.blank, i):
                found = []  # clause note_closing_line
            if found and i and _mid_sentence(lines.texts[i - 1], t):
                found = [c for c in found if c.kind not in ("keyword", "ordinal")]  # mid_sentence
            cands.extend(found)
    cands = the_ordinal_runs(cands, hd.CAPS_RANK, lines.texts)  # english_the_ordinal_run
    cands = _repeated_volume_prefix(cands)  # clause repeated_volume_prefix
    taken = {c.line for c in cands}  # rule web_novel_numbers: lines no other rule read
    web = web_novel_candidates(lines.texts, lines.starts, lines.ends, lines.blank)
    if web:
        cands = sorted(cands + [c for c in web if c.line not in taken], key=lambda c: c.start)
    # Clause setext_char_led (session 44, cost only): each mark's one character first.
    if (
        ("-" in text and "--" in text)
        or ("=" in text and "==" in text)
        or ("*" in text and "***" in text)
    ):
        # Underlined headings: their title line loses any candidate of its own.
        setext = hd.setext_candidates(lines.texts, lines.starts, lines.ends, lines.blank)
        if setext:
            titled = {c.line for c in setext}
            cands = sorted(
                [c for c in cands if c.line not in titled] + setext, key=lambda c: (c.line, c.start)
            )
    cands = scene_candidates(text, lines, cands)  # rules scene_heading, screenplay_no_caps
    spans = code_spans(text)
    if spans:  # rule fenced_code: a line of code ("# a shell comment") heads nothing
        cands = [c for c in cands if not inside(spans, c.start)]
    cands = drop_prompt_runs(lines, cands)  # rule prompt_run
    cands = drop_admonition_labels(lines, cands)  # rule admonition_label
    cands = confirm_sequences(lines, cands)  # rule named_sequence
    bylines = byline_lines(lines.texts, lines.starts)  # clause byline_lines (transforms.bylines)
    # Clause byline_under_story_title (transforms.bylines): a story's "BY ..." line too.
    cands = story_bylines(lines.texts, lines.blank, [c for c in cands if c.line not in bylines])
    # Clause imprint_lines (transforms.bylines): an imprint titles no heading.
    no_title = bylines | imprint_lines(lines.texts, lines.starts, lines.blank)
    cands = _merge_caps_lines(cands)
    if any(c.kind == "caps" and "," in c.title for c in cands):
        # Clause persons_entrance_line (transforms.stage_persons): "STRENGTH, FORCE,
        # VULCAN, PROMETHEUS." over their speeches names who is on stage.
        on_stage = persons_lines(lines.texts, lines.blank, cands)
        cands = [c for c in cands if c.line not in on_stage]
    cands = drop_note_numbers(lines.texts, cands)  # clause notes_run (transforms.note_numbers)
    # A line in capitals with text right under it is a speaker tag ("SECOND
    # LORD.") or emphasis, never a heading: it is not even a candidate.
    # The same goes for a bare or titled number ("1 Cit. You shall ha't").
    n = len(lines.texts)
    counted = roman_run_lines(cands)  # clause roman_run_over_text (transforms.roman_runs)
    cands = [
        c for c in cands
        if c.kind not in ("caps", "named", "numeral", "numbered")
        or c.line + 1 >= n or lines.blank[c.line + 1] or CJK_CHAR.match(c.title)
        or c.line in counted or c.series.startswith("numbered:web-")  # web_novel_numbers
    ]  # fmt: skip
    cands = chapter_decimals(lines, drop_colon_lists(lines.texts, cands))  # transforms.cjk_*
    kept, found = ct.drop_lists(lines, cands)
    if contents_out is not None:
        contents_out.extend(_list_spans(lines, found.in_list))
    kept = drop_running_heads(kept)  # clause cjk_running_head (after the contents lists)
    kept = drop_admonition_labels(lines, listed_lines(lines, kept, found))
    confirmed = _running_heads(confirm_candidates(lines, kept, found))
    confirmed = continued_numbering(decimal_levels(confirmed, found))  # unlisted_list_item
    confirmed = lower_roman_under_upper(confirmed)  # transforms.nested_numerals
    # Clauses play_title_over_persons, work_titles_over_restarts (transforms.work_titles),
    # second_work_over_restart (transforms.second_work_titles): the works' titles at the top.
    # Clause play_title_over_act_one (transforms.play_title_blocks): the title block right
    # over a play's ACT I in a volume of plays.
    confirmed = play_titles_over_acts(lines, titles_over_persons(lines.blank, kept, confirmed))
    confirmed = play_titles_over_parts(lines, confirmed)  # transforms.play_part_blocks
    confirmed = second_work_titles(lines, titles_over_restarts(confirmed), found.in_list)
    # Clause listed_works_over_unlisted (transforms.listed_works): a collection's contents
    # names its stories, not their chapters in capitals.
    # Clause title_repeated_over_parts (transforms.repeated_part_titles): "SUBMARINES" /
    # "I", "SUBMARINES" / "II": a chapter in parts.
    confirmed, parted = titles_over_parts(lines, kept, confirmed)
    confirmed = listed_works(confirmed, found, parted)
    # Clause numbered_parts_under_their_work (transforms.work_parts): "TITLE.—II." parts.
    confirmed = work_parts(confirmed)
    confirmed = listed_titles_over_acts(confirmed, found)  # clause listed_play_title_over_acts
    # Titles first: a line in capitals (clause listed_title_line: or a line rule listed
    # took) that titles a numbered heading is part of it, even when a list names it.
    numbered_lines = {c.line for c, _ in confirmed if c.kind not in ("caps", "named", "listed")}
    titles = {}
    # "ACT II. SCENE I.": the act's heading ends where the scene's begins.
    paired = {c.line: c.start for c in kept if c.second}
    # Clause title_lines_once (session 41): the lines a title may not take grow by each
    # title found; rebuilding the set for every candidate was quadratic in the headings
    # (a text of 100,000 "CHAPTER I" lines).
    taken = numbered_lines | no_title
    for c, _ in confirmed:
        if c.line not in paired:
            t = title_line(lines, c, taken)
            if t is not None:
                again = c.line in titles  # its earlier title no longer counts, as before
                titles[c.line] = t
                taken = numbered_lines | set(titles.values()) | no_title if again else taken
                taken.update(title_rest_lines(lines, c.line, t))  # clause comma_title_lines
    unpaired = [c for c, _ in confirmed if c.line not in paired]
    drop_prose_titles(lines, unpaired, titles)
    drop_verse_titles(lines, unpaired, titles)  # clause title_like_its_text
    quoted_titles(lines, unpaired, titles)  # clause quoted_cjk_title
    title_lines = {k for h, t in titles.items() for k in title_rest_lines(lines, h, t)}
    headings = []
    for c, rank in confirmed:
        if c.line in title_lines and c.kind in ("caps", "named", "listed"):
            continue
        end, title = c.end, c.title
        if c.line in paired and not c.second:
            end = c.start + len(text[c.start : paired[c.line]].rstrip())
        t = titles.get(c.line) if not c.second else None
        if t is not None and not (c.series == "ord:act" and _SCENE_LINE.match(lines.texts[t])):
            rest = " ".join(lines.texts[k] for k in title_rest_lines(lines, c.line, t))
            end, title = lines.ends[t], f"{c.title} {rest}"
        elif is_comma_title(c) and mixed_rest(lines, c):
            title = title[:-1]  # clause comma_title_mixed_rest (transforms.comma_titles)
        headings.append(Heading(c.start, end, " ".join(title.split()), c.kind, rank))
    # Rule cjk_title_lines (transforms.cjk_titles): a CJK book's named sections.
    chaptered = any(
        h.kind == "md" or (h.kind in ("keyword", "cjk") and h.rank >= 20) for h in headings
    )
    heading_lines = {bisect.bisect_right(lines.starts, h.start) - 1 for h in headings}
    chapters = [h for h in headings if h.kind in ("keyword", "cjk") and h.rank >= 20]
    chapter_lines = sorted(bisect.bisect_right(lines.starts, h.start) - 1 for h in chapters)
    # Clause chapters_in_one_piece (transforms.cjk_titles): one story's chapters in a
    # collection of titled stories (阿Ｑ正传 in 呐喊); its titles rank above the chapters.
    span = chaptered and not any(h.kind == "md" for h in headings)
    span = chapters_span(lines.texts, chapter_lines) if span else None
    titled = cjk_title_lines(lines, heading_lines | title_lines, chaptered and not span, span)
    titled = titles_off_contents(titled, found.in_list)  # clause titles_off_contents
    if titled and span:
        top = min(h.rank for h in chapters) - 1
        titled = [(i, top - (TITLE_RANK - rank)) for i, rank in titled]
    if titled:
        headings += [Heading(lines.starts[i], lines.ends[i], lines.texts[i], "cjk_title", rank)
                     for i, rank in titled]  # fmt: skip
        headings.sort(key=lambda h: h.start)
    elif chaptered:  # rule chapter_subtitles (transforms.chapter_subtitles)
        subtitled = chapter_subtitles(lines, heading_lines | title_lines, chapter_lines)
        if subtitled:
            rank = max(TITLE_RANK, max(h.rank + 1 for h in headings))
            headings += [Heading(lines.starts[i], lines.ends[i], lines.texts[i], "cjk_title", rank)
                         for i in subtitled]  # fmt: skip
            headings.sort(key=lambda h: h.start)
            titled = [(i, rank) for i in subtitled]
    # Rule cjk_sequence_titles (transforms.cjk_sequence_titles): headings no keyword
    # names ("高卢战记 01", "第二封信", "大 局（2）") that count up over real text.
    # Clause sequence_beside_titles (session 33): where cjk_title_lines read titles, the
    # titles in parts it leaves ("大 局（1）" among 常识's "炒 作", once its site stamps are
    # cut) are read too, on the lines it did not take.
    if not chaptered:  # a regex test on the short lines set apart only
        taken = heading_lines | title_lines | bylines | {i for i, _ in titled}
        seq = sequence_titles(lines.texts, taken)
        headings += [Heading(lines.starts[i], lines.ends[i], " ".join(lines.texts[i].split()),
                             "cjk_seq", rank) for i, rank in seq]  # fmt: skip
        headings.sort(key=lambda h: h.start)
        titled = sorted(titled + seq)
    # Rule diary_date_lines (transforms.diary_dates): a diary's dated entries.
    taken = heading_lines | title_lines | {i for i, _ in titled}
    dated = diary_date_lines(lines, taken)
    if dated:
        # Clause diary_entries_lowest: an entry sits under the book's other headings
        # ("一　シャンハイ" over 四月一日 .. 四月三日 in 寺田寅彦's 旅日記).
        rank = max([TITLE_RANK] + [h.rank + 1 for h in headings])
        headings += [Heading(lines.starts[i], lines.ends[i], " ".join(lines.texts[i].split()),
                             "diary", rank) for i in dated]  # fmt: skip
        headings.sort(key=lambda h: h.start)
        heading_lines |= set(dated)
    # Rule titled_chapters (transforms.chapter_titles): a novel's unnumbered chapter titles.
    # Clause parts_over_titles: also under keyword parts or volumes ("Część pierwsza. Syn
    # kowala") and named divisions ("Prolog", "Epilog"), not under numbered chapters.
    chapters = any(h.kind != "named" and (h.kind != "keyword" or h.rank >= 20) for h in headings)
    for i, rank in titled_chapters(lines, chapters):
        if i not in heading_lines and i not in bylines:
            headings.append(Heading(lines.starts[i], lines.ends[i], lines.texts[i], "titled", rank))
    # Rule poem_title_over_stanza (transforms.poem_titles): a book of poems' titles.
    play = any(c.series.endswith((":act", ":scene")) for c, _ in confirmed)
    top = all(h.rank > hd.CAPS_RANK for h in headings)
    at = {bisect.bisect_right(lines.starts, h.start) - 1: h.rank for h in headings}
    taken = heading_lines | title_lines | at.keys()  # the headings' ranks: clause peer_rank
    caps = {bisect.bisect_right(lines.starts, h.start) - 1 for h in headings if h.kind == "caps"}
    for i, j, r in poem_title_spans(lines, taken, no_title, found.in_list, play, top, at, caps):
        t = lines.texts[i] if i == j else " ".join(text[lines.starts[i] : lines.ends[j]].split())
        headings.append(Heading(lines.starts[i], lines.ends[j], t, "poem", r))  # both lines
    headings.sort(key=lambda h: h.start)
    tail = run_tail_title(lines, headings)  # clause numbered_run_tail_title
    if tail:
        i, rank = tail
        headings.append(Heading(lines.starts[i], lines.ends[i], " ".join(lines.texts[i].split()),
                                "numbered", rank))  # fmt: skip
    headings = drop_repeated_headings(text, sorted(headings, key=lambda h: h.start), found.twice)
    headings = drop_title_over_chapter(text, headings)  # clause title_over_its_chapter
    # Clause work_title_page (transforms.work_title_pages): a work's own title page.
    headings = _named_among_numbers(work_title_pages(text, lines, headings, found))
    headings = listed_head_subtitles(lines, headings, found)  # transforms.intro_subheads
    headings = title_pages_over_works(lines, headings)  # transforms.work_page_tops
    # Rule poem_part_run (transforms.poem_part_runs): one poem's "PART I" .. "PART VII".
    headings = parts_under_their_poem(headings)
    # Rule matter_levels (transforms.matter_levels): front and back matter at the top.
    headings = matter_at_top(headings)  # rule repeated_heading before
    # Rule title_again_ends_front_matter (transforms.front_title_again): the book's title
    # again after its PREFACE opens the body (Castle Rackrent's tale).
    added: dict[int, str] = {}  # rule page_piece_lines: "童年时光(2)" lines no rule read
    if ")" in text or "）" in text:
        at = {bisect.bisect_right(lines.starts, h.start) - 1 for h in headings}
        pages = page_piece_lines(lines.texts, at, found.in_list)
        pages = page_piece_heads(lines.texts, pages)  # clause page_title_broken_line: 2 lines
        added = {lines.starts[a]: title for a, _, title in pages}
        headings = sorted(headings + [Heading(lines.starts[a], lines.ends[i], t, "numbered",
            hd.NUMBERED_RANK) for a, i, t in pages], key=lambda h: h.start)  # fmt: skip
    # Rule chapter_pieces: "第一章(1)", "第一章(2)" one chapter; clause pages_merge_or_stay_out.
    headings = pages_merged(headings, added, chapter_pieces)
    headings = part_page_heads(lines, headings, added)  # rule part_page_heads: "第五部分" again
    headings = circle_mark_titles(lines, headings, Heading)  # rule circle_mark_titles
    return title_again_after_front(lines, headings)


@reads_surrogates()  # clause surrogates_read_as_replacement (transforms.surrogates)
def find_sections(text: str) -> tuple[list[Section], list[Heading]]:
    """Sections of ``text`` and the headings that open them (clause additive_only of
    rule any_script_titles: ``transforms.script_titles``)."""
    return additive_only(text, find_headings, sections_from_headings)
