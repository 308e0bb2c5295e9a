"""Project Gutenberg's transcriber markup in the text (session 28): boilerplate rules
``gutenberg_illustration``, ``gutenberg_note_move``, ``gutenberg_note_anchor`` and
``gutenberg_emphasis`` (``transforms.boilerplate`` runs them, so their characters count in
the document's ``boilerplate_chars`` and ``--keep-boilerplate`` keeps them).

Plain-text Gutenberg books mark what the printed page showed otherwise; in the shared
English books (31, and the 78 Shakespeare texts, which have none) the clean text held 6
"[Illustration]" tags, 9 "[Illustration: caption]" lines, 53 "[Footnote: ...]" blocks (7
of them inside a sentence: Nietzsche's "lives gangasrotogati [Footnote: Like the river
Ganges: presto.] among those", pg4363), 9,567 note anchors ("Comum[1], now Como", pg57493),
6,925 "_italic_" and 252 "=bold=" pairs.

Clauses:

- ``illustration_tags``: "[Illustration]", "[Illustration.]" and "[Illustration: caption]"
  are cut, caption and all: the picture is not in the text, and the caption most often
  repeats a line of the story (pg62's "[Illustration: She drew upon the marble floor the
  first map of Barsoomian territory I had ever seen.]"). A tag alone in its paragraph goes
  with the blank lines after it; a tag on its own line inside a paragraph with its line; a
  tag inside a line with one space before it.
  Clause ``picture_tags`` (session 31, raw Gutenberg sample): two more tag forms are cut the
  same way: "[Picture: caption]" (119 of the 3,443 files of GitHub rcdm-uga/Gutenberg_Text,
  483 tags: Defoe's London in 1731, "[Picture: Ground plot of the Royal Exchange]") and a
  caption in braces that ends in the picture's file name, "{caption: p144.jpg}" (10 files,
  106 tags; Lang's Prince Prigio, where "CHAPTER I." / "{Chapter heading picture: p1.jpg}"
  made the chapter's title the file name). "[Picture" needs its colon and a space or the
  line's start before it: "([Picture: Character dagger])" stands for a glyph in the
  sentence and stays, and so does a drop capital's "[Picture: Highly decorative letter M,
  first letter of Modern] ODERN" (Lang's The Library: the picture is the word's letter).
  A brace tag needs the file name (.jpg, .jpeg, .png, .gif) and a caption opening with a
  letter, digit or quote and holding no "=", "<" or ">", nor a ";" beside another ":" (not
  CSS or code: clause ``picture_tags_code_guard``, session 32; Jane Eyre's prose caption
  "{Hush, Hannah; I have a word to say to the woman: p323.jpg}" is cut). Clause
  ``picture_runs``: tags in consecutive indented paragraphs (" [Picture: Book cover]" /
  "" / " [Picture: Frontispiece]", 17 of the 123 files) all go: the first cut ends at the
  next tag's text, past where the next cut starts, and the two are joined. Clause
  ``picture_tags_prefilter`` (integrator): the tag scan runs only where a case-blind
  "[picture:" or ".jpg}"/".png}"/".gif}" search finds one (the scan cost 4% of cleaning).
- ``footnote_after_paragraph``: a "[Footnote: ...]" / "[Footnote 3: ...]" / "[Sidenote:
  ...]" block that does not stand as its own paragraph (text before it since the last blank
  line, or after it before the next) is cut where it stands and put, unchanged, as a
  paragraph of its own right after its paragraph: the sentence it interrupted reads whole
  ("lives gangasrotogati among those only"), and the note (the author's or translator's
  words) is kept, not lost. Several notes of one paragraph follow it in their order. A
  block in its own paragraph stays. A block is one "[...]" with no blank line and no other
  "[" inside, at most 3,000 characters; anything else stays as it is.
  Clause ``sidenotes_cut`` (session 34): a "[Sidenote: ...]" inside a sentence is not moved
  but cut with its space: it is the margin's year or line number (Scott's Minstrelsy "form
  [Sidenote: 570] any idea"), not the author's running text. Clause
  ``sidenotes_paragraph_words`` (review): a sidenote paragraph keeps its words as the
  paragraph, label and brackets gone ("HIS HOUSE AT BRIGHTON.", Gibbon's letters): in
  Dickens' Letters it names the letter's addressee ("Mr. William Sandys." over "DEAR SIR,").
  Clauses ``sidenote_running_heads`` and ``sidenote_in_sentence`` (session 34, wtD2): one
  in capitals (a running head or summary) is cut; one that splits a sentence goes and the
  sentence's halves join (``_side_paragraph``).
- ``note_anchors``: a note anchor glued to the word or mark before it ("Comum[1], now",
  "floor.[12] Then") is cut when its note is in the document: a line that opens with the
  same "[key]" label, or a "[Footnote key: ...]" block. Keys: one to four digits or one
  capital letter. An anchor without its note stays ("[citation needed]" is no anchor), and
  so does one after ")" or "]" or before a word, "(", "[", "=" or ".word": code's indexes
  ("split()[1]", "sections[1].start"). Clause ``anchors_in_transcriptions``: only in a
  document that shows it is a Gutenberg transcription (an "[Illustration", "[Footnote" or
  "[Sidenote" tag, or an "_italic_" or "=bold=" pair; every one of the 15 shared books with
  anchors has one): an HTML page's text (``transforms.html_text`` writes no underscores)
  keeps its "[1]" marks, which session 20 put back so that its notes' "[1]" labels have
  something pointing at them (QUALITY, "HTML text: note reference marks").
- ``emphasis_underscores``: "_word_" and "_several words_" (one newline inside at most)
  lose their underscores when the pair sits at word boundaries: not inside a word
  ("snake_case", "__init__"), not after "/", "." , ":" or "@" (URLs, paths, e-mail); the
  text inside opens and closes with a letter, digit or closing punctuation and holds no
  "/", "\\", "=", "(" nor backquote. ``emphasis_equals`` does the same for "=bold=" (pg38145's
  "=Chemistry of the Notions and the Feelings.=--Philosophical"), since session 34 (wtD2)
  over six lines at most, around "_italics_" ("=_Price, $1.25._=") and closed " =" at a
  line's end ("=A Fair Saxon. =").
  ``emphasis_asterisks`` (session 32) does the same for "*bold*" (two lines at most,
  the opening star after a space, a line's start or opening punctuation, the closing one
  before a space or punctuation: "* * *", "d*mn", "a*b*c", a note's "word*" and Poe's
  cipher stay; clause ``asterisks_prefilter``: only where a star stands before a letter).
- ``brace_note_anchors`` / ``brace_note_labels`` (rule ``gutenberg_note_anchor``, session
  32): in a document with a "{N}" label line, every "{N}" (1-3 digits, and a letter:
  "{4b}", clause ``brace_note_letter_labels``, session 33) goes, the note's
  words stay; subscripts and maths ("H_{2}S", "12^{2}", "x{2} + 7x") stay.
  Clause ``emphasis_quoted_mark`` (review, session 28): a mark that stands quoted alone
  ('"="', '"_"') is the character itself, not a pair's end: gzip's ChangeLog 'use "+=",
  not "="' kept its signs (it read 'use "+", not ""'); and a closing mark before "#" or
  "*", or an opening one after ")", is an identifier's ("_ITM_##R##T", libitm's
  ChangeLog; "(enc|dec)_neon: use vcreate_*()", libwebp's; none in the shared books).
- ``markdown_stays``: nothing is cut from a document with Markdown or code in it (a "```"
  fence, "# " heading line, "](" link, "**bold**" or "`code`"): there underscores, equals
  signs and "[1]" are syntax (a reference link's "[text][1]" and "[1]: https://..."
  definition), and a "[Illustration]" is an example in the text, not a tag.
"""

from __future__ import annotations

import re

from transforms.gutenberg_emphasis import _STAR_GATE, _emphasis
from transforms.gutenberg_note_marks import _anchors, _brace_anchors, _cut, _notes, _page_marks
from transforms.textedit import Edit

RULES = (
    "gutenberg_illustration",
    "gutenberg_note_move",
    "gutenberg_note_anchor",
    "gutenberg_emphasis",
)
# Clause markup_after_unwrap: illustration tags are cut with the boilerplate (whole lines,
# mostly); the rest is cut from the unwrapped text: "lives gangasrotogati [Footnote: Like
# the river Ganges: presto.] among" cut before unwrapping left a short line that
# unwrapping kept apart ("lives gangasrotogati among" | "those only who", pg4363), and
# so did "Ascania[2741], Anaphe[2742], Hippuris, and" (pg57493).
BEFORE_UNWRAP = frozenset({"gutenberg_illustration"})
AFTER_UNWRAP = frozenset(RULES) - BEFORE_UNWRAP

# clause illustration_tag_variants (session 34): a tag whose caption follows a space, not a
# colon: "[Illustration 005]" (Hugo's Ninety-Three: 117 tags, Maupassant's Afloat: 48),
# "[Illustration of Sam and his Patient.]" (Alger), "[Illustration with caption: ...]"
# (Burnett's Little Hunchback Zia).  Not "[Illustration (music): ...]" (Franklin's essay
# quotes the notes' words it then discusses) nor "[Illustrative ...]".
_ILLUSTRATION = re.compile(
    r"\[Illustration(?:[.:]?\]|[:.][^\[\]]{0,2000}?\]|[ ](?=[\w\"'“‘])[^\[\]]{0,2000}?\])", re.I
)
_PICTURE = re.compile(
    r"(?<!\S)(?:\[Picture:(?![^\[\]]*\bfirst letter\b)[^\[\]]{0,2000}?\]"
    r"|\{(?=[\w\"“‘'])[^{}=<>]{0,2000}?:[ \t]*[\w.-]{1,60}\.(?:jpe?g|png|gif)\})",
    re.I,
)
# clause picture_tags_prefilter (session 31 integrator): _PICTURE needs one of these; the
# two literal searches cost 1/15 of the full scan on books without a picture tag.
_PICTURE_GATES = (re.compile(r"\[picture:", re.I), re.compile(r"\.(?:jpe?g|png|gif)\}", re.I))
# clause markdown_stays, narrowed in session 34 to what Markdown writes (25 mirror books lost
# every markup rule to these look-alikes; their "_italic_" pairs all stayed):
# - markdown_gate_fence_line: a fenced block is known by its bare "```" line (the closing
#   fence, whatever the opening's info string: "```python", "```{r}", "``` js"), not by a
#   line opening with backquotes used as an indent ("``````Take heed", Dickens' Cruikshank's
#   Water Colours; "````Hooray, hooray," Lang's Johnny Nut; no bare line in the mirror);
# - markdown_gate_link_target: "](" opens a link only before a target with "/", ".", "#" or
#   ":" and no space ("](https://...)", "](notes.md)"), not a note and its gloss
#   ("Ierne[2](Ireland?)", Burton's Ultima Thule; "flower"[283](1861)", Darwin's Life);
# - markdown_gate_bold_word_start: the opening "**" not after a word character
#   ("cries c**d, w**e, and knave", Pope's Moral Essays);
# - markdown_gate_tex_quotes: a "`code`" span's closing backquote is not followed by a word
#   character or another backquote: "`spiel,' my dear chap," he said. "It's as good a
#   `spiel'" (Burnett's T. Tembarom) opens two quotations TeX-style, no code.
# Review (session 34): clause markdown_gate_fence_long: a bare fence of four or more
# backquotes ("````", /usr/share/alsa/ucm2/README.md) is a fence too; clause
# markdown_gate_double_backquote: a "``code``" span ("``monotonic()``", monotonic's README)
# is code (TeX quotes close with "''", not "``"; neither form is in the Gutenberg mirror).
# Clause literal_led_lookbehind (session 48, cost only, same matches): the fence and heading
# branches' multi-line "^" is a look-behind after their first mark, "`(?<![^\n]`)" and
# "#(?<![^\n]#)" (no character but a newline before the mark: a line's start, where "^"
# holds), so every branch opens with a literal the engine skips to; led by "^" the pattern
# was tried at every character (~20 ms per million characters, twice per clean_text).
_MARKDOWN = re.compile(
    r"(?m)`(?<![^\n]`)``+[ \t]*$|#(?<![^\n]#)#{0,5} "
    r"|\]\([^\s()]*[/.#:][^\s()]*(?:[ \t]+\"[^\"\n]*\")?\)"
    r"|\*\*(?<![\w*]\*\*)\w[^*\n]*\*\*(?!\*)|`(?<!``)[^`\n]+`(?![\w`])"
    r"|``(?<!```)[^`\n]+``(?![\w`])"
)  # the look-behinds after the literal mark: one before it was tried at every character
# clause markdown_gate_banner (session 33): the old Project Gutenberg header's bold lines
# ("**Welcome To The World of Free Plain Vanilla Electronic Texts**", "**The Legal Small
# Print**", "**eBooks Readable By Both Humans ...**": 156 of the 3,381 mirror files) are no
# Markdown: a "**bold**" on a line that is one of the banner's does not stop the markup rules.
# Clause markdown_gate_banner_exact_line (review): the whole line must be a banner line, not
# any bold with "Gutenberg"/"eBooks" in it (a Markdown note's "**Johannes Gutenberg**").
_BANNER_LINE = re.compile(
    r"\*\*(?:Welcome To The World of Free Plain Vanilla Electronic Texts"
    r"|(?:Etexts|eBooks) Readable By Both Humans and By Computers, Since 1971"
    r"|Information prepared by the Project Gutenberg legal advisor|The Legal Small Print"
    r"|The Project Gutenberg E(?:text|Book) of [^*\n]*)\*\*"
    r"|\*\*\*START\*\*THE SMALL PRINT!\*\*FOR PUBLIC DOMAIN E(?:TEXTS|BOOKS)\*\*START\*\*\*(?: .*)?"
)


def _style_braces(tag: str) -> bool:
    """Clause ``picture_tags_code_guard`` (session 32): a brace "tag" whose caption holds a
    ";" and another ":" is a style or code block ("{color: red; background: bg.png}"), not
    a caption; a prose semicolon with one colon is a caption (Jane Eyre's "{Hush, Hannah;
    I have a word to say to the woman: p323.jpg}", rcdm-uga/Gutenberg_Text)."""
    if not tag.startswith("{"):
        return False
    caption = tag[1 : tag.rfind(":")]
    return ";" in caption and ":" in caption


def _markdown(text: str) -> bool:
    """Clause ``markdown_stays``, less the Gutenberg banner's bold lines (clause
    ``markdown_gate_banner``, ``markdown_gate_banner_exact_line``). Clause
    ``markdown_char_led`` (session 44, cost only): every branch of ``_MARKDOWN`` holds a
    "`", a "#" at a line's start, "](" or "**": without them no scan (it tried every
    character: ~16 ms per million characters of Chinese)."""
    if not (
        "`" in text
        or text.startswith("#")
        or ("#" in text and "\n#" in text)
        or ("]" in text and "](" in text)
        or ("*" in text and "**" in text)
    ):
        return False
    for m in _MARKDOWN.finditer(text):
        if m.group().startswith("**"):
            start = text.rfind("\n", 0, m.start()) + 1
            end = text.find("\n", m.end())
            line = text[start : len(text) if end < 0 else end].strip()
            if _BANNER_LINE.fullmatch(line):
                continue
        return True
    return False


def markup_edits(text: str, rules: set[str] | frozenset[str] = frozenset(RULES)) -> list[Edit]:
    """The edits of ``text``'s transcriber markup, for the rules in ``rules`` (module doc):
    sorted, an edit inside an earlier one (an anchor inside a moved note) left out."""
    found: list[Edit] = []
    # clause asterisks_prefilter: "*" is in most Gutenberg files ("*** START"); only a star
    # before a letter opens a pair, found by a literal-led search.
    stars = "gutenberg_emphasis" in rules and "*" in text and _STAR_GATE.search(text) is not None
    emphasis = "gutenberg_emphasis" in rules and ("_" in text or "=" in text or stars)
    if not (emphasis or "[" in text or "{" in text) or _markdown(text):  # markdown_stays
        return []
    if "gutenberg_illustration" in rules and any(g.search(text) for g in _PICTURE_GATES):
        # clause picture_tags (behind picture_tags_prefilter)
        found += [
            _cut(text, *m.span(), "gutenberg_illustration")
            for m in _PICTURE.finditer(text)
            if not _style_braces(m.group())
        ]
    if "[" in text:
        if "gutenberg_illustration" in rules:
            found += [
                _cut(text, *m.span(), "gutenberg_illustration")
                for m in _ILLUSTRATION.finditer(text)
            ]
        if "gutenberg_note_move" in rules:
            found += _notes(text, emphasis)
        if "gutenberg_note_anchor" in rules:
            found += _anchors(text)
    if "gutenberg_note_anchor" in rules:  # clause page_marks_no_bracket (review): "{pg 312}"
        found += _page_marks(text)  # in a text without "[" goes too
    if "{" in text and "gutenberg_note_anchor" in rules:
        found += _brace_anchors(text)  # clauses brace_note_anchors / brace_note_labels
    if emphasis:
        found += _emphasis(text, stars)
    out: list[Edit] = []
    for e in sorted(found, key=lambda e: (e.start, e.end)):
        if out and e.start < out[-1].end:
            last = out[-1]
            if e.rule == last.rule == "gutenberg_illustration" and e.end > last.end:
                # clause picture_runs: a tag paragraph's cut takes the next line's
                # indent, where the next tag's cut starts; the two cuts join.
                out[-1] = Edit(last.start, e.end, "", last.rule)
            continue
        out.append(e)
    return out
