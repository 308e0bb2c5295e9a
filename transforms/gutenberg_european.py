"""Project Gutenberg's notes in German, French, Spanish, Italian and Portuguese books
(session 30): rules ``transcriber_note`` and ``gutenberg_notice`` of
``transforms.boilerplate`` for headings the English patterns of
``transforms.gutenberg_notices`` do not read.

Clauses (raw files with their headers: GitHub OneDeadKey/kalamine-corpus
``corpus/gutenberg``; bodies without headers: NielsCodes/n-grams ``*/dataset``):

- ``european_transcriber_note``: a transcriber's note headed "Nota del Trascrittore",
  "NOTA DE TRANSCRIPCIÓN", "Nota del transcriptor", "Note(s) du transcripteur",
  "Anmerkungen zur Transkription", "Hinweise zur Transkription", "Nota do
  transcritor" (also "=...=" bold marks, a ":" after, a "[" before), opening a
  paragraph: a bracketed note to its closing bracket; otherwise from the heading to
  the first gap of two blank lines after the note's first text (a heading set off by
  two blank lines of its own, Marinetti's "=Nota del Trascrittore=:", keeps its list),
  or to the Gutenberg end marker (the text's end in a body without one) when that is
  at most 8,000 characters on, the heading is in the body's second half and no
  "[Footnote" lies between. Clause ``european_note_gap_in_reach`` (review of
  session 30): with no such gap within 20,000 characters and the text's end further
  on, only the note's first paragraph goes (as ``transcriber_notes`` does): Fausto's
  "NOTA DE TRANSCRIPCIÓN" with its blank lines single took the whole book. Left before: Pinocchio's, Monte-Cristo's (Italian) and
  Alice's (Italian) notes as the book's last text, Fausto's (Spanish) as its first.
- ``au_lecteur_note``: the French "Au lecteur" heading right after a Gutenberg header
  (within 3,000 characters of it) whose text says what the electronic edition kept
  or corrected ("Cette version électronique reproduit ...", "conformes à l'édition
  papier", "erreurs manifestes", "liste des modifications"), to its first gap of two
  blank lines. Baudelaire's "Au lecteur" (a poem) says none of these.
- ``modifications_list_to_footer``: a "Liste des modifications:" heading alone runs to
  the end marker as "TRANSCRIBER'S NOTES" does (clause ``notes_heading_to_footer``):
  the French errata list ("Page 140: «condammés» remplacé par «condamnés»").
- ``projekt_de_notice``: the paragraphs "Dieses Buch wurde uns freundlicherweise vom
  "Gutenberg Projekt-DE" zur Verfuegung gestellt ... http://gutenberg.aol.de" and its
  English twin "This book was generously provided by the German Gutenberg Projekt
  ...": a paragraph near an edge of a Gutenberg text naming the "Gutenberg Projekt"
  with a gutenberg.*.de address (``transforms.notice_evidence`` reads only "Project
  Gutenberg" and gutenberg.org / .net).
"""

from __future__ import annotations

import re

from transforms.boilerplate_scan import (
    AFTER_BLANK_LINE,
    PARAGRAPH_BREAK,
    TWO_BLANK_LINES,
    lines_matching,
    mentions_gutenberg,
    paragraphs,
    skip_blank_lines,
)
from transforms.gutenberg_notices import NOTE_TO_FOOTER_MAX, runs_to_footer
from transforms.textedit import Edit

_HEADINGS = (
    r"Not[ae]s? (?:del|della) [Tt]rascri(?:ttore|ttrice|zione)"  # Italian
    r"|Not[ae]s? di trascrizione"
    r"|Notas? (?:del|de la) transcript(?:or|ora)"  # Spanish
    r"|Notas? de transcripci[óÓo]n"
    r"|Notes? (?:du|de la) transcript(?:eur|rice)"  # French
    r"|Notes? de transcription"
    r"|Anmerkung(?:en)? zur Transkription"  # German
    r"|Hinweise? zur Transkription"
    r"|Notas? do transcritor"  # Portuguese
    r"|Notas? de transcri[çc][ãa]o"
)
_NOTE = re.compile(r"\n[ \t]*(?P<open>\[)?[ \t]*[=*_]?(?:" + _HEADINGS + r")\b", re.IGNORECASE)
_HEADING_ALONE = re.compile(
    r"[ \t]*\[?[ \t]*[=*_]?(?:" + _HEADINGS + r")[=*_]?[ \t]*:?[ \t]*", re.IGNORECASE
)
_NOTE_MAX_CHARS = 20_000

_AU_LECTEUR = re.compile(r"\n[ \t]*Au lecteur[ \t]*\.?[ \t]*(?=\n)")
_AU_LECTEUR_ZONE = 3_000
_EDITION_WORDS = re.compile(
    r"version électronique|édition papier|erreurs manifestes|liste des modifications|"
    r"(?:orthographe|ponctuation)[^\n]{0,80}(?:conserv|modifi|corrig)",
    re.IGNORECASE,
)
_MODIFICATIONS = re.compile(r"\n[ \t]*Liste des modifications[ \t]*:?[ \t]*(?=\n)")

_PROJEKT = re.compile(r"Gutenberg[ -]Projekt", re.IGNORECASE)
_PROJEKT_ADDRESS = re.compile(r"gutenberg\.[a-z]+\.de\b", re.IGNORECASE)


def european_transcriber_notes(text: str, footer: int | None = None, body: int = 0) -> list[Edit]:
    """Clauses ``european_transcriber_note``, ``au_lecteur_note`` and
    ``modifications_list_to_footer``; ``footer``: where the Gutenberg end marker
    starts, if any; ``body``: where the header ends (0 without one)."""
    cuts = []
    end_of_body = len(text) if footer is None else footer
    for line, end, m in lines_matching(_NOTE, text):
        match = m.group(0).lstrip("\n")
        start = line + len(match) - len(match.lstrip(" \t"))
        if line > 0 and not AFTER_BLANK_LINE.search(text, max(0, line - 200), line):
            continue  # mid-paragraph: prose naming a transcription
        if m.group("open"):
            close = text.find("]", end, end + _NOTE_MAX_CHARS)
            if close < 0:
                continue
            stop = close + 1
        elif _runs_to_end(text, line, end_of_body, body, _HEADING_ALONE):
            stop = end_of_body
        else:
            first = skip_blank_lines(text, _line_end(text, end))  # the note's first text
            gap = TWO_BLANK_LINES.search(text, first, first + _NOTE_MAX_CHARS)
            if gap:
                stop = gap.start() + 1
            elif len(text) - first <= _NOTE_MAX_CHARS:
                stop = len(text)  # a note at the end runs to the end
            else:  # clause european_note_gap_in_reach: only the note's first paragraph
                para = PARAGRAPH_BREAK.search(text, first)
                stop = para.start() + 1 if para else len(text)
        cuts.append(Edit(start, skip_blank_lines(text, stop), "", "transcriber_note"))
    if body > 0:
        for line, end, _ in lines_matching(_AU_LECTEUR, text, body, body + _AU_LECTEUR_ZONE):
            gap = TWO_BLANK_LINES.search(text, end, end + 2_000)
            stop = gap.start() + 1 if gap else end
            if gap and _EDITION_WORDS.search(text, end, stop):
                cuts.append(Edit(line, skip_blank_lines(text, stop), "", "transcriber_note"))
    if footer is not None:
        for line, _, _ in lines_matching(
            _MODIFICATIONS, text, max(body, footer - NOTE_TO_FOOTER_MAX)
        ):
            if _runs_to_end(text, line, footer, body, _MODIFICATIONS_LINE):
                cuts.append(Edit(line, footer, "", "transcriber_note"))
    return cuts


_MODIFICATIONS_LINE = re.compile(r"[ \t]*Liste des modifications[ \t]*:?[ \t]*")


def _line_end(text: str, pos: int) -> int:
    nl = text.find("\n", pos)
    return len(text) if nl < 0 else nl


def _runs_to_end(text: str, line: int, stop: int, body: int, heading: re.Pattern) -> bool:
    """The note's line is a heading alone with a blank line under it, ``stop`` (the end
    marker, or the text's end) close after it, no footnote between (the English notes'
    ``runs_to_footer``), and the heading in the body's second half."""
    return runs_to_footer(text, line, stop, heading) and line - body > stop - line


def projekt_de_notices(text: str, edge_chars: int) -> list[Edit]:
    """Clause ``projekt_de_notice``: paragraphs near an edge of a Gutenberg text that
    name the "Gutenberg Projekt" with a gutenberg.*.de address."""
    edge = min(len(text), edge_chars)
    cuts = []
    for lo, hi in ((0, edge), (len(text) - edge, len(text))):
        if not mentions_gutenberg(text[lo:hi]) or not _PROJEKT.search(text, lo, hi):
            continue
        for a, b in paragraphs(text, lo, hi):
            para = text[a:b]
            if _PROJEKT.search(para) and _PROJEKT_ADDRESS.search(para):
                cuts.append(Edit(a, skip_blank_lines(text, b), "", "gutenberg_notice"))
    return cuts
