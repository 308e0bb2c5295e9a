"""Plausibility rule of the Baltic candidates of ``--encoding auto``
(``transforms.legacy_encodings``; session 18): CP1257 and ISO-8859-13 (which read the
letters of Lithuanian, Latvian and Estonian at the same bytes; CP1257's quotes and
dashes at 0x80-0x9F are C1 controls in ISO-8859-13, ISO-8859-13's quotes at 0xA1 0xA5
0xB4 are unassigned in CP1257) and ISO-8859-4 (the older Baltic codec, other bytes).
Returns "" when the decoded text reads as one Baltic language, else what is wrong.

``baltic_plausible``, each clause named (docs/QUALITY.md):

* the Western shares (not the rule of runs: Lithuanian writes 'ųjį', 'ūšė'),
  ``symbol_in_word``, ``sign_in_word`` and ``case_in_word`` with the codec's capitals,
  and ``repeated`` (the accented characters are no one-offs), as for CP1250.
* ``baltic_letters``: >= 97% of the accented letters are of one language: Lithuanian
  (ą č ę ė į š ų ū ž; old orthographies also ł ż ź ó ś ć ń ē: 'małdas', 'użdengk'),
  Latvian (ā č ē ģ ī ķ ļ ņ š ū ž; old ŗ) or Estonian (ä ö õ ü š ž), plus é, the loan
  all write. Polish read as CP1257 ('wi¹za'), Czech, Hungarian, Turkish ('ğ' as 'š'
  beside 'ż' for ı), German/French ('ą' for à) mix letters of several or none.
  Clause ``old_letters`` (review): ź ó ś ć ń count as Lithuanian only beside ł or ż
  (Afrikaans ê ë read as CP1257 are 'lźer', 'Viėtnamees'). Clause ``latvian_o``
  (review): no ō for Latvian (modern Latvian has none, old texts a few: within the
  3%; Friulian ô â î û read as CP1257 are 'Valōr', 'Strāt', 'tentatīf').
  Clause ``baltic_density`` (review): its accented letters but é are >= 0.5% of its
  letters (an English novel's loans 'Brontë', 'vis-à-vis' read as 'Brontė', 'vis-ą-vis'
  passed as Lithuanian).
* ``baltic_marks``: the letters only that language has (Lithuanian ą ę ė į ų, Latvian
  ā ē ģ ī ķ ļ ņ: two of them; Estonian õ; its š ž are loans) at >= 10% of its accented
  letters, Latvian's with its commonest letter ā (clause ``latvian_a``, review: 5,869
  of 17,729 accented letters in Debian's lv catalogs; Kurmanji î ç ş û read as CP1257
  are 'Belēīka', 'Žahiyetī', never ā); counting small letters only (clause ``small_marks``: Mac Roman's ” — “ œ
  read as ISO-8859-4 are the capitals Ķ Ņ Ō Ī, Pliny's 'ideal:Ņfor'; its æ is 'ž').
  Estonian without õ reads the same in CP1252 (rule ``same_text`` decides it there)
  or is undecided; German's ä ö ü are no Estonian.
  Clause ``lithuanian_common``: ą ė į >= 5% of Lithuanian's accented letters
  (Norwegian æ ø read as CP1257 are ę ų; Esperanto ISO-8859-3 ę ų ž ż: 'Nesufięaj');
  clause ``latvian_common``: ā ē ī ū >= 5% of Latvian's (Italian ò ì è read as
  CP1257 are Latvian ņ ģ č, never its long vowels).
* ``spacing_mark``: a spacing accent (¨ ˇ ¸ ¯ ˛ ˙) touching a letter is CP1252's or
  CP1250's ž ('re˛iimi', 'mo˛nostķ') or ISO-8859-13's ’ ('n˙ištikėjimu') read as
  CP1257; one is enough. Clause ``nordic_letter``: so are Æ æ Ø ø, which no Baltic
  language writes (Estonian ISO-8859-15 'reøiimi', 'Øiffer' for ž, š).
* ``baltic_lone``: a letter Latin-1 lacks standing alone as a word, but Lithuanian's
  'į' (into), is a symbol or a quote of another codec; counted with the tolerance of
  ``symbol_in_word``.
* ``mixed_word`` (as for CP1250): a word with letters beyond Latin-1 of two languages.

Session 19 added ISO-8859-10 (Latin-6: its š ž ū are ISO-8859-4's ē ŧ ž, ISO-8859-4's
read as ISO-8859-10 đ ū þ) and CP775 (Baltic DOS) with the clauses ``fraction_in_word``
(¼ ½ ¾ touching a letter, as ``spacing_mark``: ISO-8859-10's ž read as CP1257, 're¼iimi'),
``box_in_word`` (a box-drawing character touching a letter: CP1257's ž read as CP775,
'abid■i'), ``estonian_loans`` (Estonian's letters beyond Latin-1 are š ž only; ð þ or
another, 'reļiimis', is ISO-8859-15 read as ISO-8859-10) and ``estonian_a`` (Estonian
has ä, or the loans' š ž: Finnish ä read as CP775 is õ alone); one is enough for each.
"""

from __future__ import annotations

import re

from transforms.legacy_misreads import central_misread
from transforms.legacy_single_byte import (
    _SIGN_IN_WORD,
    _SYMBOL_IN_WORD,
    _accented,
    _case_in_word,
    _one_language,
    _repeated_problem,
    _shares_problem,
    _tolerated,
)

# Rule baltic_letters: Lithuanian, Latvian, Estonian (with é, the common loan).
_BALTIC_ALPHABETS = (
    frozenset("ąčęėįšųūžéłżźóśćńē"),
    frozenset("āčēģīķļņšūžŗé"),  # (clause latvian_o: no ō, Friulian's ô)
    frozenset("äöõüšžé"),
)
# Clause old_letters (review): Lithuanian's old, Polish-style letters ź ó ś ć ń count
# only beside ł or ż, which every old orthography writes (ELTeC-lit: ł or ż in each
# novel with them; a modern text's rare 'ó' is a loan within the 3%): Afrikaans ê read
# as CP1257 is 'ź' ('lźer', with ë as 'ė': 'Viėtnamees'), Portuguese ã ó ú are ć ó ś.
_POLISH_STYLE = frozenset("łż")
_OLD_LETTERS = frozenset("źóśćń")
_LANGUAGES = ("Lithuanian", "Latvian", "Estonian")
# Clause baltic_density (review): the three languages accent >= 0.5% of their letters
# (é, the loan, aside): ELTeC-lit novels 1.4-9%, their pieces of 300-64k 0.4% (one) and
# >= 0.8%, Debian's lt/lv/et catalog pieces >= 0.85%. An English novel in CP1252 has a
# few loans ('Brontë', 'vis-à-vis', 'mediæval': 0.01%) that read as CP1257 are
# Lithuanian's ė ą ę: it passed, so the novel was undecided; French é with one â ç î
# passed as Latvian ā ē ī.
_DENSITY = 0.005
_ONE_BALTIC = 0.97
# Rule baltic_marks: (letters only the language has, distinct ones needed).
_BALTIC_MARKS = (("ąęėįų", 2), ("āēģīķļņ", 2), ("õ", 1))
_MARK_SHARE = 0.1
# Clause lithuanian_common: Lithuanian's commonest marks ą ė į are >= 5% of its
# accented letters (9-40% in 29 of 32 ELTeC-lit novels; 0.4-3% in 3 old ones written
# with Polish letters); Norwegian æ ø (CP1252) read as CP1257 are ę ų with an 'ą' for
# its rare à (0.05%), Esperanto ISO-8859-3's ĉ ĝ ŝ ŭ are ę ų ž ż ('Nesufięaj',
# 'požton'): ą ė į are Latin-1's à ë á there.
# Clause latvian_common: so are Latvian's long vowels ā ē ī ū (its commonest marks):
# Italian (CP1252) read as CP1257 is Latvian's ņ ģ č for ò ì è ('«ņ', a 1k piece of
# Verga's Una peccatrice passed), never ā ē ī ū (Â ç î û there).
_COMMON = ("ąėį", "āēīū", "")
_COMMON_SHARE = 0.05
# Rule spacing_mark: a spacing accent (¨ ˇ ¸ ¯ ˛ ˙: CP1257's 0x8D-0x8F, 0x9D, 0x9E,
# 0xFF; ISO-8859-4's) touching a letter is another codec's letter or quote: CP1252's
# and CP1250's ž ('re˛iimi', 'mo˛nostķ'), ISO-8859-13's ’ ('n˙ištikėjimu'); one is
# enough (no text glues a lone accent to a word).
# Clause nordic_letter: so are Æ æ Ø ø (CP1257's and ISO-8859-13's 0xAF 0xBF 0xA8 0xB8,
# where ISO-8859-15 has š ž and Latin-1 ¨ ¯ ¸ ¿; no Baltic language writes them):
# Estonian ISO-8859-15 'reøiimi', 'Øiffer' (ž, š); Spanish '¿Qué' is 'æQué'. (A Danish
# name in a Baltic text, 'Søren', is undecided.)
# Clause fraction_in_word (session 19): so are ¼ ½ ¾ (CP1257's 0xBC-0xBE, where
# ISO-8859-10 has ž ― ū and ISO-8859-15 Œ œ Ÿ): Estonian ISO-8859-10 'režiimi' read as
# CP1257 is 're¼iimi' (passed within symbol_in_word's tolerance: decided WRONG).
_MARKS = frozenset("\u00a8\u02c7\u00b8\u00af\u02db\u02d9\u00c6\u00e6\u00d8\u00f8¼½¾")
_SPACING_MARK = re.compile(
    r"[\u00a8\u02c7\u00b8\u00af\u02db\u02d9\u00c6\u00e6\u00d8\u00f8\u00bc-\u00be]"
    r"(?:(?<=[^\W\d_].)|(?=[^\W\d_]))"
)
# Clause box_in_word (session 19): a box-drawing or block character touching a letter is
# a letter of another codec read as CP775 (Baltic DOS): Estonian CP1257's ž is CP775's
# '■' ('abid■i'); one is enough (a table's borders stand apart from words).
_BOX_IN_WORD = re.compile(r"[\u2500-\u25a0](?:(?<=[^\W\d_].)|(?=[^\W\d_]))")
# Clause estonian_loans (session 19): Estonian's letters beyond Latin-1 are š ž only;
# another one (ISO-8859-15's š ž read as ISO-8859-10 are 'ļ' 'ī', ISO-8859-10's š ž
# read as ISO-8859-4 'ē' 'ŧ') is a misread: one is enough.
_ESTONIAN_LOANS = frozenset("šž")
# Clause estonian_a (session 19): Estonian writes 'ä', its commonest accented letter
# (a list of names without it has the loans' š ž); Finnish (CP1252) read as CP775 has
# its ä as 'õ' and no ä, š, ž: it passed as Estonian.
# Clause nasal_opens (session 22): no Lithuanian or Polish word opens with 'ę' (0 in the lt
# lv et pl catalogs, 2.8 million characters); Mac Roman's quotes “ ” are CP775's 'ę' 'ė', so
# Scots Gaelic in Mac Roman read as CP775 quotes its words 'ęxmlė' ("xml"); one is enough.
_NASAL_OPENS = re.compile(r"ę(?<![^\W\d_]ę)(?=[^\W\d_])")
# Rule baltic_lone: a letter beyond Latin-1 alone as a word, but Lithuanian 'į'.
_LONE = re.compile(r"[\u0100-\u02ff](?<![^\W\d_].)(?![^\W\d_])(?<![įĮ])")


# Rule case_in_word with the capitals and small letters of the three codecs.
_CHARS = sorted(
    set(
        "".join(
            bytes(range(0x80, 0x100)).decode(c, "ignore")
            for c in ("cp1257", "iso8859_4", "iso8859_10", "cp775")
        )
    )
)
_CASE_IN_WORD = _case_in_word(
    re.escape("".join(c for c in _CHARS if c.isupper())),
    "a-z" + "".join(c for c in _CHARS if c.islower()),
)


def baltic_problem(counts: dict[str, int], c: dict[str, int], text: str) -> str:
    """Rule ``baltic_plausible`` (CP1257, ISO-8859-13, ISO-8859-4, ISO-8859-10, CP775)."""
    n = c["non_ascii"]
    problem = _shares_problem(counts, c, text, runs=False)
    if problem:
        return problem
    mark = _SPACING_MARK.search(text) if counts.keys() & _MARKS else None
    if mark:  # rule spacing_mark
        return f"{mark.group()!r} touches a letter (windows-1252's ž, iso-8859-15's š read as windows-1257?)"
    box = _BOX_IN_WORD.search(text) if any("\u2500" <= ch <= "\u25a0" for ch in counts) else None
    if box:  # clause box_in_word
        return f"{box.group()!r} touches a letter (windows-1257 read as cp775?)"
    nasal = _NASAL_OPENS.search(text) if "ę" in counts else None
    if nasal:  # clause nasal_opens
        return "'ę' opens a word (Mac Roman's “ read as cp775?)"
    # (counted after the one-is-enough clauses above: the review's speed-up, same verdicts)
    inside = len(_SYMBOL_IN_WORD.findall(text)) + len(_SIGN_IN_WORD.findall(text))
    inside += len(_LONE.findall(text))  # rule baltic_lone
    if not _tolerated(inside, n):
        return f"{inside:,} symbols stand inside words or letters alone ('wi¹za': windows-1250?)"
    cased = len(_CASE_IN_WORD.findall(text))
    if not _tolerated(cased, n):
        return f"{cased:,} letters inside words have the wrong case"
    problem = _repeated_problem(counts, n)
    if problem:
        return problem
    letters = _accented(counts)
    alphabets = _BALTIC_ALPHABETS
    if not letters.keys() & _POLISH_STYLE:  # clause old_letters
        alphabets = (alphabets[0] - _OLD_LETTERS, *alphabets[1:])
    share, best = max(
        (_one_language(letters, (alphabet,)), i) for i, alphabet in enumerate(alphabets)
    )
    if share < _ONE_BALTIC:  # rule baltic_letters
        return f"only {share:.0%} of its accented letters are of one Baltic language"
    foreign = [ch for ch in letters if (ch > "ÿ" or ch in "ðþ") and ch not in _ESTONIAN_LOANS]
    if best == 2 and foreign:  # clause estonian_loans
        return f"{foreign[0]!r} is no Estonian letter (iso-8859-15 read as iso-8859-10?)"
    if best == 2 and not letters.keys() & {"ä", "š", "ž"}:  # clause estonian_a
        return "no 'ä', Estonian's commonest letter (Finnish ä read as cp775's õ?)"
    own = sum(letters.values()) - letters.get("é", 0)
    if own < _DENSITY * c["letters"]:  # clause baltic_density
        return f"accents on only {own / max(c['letters'], 1):.2%} of its letters (loans?)"
    marks, distinct = _BALTIC_MARKS[best]
    # (clause small_marks: the small letters only; Mac Roman's ” — “ œ are ISO-8859-4's
    # capitals Ķ Ņ Ō Ī: Pliny's 'ideal:Ņfor', 'ŌhinnulusĶ' passed as Latvian)
    found = sum(k for ch, k in counts.items() if ch in marks)
    if len(set(marks) & counts.keys()) < distinct or found < _MARK_SHARE * sum(letters.values()):
        return f"too few of the letters that mark {_LANGUAGES[best]} ({marks!r})"  # baltic_marks
    common = sum(k for ch, k in letters.items() if ch in _COMMON[best])
    if best < 2 and common < _COMMON_SHARE * sum(letters.values()):
        # clauses lithuanian_common, latvian_common
        return f"too few {_COMMON[best]!r} for {_LANGUAGES[best]} (Norwegian, Italian?)"
    if best == 1 and counts.get("ā", 0) < 2:  # clause latvian_a
        return "'ā', Latvian's commonest letter, does not recur (Kurmanji, French?)"
    return central_misread(counts, text, _BALTIC_ALPHABETS, _LANGUAGES[best])  # mixed_word
