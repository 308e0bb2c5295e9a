"""Note reference marks as ``transforms.html_text`` writes them: "[1]" glued to the word
before it (a mixin of its parser, through ``transforms.html_notes.NoteParts``; the
clauses are listed in ``transforms.html_notes``' docstring: ``note_reference_marks``,
``sup_note_links``, ``sup_mark_list``, ``sup_mark_links_only``, ``bracket_note_links``,
``bracket_word_space``, ``spaced_mark``, ``sup_mark_linear``). Tested in
``tests/transforms/test_html_note_marks.py`` and ``test_html_note_labels.py``."""

from __future__ import annotations

import re

from transforms.html_layout import CELL_SEPARATOR, VOID

# Clauses sup_note_links (and note_mark_end, transforms.note_marks): a reference mark
# without a role: a number of 1-4 digits, a letter, a small roman numeral, a symbol
# ("IPv6", "C99" in a <sup> link are words, not marks).
MARK_KEY = r"\d{1,4}|[a-zA-Z]|[ivx]{2,5}|[*†‡§]{1,3}"
_SUP_MARK = re.compile(rf"\[?({MARK_KEY})\]?")
# Clause bracket_note_links: a link's mark in brackets or parentheses ("[1]", "(1)").
_BRACKET_MARK = re.compile(rf"\[({MARK_KEY})\]|\(({MARK_KEY})\)")
# Clause sup_mark_list: marks of two or more links in one <sup>, "1,2", "1, 3".
_SUP_MARKS = re.compile(rf"\[?(?:{MARK_KEY})\]?(?:\s*[,;]\s*\[?(?:{MARK_KEY})\]?)+")
# Clause bracket_word_space: a word then a space, before a bracketed link; a link named
# as a footnote (not a citation's "ref"/"cite" or a bare backlinked id) is glued still.
_WORD_SPACE = re.compile(r"\w\s+\Z")
# Clause spaced_mark: a punctuation mark that French writes after a space ("suit :").
# Clause spaced_lang: not "»" (French spaces inside the guillemets, before "»": a mark
# after it is glued, "citation »[3]", as after a Danish or Swedish closing "»").
_SPACED_END = re.compile(r"[\s\u00a0\u202f][:;!?]\Z")
# Clauses box_colon_lang, spaced_lang: languages that write a space before ":" (and ";",
# "!", "?"). Of the gettext catalogs in /usr/share/locale here, the translations of a
# message ending in ":" that end in " :": Occitan 82 of 82 (7 catalogs), Breton 56 of
# 57 (2), French 363 of 390 (35); every other language with 20+ such messages 0-14%
# (Persian 4 of 29, Arabic 7 of 88, Vietnamese 14 of 221, the rest under 2%).
SPACED_COLON = frozenset(("fr", "oc", "br"))


def primary_language(lang: str) -> str:
    """The primary subtag of a ``lang`` attribute: "fr" of "fr-CA", "fr_FR", " FR "."""
    return re.split(r"[-_]", lang.strip().lower(), maxsplit=1)[0]


class NoteMarks:
    """Mixin: writes a note reference's mark into ``lines`` (``html_text._TextParser``)."""

    def _glue_mark(self, mark: str) -> None:
        """Clause ``note_reference_marks``: "[1]" right after the text before it; at
        the start of a cell, a list item or a box (a separator, a number or a title
        waiting for the first text) after them, as text ("no | [1]", not "no[1]")."""
        if self.separator or self.marker or self.label:
            self.handle_data(mark)
            return
        line = self.lines[-1]
        spaced = False  # the source had a space before the mark (clause spaced_lang)
        while line and not line[-1].strip():
            line.pop()
            spaced = True
        if line and line[-1] is not CELL_SEPARATOR:
            spaced = spaced or line[-1][-1:].isspace()
            line[-1] = line[-1].rstrip()
            end = _SPACED_END.search("".join(line[-2:]))
            if end and self._spaced_language(spaced or end.group()[0] in "\u00a0\u202f"):
                line[-1] += " "  # clause spaced_mark: "suit : [68]"
        line.append(mark)

    def _spaced_language(self, spaced: bool) -> bool:
        """Clause ``spaced_lang``: a mark after a spaced ":" / ";" / "!" / "?" keeps a space
        before it in a page of a language that spaces them (``SPACED_COLON``); in a page of
        another language it is glued as after any mark ("found ;[1]"); in a page that
        names no language (maint-guide-fr's DocBook pages) the space is kept when the
        source has one, or a no-break space before the punctuation shows French
        typography ("comme suit&nbsp;:<a>[99]"); an English book's plain " ;" does not."""
        lang = primary_language(self.langs[-1][2] if self.langs else self.lang)
        return lang in SPACED_COLON or (not lang and spaced)

    # Clause inner_spaced_lang (review of session 22; session 23: by element): the
    # language of the mark is the ``lang`` of the innermost open element naming one, the
    # page's otherwise: a French quotation (<q lang="fr">, <div lang="fr-CA">) in an
    # English page spaces its marks as a French page does, an English passage
    # (<blockquote lang="en">) in a French page glues them. Session 22 decided it for the
    # whole page once any French element had opened.
    def _lang_start(self, tag: str, attrs: dict) -> None:
        """An element naming its language opens; [tag, open elements of that name, lang]."""
        for entry in self.langs:  # a <div> inside a <div lang="fr"> closes before it
            entry[1] += entry[0] == tag
        lang = attrs.get("lang") or attrs.get("xml:lang")
        if lang is not None and tag not in VOID and tag not in ("html", "body"):
            self.langs.append([tag, 1, lang])

    def _lang_end(self, tag: str) -> None:
        for i in range(len(self.langs) - 1, -1, -1):
            if self.langs[i][0] == tag:
                self.langs[i][1] -= 1
                if not self.langs[i][1]:
                    del self.langs[i:]  # and any left open inside it (an omitted end tag)
                return

    def _place(self) -> tuple[int, int, int]:
        return len(self.paragraphs), len(self.lines), len(self.lines[-1])

    def _link_mark(
        self,
        place: tuple[int, int, int],
        bracketed: bool = False,
        spaced: bool = False,
        links: int = 1,
    ) -> None:
        """Clause ``sup_note_links``: the <sup>/link pair's text since ``place``, when it
        is a note label on the same line, becomes the mark "[1]" (clause
        ``sup_mark_list``: marks "1,2" become "[1][2]"; ``bracketed``: a link without a
        <sup> only when its text is "[1]", clause ``bracket_note_links``)."""
        paragraphs, lines, parts = place
        if (paragraphs, lines) != (len(self.paragraphs), len(self.lines)):
            return
        if parts > len(self.lines[-1]):
            return  # the line lost its trailing space to a cell's " | " (gnutls-abstract.html)
        if parts < len(self.lines[-1]) and self.lines[-1][parts] is CELL_SEPARATOR:
            parts += 1  # the mark opens a table cell: "no | [1]"
        text = "".join(self.lines[-1][parts:])
        mark = (_BRACKET_MARK if bracketed else _SUP_MARK).fullmatch(text.strip())
        if bracketed and mark:  # clause bracket_note_links: "[1]" or texi2html's "(1)"
            mark = _SUP_MARK.fullmatch(mark.group(1) or mark.group(2))
        if not mark and not bracketed and _SUP_MARKS.fullmatch(text.strip()):
            keys = [key for key in re.split(r"[\s,;\[\]]+", text) if key]  # sup_mark_list
            keys = keys if len(keys) == links else []  # clause sup_mark_links_only
        else:
            keys = [mark.group(1)] if mark else []
        line = self.lines[-1]  # clause sup_mark_linear: the text before, from its end
        before = any(line[i].strip() for i in range(parts - 1, -1, -1))
        if not keys or self.pre or not before:
            return  # a mark that opens its line is a note's own label (DocBook's "[6] ")
        del self.lines[-1][parts:]
        if spaced and _WORD_SPACE.search("".join(line[-4:])):  # clause bracket_word_space
            line.append(f"[{keys[0]}]")  # "shown in [1]": a citation after a word keeps
        else:  # the space the source has between them (not "in[1]")
            self._glue_mark("".join(f"[{key}]" for key in keys))
        if text[-1].isspace():
            self.lines[-1].append(" ")  # "[98] " in the <sup>: the space stays after it
