"""The paragraph clauses of ``transforms.stage_directions`` (split from it, session 48): a
direction read from its paragraph, not its line. A name-first paragraph of one sentence
(``name_first_direction``), an entrance after its direction's prose (``direction_paragraph_lead``),
a bracket opened at the paragraph's start (``paragraph_bracket_direction``) and a "Dumb-show."
paragraph (``dumb_show_paragraph``). The clauses are described at their constants.
"""

from __future__ import annotations

import re

from transforms.stage_direction_shapes import (
    _CUE_ANY,
    _EDITOR_NOTE,
    _NOTE,
    _PERSON,
    _TAG,
    _TRAIL,
)

# Session 46 (clause ``name_first_direction``): a scene's opening direction may name its
# person in capitals and describe, with no verb of coming or going: "FAUST, restless, seated
# at his desk." (Faust, Part 1), Dryden's "EVE, with a bough in her hand.", "LUCIFER, raising
# himself on the Lake.", "ASCANIO, and HIPPOLITA, at the Grate.". Read only as a paragraph of
# one sentence, of at most ``_CUE_LEAD_WORDS`` words, with no first or second person (Poe's
# "HELEN, thy beauty is to me ...", a poem's capitalised first word; a speech's vocative
# "TITUS, when wert thou wont to walk alone, ...") and a lower-case word after the comma.
# Session 47 (clause ``name_first_long``): the bound is ``_PARAGRAPH_LEAD_WORDS`` (30), a
# direction paragraph's prose, not the cue clause's 14: Dryden's "ADAM, as newly created, laid
# on a bed of moss and flowers, by a rock." (15), the Cambridge Coriolanus' "TITUS LARTIUS,
# having set a guard upon Corioli, ... enters with a Lieutenant, other Soldiers, and a Scout."
# (27); Hardy's 42-word "WELLINGTON, who is seen afar ..." stays prose.
_NAME_FIRST = re.compile(r"([^\W\d_][^\W\d_'’-]+(?:[ \t]+[^\W\d_][^\W\d_'’-]+){0,3}),[ \t]+[a-z]")
# Session 47 (clause ``direction_paragraph_lead``): a direction paragraph may hold prose
# sentences before its entrance, on the entrance's line: Henry VIII's "Hoboies. A small Table
# vnder a State for the Cardinall, a longer Table for the Guests. Then Enter Anne Bullen, ...",
# Chekhov's "Goes out through the door on the right. Enter from the garden AVDOTIA and FIRST
# GUEST.", Tolstoy's "Maid exit by inner door. Enter Karénin, ...", Dryden's "Don LOPEZ, and a
# Servant walking over the stage. Enter another Servant, and follows him.", the Gutenberg 1 Henry
# IV's "They fight. The King being in danger, enter Prince of Wales.". The entrance (an opener or
# a plain lead) is read when it ends its paragraph and the paragraph's text before it is a
# direction's: at most ``_PARAGRAPH_LEAD_WORDS`` words, no first or second person, no speaker
# tag, bracket or number first, no "?" or "!" (a speech: "Rich. My minde is chang'd: Enter
# Lord Stanley." opens with its tag; "Exit JULIA What, gone without a word?" runs on). A cue
# word has a tag's shape ("Hoboies.", the Folio's spelling, added to ``_CUE_ANY``): not a tag.
_PARAGRAPH_LEAD_WORDS = 30
# Session 47 (clause ``paragraph_bracket_direction``): a bracket opened at its paragraph's start
# encloses every sentence up to its close, across lines: the Pericles dumb shows ("[Enter,
# Pericles and Simonides, at one door, ... Pericles shows it Simonides; the Lords kneel to him.
# Then enter Thaisa with child, ... The King shows her the letter; she rejoices: ...  Then
# exeunt Simonides and the rest.]"), Richard II's "[... A trumpet is sounded, ... Then enter
# MOWBRAY, in armour, ...]", The Dynasts' long bracketed scene openings. The bracket must close
# in the paragraph, at the sentence's end or after it ("[Exit LUKA] How these people annoy me!"
# closes inside the sentence: a speech; "[Footnote 7: ..." and "[1012] Enter ...]" are notes).
# Session 47 (clause ``dumb_show_paragraph``): a paragraph opened by "Dumb-show." / "Dumb show:"
# with its text after it is a dumb show's direction whole, though unbracketed: the mirror's
# second Pericles ("Dumb-show. Enter, Pericles and Simonides at one door ... Then enter Thaisa
# with child, ... Then exeunt Simonides and the rest."); a heading alone ("DUMB SHOW", The
# Dynasts) or "Dumb Show ends ..." is not read.
_DUMB_SHOW = re.compile(r"\s*(?:Dumbe?|DUMBE?)[ -](?:show|Show|SHOW)[.:][ \t]*\S")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_PARAGRAPH_BRACKET = re.compile(r"\s*\[")
_PARAGRAPH_CHARS = 4000  # a longer paragraph before a sentence is no direction's (and costs)


def _direction_paragraph(paragraph_lead: str) -> bool:
    """Clause ``direction_paragraph_lead`` (comment at ``_PARAGRAPH_LEAD_WORDS``):
    ``paragraph_lead``, a paragraph's text before a sentence, is a direction's prose."""
    lead = paragraph_lead.strip()
    return (
        bool(lead)
        and len(lead.split()) <= _PARAGRAPH_LEAD_WORDS
        and lead[:1] not in "[(_"
        and not lead[:1].isdigit()
        and "?" not in lead
        and "!" not in lead
        and not _PERSON.search(lead)
        and not (_TAG.match(lead) and not _CUE_ANY.match(lead))  # "Hoboies. A small Table"
        and not _EDITOR_NOTE.search(lead)
    )


def _paragraph_enclosed(paragraph_lead: str, body: str, after: str) -> bool:
    """Clause ``paragraph_bracket_direction`` (comment at ``_BLANK_LINE``): ``body`` lies in a
    bracket opened at its paragraph's start (``paragraph_lead``: the paragraph before it) that
    closes at its end or in ``after`` (the paragraph's rest)."""
    lead = paragraph_lead.lstrip()
    if lead[:1] != "[" or "]" in lead or "[" in lead[1:] or _NOTE.match(lead, 1):
        return False
    if "]" in body:
        return not body[body.find("]") + 1 :].strip(_TRAIL)
    return "[" not in body and "]" in after and "[" not in after[: after.find("]")]


def _name_first(body: str) -> bool:
    """Clause ``name_first_direction`` (comment at ``_NAME_FIRST``); ``body`` is its paragraph."""
    name = _NAME_FIRST.match(body)
    return (
        bool(name)
        and name.group(1).isupper()
        and len(body.split()) <= _PARAGRAPH_LEAD_WORDS  # session 47 (was _CUE_LEAD_WORDS)
        and not _PERSON.search(body)
    )
