"""Clause ``stage_direction_not_key`` (session 43): a play's stage directions are no key
sentences (``transforms.key_sentences.eligible_sentences``).

A stage direction ("[Enter KING JOHN, ARTHUR, and HUBERT.]", "Enter Caesar with his Army,
marching.", "[Exeunt the King, Blunt, and Prince John.]", "Re-enter FALSTAFF in woman's
clothes.", "SCENE: Dispersedly in England and Wales.") names who comes and goes; it passes
the word minimum and was a candidate (328 keys of the 78 Shakespeare texts, session 42).
Only a **play** is read (``is_play``): its text has at least ``_MIN_DIRECTIONS`` lines that
open with a direction verb (``_VERBS``, after an optional "[", "(" or "_") and either
``_MIN_ACTS`` act/scene lines ("ACT I.", "Actus Primus.", "SCENE II.") or
``_MIN_SPEAKERS`` speaker tags in capitals ("KING JOHN.", "MORELL (amused)."), or
``_MANY_DIRECTIONS`` direction lines alone (a Folio text: "Actus Primus." only, speaker
tags "Rich." not in capitals). A novel's
"Enter" opening a sentence is never read: a novel has no such lines (guard test).

In a play a candidate is a direction by its shape (``direction_sentences``):

- **enclosed**: it lies wholly inside "[...]" on its line (it opens with "[" or one is
  open before it on the line, and the first "]" is its last character or after it; a
  bracket opening "[Footnote 41:", "[Note 17:", "[Illustration" or a number is a note, not
  read), or it is "_..._" whole and opens with a direction verb ("_Enter PROVOST, CLAUDIO,
  JULIET, and Officers._"; an italic song, "_Full fathom five thy father lies, ..._" in
  Scott's Dryden, is not read): "[Enter PETRUCHIO, KATHERINA, ... and Train.]", the second
  sentence of "[Alarum. Enter King Henry and his train, with prisoners.]". A speech after
  a bracketed note is no direction: "[Aside] Poor worm! thou art infected" (the "]" closes
  before the sentence ends); a bracket that never closes encloses;
- **opener**: it opens with a direction verb, at its line's start or after a direction on
  the line ("Flourish. Enter King Henry ..."), or inside "(...)" ("(Enter MORELL.)"); an
  "Enter" followed by ",", "!" or "?", or by a possessive ("Enter our gates; dispose of us
  and ours;", "Enter his chamber, ..."; not "Enter his Lady.") is a speech's imperative
  ("Enter, my lord."), not read; after a speaker tag on the same line a sentence is a
  speech and is not read;
- **cue clause** (session 45, ``cue_lead_direction``): a sentence opening its line with a
  cue clause before its direction verb ("Noyse and Tumult within: Enter Porter and his
  man."), or opening with the verb after a lead that is one;
- **plain lead** (session 46, ``plain_lead_direction``): a paragraph of one sentence whose
  clause before its direction verb holds no cue word ("As he is going to drink, Enter MORAT
  attended."), or such a sentence after a direction on its line;
- **name first** (session 46, ``name_first_direction``): a paragraph of one sentence, a name in
  capitals, a comma and a description ("FAUST, restless, seated at his desk.");
- **paragraph lead** (session 47, ``direction_paragraph_lead``): an entrance ending a short
  direction paragraph after its prose on its line ("Maid exit by inner door. Enter Karénin, ...");
- **paragraph bracket** (session 47, ``paragraph_bracket_direction``): a sentence inside a
  bracket opened at its paragraph's start and closed in it (the Pericles dumb shows);
- **scene line**: a line opening "SCENE:"/"Scene:" (or "SCENE." / "SCENE -", or "The
  SCENE ...") not followed by a number: the setting of the play ("SCENE: England").

Shaw-style prose directions ("(She enters the engagement in silence, with implacable
disparagement of the Hoxton Anarchists in every line of her face. ...)", the long
descriptions of a room at an act's start) stay candidates: they are the author's prose,
written to be read, and say who does what (a novel's narration in a play); a parenthesis
is also where prose asides stand in the prefaces such books carry. Only a parenthesis
whose text opens with a direction verb is read.
"""

from __future__ import annotations

import re
from bisect import bisect_right

import numpy as np

_MIN_DIRECTIONS = 3
_MIN_ACTS = 2
_MIN_SPEAKERS = 20
_MANY_DIRECTIONS = 12  # alone play evidence: a Folio text has no act lines and no caps tags
_OTHER_VERBS = (
    r"(?:Enters|Exit|Exeunt|Re-enter|Re-enters|Reenter|Manet|Manent|Flourish|Alarum|Alarums"
    r"|Sennet|Excursions|Hautboys)"
)
_VERBS = r"(?:Enter|" + _OTHER_VERBS[3:]
# a direction line (the literal "\n" first: the search skips to line ends, fast on novels)
# "Enter'd the grotto", "Enters the captive soul", "Enter into my bosom" (Pope's Odyssey,
# Cary's Dante) are verse, not directions: no apostrophe, "into", "," "!" "?" after the verb
_NOT_DIRECTION = r"(?![\w'’]|[ \t]*[,!?]|[ \t]+into\b)"
_DIRECTION_LINE = re.compile(r"\n[ \t]*[\[(_]?[ \t]*" + _VERBS + _NOT_DIRECTION)
_ACT_LINE = re.compile(
    r"^[ \t]*(?:ACT|Act|ACTUS|Actus|SCENE|Scene|SCENA|Scena|Scoena|Scæna)[ \t.]+"
    r"(?:[IVXLC]+\b|\d+|Prim|Secund|Terti|Quart|Quint|First|Second|Third|Fourth|Fifth"
    r"|FIRST|SECOND|THIRD|FOURTH|FIFTH|One|Two|Three|Four|Five|ONE|TWO|THREE|FOUR|FIVE)",
    re.M,
)
# Wilde: "FIRST ACT", "SECOND ACT"
_ORDINAL_ACT = re.compile(r"^[ \t]*(?:FIRST|SECOND|THIRD|FOURTH|FIFTH|LAST)[ \t]+ACT\b", re.M)
_SPEAKER = re.compile(r"^[ \t]*[A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’-]+){0,3}[ \t]*[.:(]", re.M)
# a sentence that opens with a direction verb (not "Enter," / "Enter!": a speech's imperative)
_OPENER = re.compile(
    r"[\[(_]?[ \t]*(?:Enter" + _NOT_DIRECTION + "|" + _OTHER_VERBS + r"\b(?!['’]))"
)
# Review (session 43): "Enter" with a possessive after it opens a speech's imperative at a
# verse line's start: "Enter our gates; dispose of us and ours;" (Henry V III.3, the
# Governor), "Enter his chamber, view his breathless corpse," (2 Henry VI III.2, the King);
# "Enter his Lady." (a name after it) and a bracketed "Enter his aide-de-camp, FITZROY
# SOMERSET.]" (Hardy) stay directions
_SPEECH_ENTER = re.compile(
    r"[\[(_]?[ \t]*Enter[ \t]+(?:(?:our|your|thy|thine|my|mine)\b|(?:his|her|their)[ \t]+[a-z])"
)
# Review (session 44, clause ``speech_enter_you``): a bare "Enter" whose clause on its line
# holds a second-person word is a speech's imperative, not a direction (a direction names
# its persons in the third person): "Enter the Citty, clip your Wiues, your Friends,"
# (Antony and Cleopatra IV.8, both editions), "Enter the city gates, your Majesty." (Hardy's
# Dynasts); the only such lines in the 78 Shakespeare texts and the 150 gated mirror plays.
_SPEECH_YOU = re.compile(r"Enter[ \t]+[^.;:!?\[\]()\n]*?\b(?:you|your|yours|thou|thy|thee|thine)\b")
# Session 44 (clause ``sound_cue_direction``): a Folio direction often opens its line with a
# sound or stage cue before the verb: "Hoboyes, and Torches. Enter King, Malcolme, ...",
# "Sound a Senet. Enter King, ...", "March. Enter Edward, ...", "Cornets. Enter King Henry,
# ...", "An Alarum. Enter Talbot, ...". A line whose lead opens with a cue word (an optional
# "A"/"An"/"The"/"Sound"/"Solemne"/"Still"/"Soft"/"Lowd" first, "Sound a Senet") and holds at most
# ``_CUE_WORDS`` words is a direction's lead; a speaker tag first ("Talb. March. Enter
# ...", "Macb.") is no cue, so a speech's "Enter" after one stays a speech.
_CUE_WORDS = 10
_CUE = re.compile(
    r"(?:(?:A|An|The|Sound|Solemne|Solemn|Still|Soft|Lowd|Loud)[ \t]+(?:(?:a|an|the)[ \t]+)?)?"
    r"(?:Flourish|Sennet|Senet|Senit|Sennit|Hoboyes|Hoboys|Hautboys|Hautboyes|Alarum|Alarums"
    r"|Alarm|Trumpet|Trumpets|Cornet|Cornets|Drum|Drums|Drumme|Drummes|Thunder|Musicke|Musick"
    r"|Music|Tucket|March|Retreat|Excursions|Noise|Noyse|Horns|Hornes|Storm|Storme|Bell"
    r"|Lightning|Shout|Shouts|Torches)\b(?!['’])"
)
# Session 45 (clause ``cue_lead_direction``): a Folio direction's sound or stage cue may be a
# clause of its own, in the direction verb's sentence or in a longer lead: "Noyse and Tumult
# within: Enter Porter and his man.", "Allarums, Excursions: Enter Bastard with Austria's
# head.", "A tempestuous noise of Thunder and Lightning heard: Enter a Ship-master, ...",
# "Heere a cry of houndes, and winde hornes in a peale, then Enter Saturninus, ...", and
# Henry VIII's "A noyse within crying roome for the Queene, vsher'd by the Duke of [line]
# Norfolke. Enter the Queene, ..." (a wrapped lead of 14 words). Such a cue clause holds a cue
# word anywhere (any case), at most ``_CUE_LEAD_WORDS`` words, no first or second person (a
# speech's "Here she comes, ..., Enter Hermia." or "lets to night Enter 3 or 4 Seruitors."
# names itself or its hearers) and opens with no speaker tag ("Cel.", "HAMLET."). "March",
# "Sound" and "Bell" are left out: speech uses them ("let vs march", "the sound of"). The
# bound: the longest cue clause found (Henry VIII's, 14 words); session 44's guard lead
# "Thunder heard far off while the Souldiers of the Towne runne vp and downe the Walls." (16)
# stays prose.
_CUE_LEAD_WORDS = 14
_CUE_ANY = re.compile(
    r"\b(?:flourish|sennet|senet|senit|sennit|hoboyes|hoboys|hoboies|hautboys|hautboyes|alarums?"
    r"|allarums?|alarms|alarmes|trumpets|cornets|drums|drummes|thunder|musicke|musick|music"
    r"|tucket|excursions|noise|noyse|horns|hornes|horne|storme|lightning|shouts|parley|parle)\b",
    re.I,
)
_PERSON = re.compile(
    r"\b(?:I|[Mm]e|[Mm]y|[Mm]ine|[Ww]e|[Uu]s|[Oo]ur|[Yy]ou|[Yy]our|[Tt]hou|[Tt]hee|[Tt]hy"
    r"|[Tt]hine|Ile|I'le|[Ll]ets|[Ll]et's|[Ll]et)\b"
)
_TAG = re.compile(r"[ \t]*(?:\d+[ \t]+)?[A-Z][\w'’]*(?:[ \t]+[A-Z][\w'’]*){0,2}[.:](?:[ \t]|$)")
# the direction verb inside a sentence, after a clause's mark (", then Enter", ": Enter",
# "(inuisible:) Enter")
_INNER_VERB = re.compile(
    r"[,:;)][ \t\n]*(?:(?:and[ \t]+)?[Tt]hen,?[ \t]+)?(?=(?:Enter|Exit|Exeunt)\b)"
)
# Session 46 (clause ``plain_lead_direction``): a direction's lead clause may hold no cue word:
# "They fight, the K[ing]. being in danger, Enter Prince." (1 Henry IV, Folio), Dryden's "As
# he is going to drink, Enter MORAT attended." and "To them, Enter MONTEZUMA, ...", "As they
# are going out, enter EDGAR disguised.", the Cambridge Quarto's "Then Enter Iacke Cade again,
# and his company.". Such a clause is also a speech's shape ("Welcome maisters, welcome all,
# Enter players.", Q1 Hamlet; "Here she comes, curst and sad, / Cupid is a knauish lad, /
# Enter Hermia."): what separates them is the layout. A direction is set as a paragraph of
# its own, a speech's joined direction stands inside its verse block or opens a verse line.
# So a plain lead is read only in a sentence that opens its line and ends its paragraph
# (a blank line or the text's end after it), its verb after the clause's mark on the same
# line (a verb opening a line, "Cupid is a knauish lad, / Enter Hermia.", is not read; the
# clause may wrap: "As he goes to attack the guards with TRAXALLA'S / sword, enter AMEXIA,
# ..."); the clause has at most ``_CUE_LEAD_WORDS`` words, no first or second person, no
# speaker tag, no bracket or number first (an editor's note). After a direction on the line ("Hoboyes Playing lowd
# Musicke. A great Banquet seru'd in: and then, Enter Lord Timon, ...") it is read whatever
# follows. A lower-case verb ("enter", "exit", "exeunt", "re-enter", the modern editions and
# Dryden) must be followed by a capital or a determiner ("enter AMEXIA", "enter the Herald").
_PLAIN_VERB = re.compile(
    r"(?:[,:;][ \t]*(?:(?:and[ \t]+)?[Tt]hen,?[ \t]+)?|^(?:And[ \t]+)?Then,?[ \t]+)"
    r"(?=(?:Enter|Exit|Exeunt|Manet|Manent|enter|exit|exeunt|re-enter)\b)"
)
# Session 47 (clause ``plain_lead_manet``): a Latin "Manet"/"Manent" (who stays) after the
# plain lead is read as "Exit" is: the Cambridge Quarto reprint's "Exet King and Warwicke, Manet
# Queene and Suffolke." (its Quarto spells "Exet", a speaker tag "Exet." in the Folio, so the
# first verb is not read; the one after the comma is)
# Review (session 46, clause ``plain_lead_editor_note``): an editor's note quoting a direction
# names it: "The stage direction of the early Quartos is: Enter Sir Hugh like a Satyre, ..."
# (the Cambridge Merry Wives; the one false direction of the 221 plays' A/B)
_EDITOR_NOTE = re.compile(r"\bstage[ -]directions?\b", re.I)
_LOWER_VERB = re.compile(
    r"(?:enter|exit|exeunt|re-enter)[ \t]+(?:[A-Z]|(?:the|a|an|two|three|four|both|all"
    r"|several|divers|diuers)\b)"
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
_SCENE = re.compile(
    r"(?:The[ \t]+)?(?:SCENE|Scene)\b(?![ \t.]*(?:[IVXLC]+\b|\d))[ \t]*[:.,\-—–A-Za-z]"
)
# a bracket that opens a note, not a direction (Gutenberg's and editors' conventions)
_NOTE = re.compile(r"[ \t]*(?:Footnote|Note|Notes|Illustration|Sidenote|Transcriber|Errata|\d)")
# Session 44 (clause ``dash_ends_direction``): a bracket opened by a direction verb that never
# closes in its sentence, with the direction's sentence end and a dash after the verb, ends
# there: Scott's Dryden's "[_Exit Servant_.--Ay, it shall be he: Jack Loveby, what think'st
# thou of a game at piquet, ...?" (the servant goes, the speaker goes on; the ".--" keeps the
# sentence splitter from cutting). The typo brackets of the Gutenberg Shakespeare ("[Retreat.
# Flourish. Enter, with drum ...", no dash) and the acting editions' "[Music.--RIP opens ..."
# (no direction verb first) still enclose; a bracket closed at the sentence's end ("[Exit
# BEROWNE.--LADIES unmask.]", Love's Labour's Lost) is a direction whole.
_DASH_END = re.compile(r"[ \t_]*" + _VERBS + r"\b[^.!?\[\]]{0,80}?[.!?][_ \t]*--[ \t]*\S")
_CLOSE = {"[": "]", "_": "_", "(": ")"}
_TRAIL = " .,;:!?\"'’”)"


def is_play(text: str) -> bool:
    """Play evidence (module docstring): direction lines and act/scene lines or speaker tags."""
    found = 0
    for _ in _DIRECTION_LINE.finditer("\n" + text):
        found += 1
        if found >= _MANY_DIRECTIONS:
            return True
    if found < _MIN_DIRECTIONS:
        return False
    acts = 0
    for _ in (*_ACT_LINE.finditer(text), *_ORDINAL_ACT.finditer(text)):
        acts += 1
        if acts >= _MIN_ACTS:
            return True
    speakers = 0
    for _ in _SPEAKER.finditer(text):
        speakers += 1
        if speakers >= _MIN_SPEAKERS:
            return True
    return False


def _enclosed(prefix: str, body: str, mark: str) -> bool:
    """``body`` lies wholly inside ``mark``...close: it opens with the mark or the mark is
    open in ``prefix`` (its line before it), and the first close in it is its last mark."""
    close = _CLOSE[mark]
    if mark == "_":  # italics: "_Enter PROVOST, ..._" whole, opening with a direction verb
        if not (body[:1] == "_" and _OPENER.match(body, 1)):
            return False
        at = body.find("_", 1)
        return at > 0 and not body[at + 1 :].strip(" .,;:!?\"'’”")
    if body.startswith(mark):
        rest = opened = body[1:]
    elif prefix.rfind(mark) > prefix.rfind(close):
        rest, opened = body, prefix[prefix.rfind(mark) + 1 :]
    else:
        return False
    if _NOTE.match(opened):  # "[Footnote 41: ...", "[Note 17: ...", "[Illustration: ..."
        return False
    at = rest.find(close)  # none: the bracket goes on past the sentence ("[Alarum. Enter ...")
    # Review (session 43): an open bracket that never closes still encloses: Shakespeare's
    # texts leave real directions open by typo ("[A noise within, 'Down with the
    # tawny-coats!'", Macbeth's "[Retreat. Flourish. Enter, with drum ..."), acting
    # editions never close theirs ("[Music.--RIP opens the closet door ..."); Scott's
    # Dryden's "[Exit Servant.--Ay, it shall be he: ..." (a speech joined after an open
    # direction) is the price (record, Left).
    if at < 0:  # session 44 (clause dash_ends_direction): "[Exit Servant.--Ay, it shall be he"
        return not (mark == "[" and _DASH_END.match(opened))
    return not rest[at + 1 :].strip(" .,;:!?\"'’”")


def _closed_early(body: str) -> bool:
    """A bracket opens ``body`` and closes before its end with more text after it: a note
    quoted in prose ('[Exit]") the following variation may be read', Maude's Tolstoy)."""
    at = body.find("]") if body[:1] == "[" else -1
    if at < 0 or 0 < body.find("[", 1) < at:  # nested: "[Enter ..., [SOLDIERS, ATTENDANTS] and"
        return False
    # not a bracket closing at the end: "[Enter Katharine and [Alice,] an old Gentlewoman.]"
    return bool(body[at + 1 :].strip(_TRAIL)) and not body.rstrip(_TRAIL).endswith("]")


def _cue_lead(lead: str) -> bool:
    """Clause ``cue_lead_direction``: ``lead`` is a cue clause (comment at ``_CUE_ANY``)."""
    return (
        len(lead.split()) <= _CUE_LEAD_WORDS
        and bool(_CUE_ANY.search(lead))
        and not _PERSON.search(lead)
        and not _TAG.match(lead)
    )


def _plain_lead(body: str, own_paragraph: bool) -> bool:
    """Clause ``plain_lead_direction`` (comment at ``_PLAIN_VERB``): ``body`` opens with a plain
    lead clause before its direction verb."""
    if "nter" not in body and "xit" not in body and "xeunt" not in body and "Mane" not in body:
        return False
    verb = _PLAIN_VERB.search(body)
    if not verb or body[:1] in "[(" or body[:1].isdigit():
        return False
    clause, rest = body[: verb.start()], body[verb.end() :]
    if (
        len(clause.split()) > _CUE_LEAD_WORDS
        or _PERSON.search(clause)
        or _TAG.match(clause)
        or _EDITOR_NOTE.search(clause)
        or not (own_paragraph or _cue_lead(clause))
    ):
        return False
    if rest[:1].islower():
        return bool(_LOWER_VERB.match(rest))
    return bool(_OPENER.match(rest)) and not _speech_enter(rest)


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


def _speech_enter(body: str) -> bool:
    """An "Enter" that opens a speech's imperative, not a direction (review, session 43;
    ``speech_enter_you``, review, session 44)."""
    return bool((_SPEECH_ENTER.match(body) and not body.endswith("]")) or _SPEECH_YOU.match(body))


def is_direction(
    prefix: str,
    body: str,
    lead_sentence: str = "",
    own_paragraph: bool = False,
    paragraph_lead: str = "",
    paragraph_rest: str = "",
) -> bool:
    """Whether sentence ``body`` (stripped), after ``prefix`` on its line, is a direction;
    ``lead_sentence``: the whole sentence whose tail ``prefix`` is, when it began on an
    earlier line (clause ``cue_lead_direction``); ``own_paragraph``: a blank line or the
    text's end follows it (clause ``plain_lead_direction``); ``paragraph_lead`` and
    ``paragraph_rest``: its paragraph's text before and after it (session 47's clauses
    ``paragraph_bracket_direction``, ``direction_paragraph_lead``)."""
    if _enclosed(prefix, body, "[") or _enclosed(prefix, body, "_"):
        return True
    if paragraph_lead and _paragraph_enclosed(paragraph_lead, body, paragraph_rest):
        return True
    # direction_paragraph_lead: prose sentences of the direction before it on its line
    after_prose = (
        bool(paragraph_lead)
        and own_paragraph
        and bool(prefix.strip())
        and _direction_paragraph(paragraph_lead)
    )
    if body[:1] == "[" and "]" not in body and _DASH_END.match(body, 1):
        return False  # dash_ends_direction: a speech after "[Exit Servant.--"
    lead = prefix.strip()
    if _OPENER.match(body) and not _speech_enter(body) and not _closed_early(body):
        if body.startswith("(") or not lead:
            return True
        # or in a parenthesis open on the line (review: "(The Duke gives her the letter. Exit
        # Felicite.)", Balzac's Vautrin; the branch that read it came after this return)
        return (
            _after_direction(lead, lead_sentence)
            or lead.rfind("(") > lead.rfind(")")
            or after_prose
        )
    if not lead:
        inner = _INNER_VERB.search(body)  # cue_lead_direction: "Noyse and Tumult within: Enter"
        if inner and body[:1] not in "[(" and _cue_lead(body[: inner.start()]):
            rest = body[inner.end() :]
            return bool(_OPENER.match(rest)) and not _speech_enter(rest)
        return (
            _plain_lead(body, own_paragraph)
            or bool(_SCENE.match(body))
            or (own_paragraph and _name_first(body))
        )
    # plain_lead_direction after a direction on the line ("Hoboyes Playing lowd Musicke. A
    # great Banquet seru'd in: and then, Enter Lord Timon, ...")
    return _plain_lead(body, True) and (after_prose or _after_direction(lead, lead_sentence))


def _after_direction(lead: str, lead_sentence: str) -> bool:
    """``lead`` (a line's text before a sentence) is a direction ("Flourish. Enter ..."), not a
    speaker tag; ``lead_sentence`` as in ``is_direction``."""
    return (
        bool(_OPENER.match(lead))
        or _enclosed("", lead, "[")
        or (bool(_CUE.match(lead)) and len(lead.split()) <= _CUE_WORDS)  # sound_cue_direction
        or _cue_lead(lead_sentence or lead)  # cue_lead_direction
    )


def direction_sentences(
    text: str, spans: np.ndarray, candidates: np.ndarray, play: bool | None = None
) -> np.ndarray:
    """Clause ``stage_direction_not_key``: which of ``candidates`` (sentence indices) are a
    play's stage directions (module docstring); none unless ``is_play(text)`` (``play``, read
    here when not given)."""
    candidates = np.asarray(candidates, dtype=np.int64)
    if not len(candidates) or not (is_play(text) if play is None else play):
        return np.zeros(0, dtype=np.int64)
    spans = np.asarray(spans, dtype=np.int64).reshape(-1, 2)
    # paragraph starts (after each blank line) and ends, for the session 47 clauses
    starts, ends = [0], []
    for m in _BLANK_LINE.finditer(text):
        ends.append(m.start())
        starts.append(m.end())
    ends.append(len(text))
    opens = [bool(_PARAGRAPH_BRACKET.match(text, p)) for p in starts]  # "[" opens it
    dumb = [bool(_DUMB_SHOW.match(text, p)) for p in starts]  # dumb_show_paragraph
    out = []
    for i in candidates.tolist():
        a, b = int(spans[i, 0]), int(spans[i, 1])
        body = text[a:b].strip()
        a += len(text[a:b]) - len(text[a:b].lstrip())
        line = text.rfind("\n", 0, a) + 1
        prefix = text[line:a]
        # cue_lead_direction: the line's lead is the tail of a sentence begun above it
        whole = ""
        if prefix.strip() and i > 0 and spans[i - 1, 0] < line and spans[i - 1, 1] >= a:
            whole = " ".join(text[spans[i - 1, 0] : a].split())
        # plain_lead_direction: a blank line or the text's end after the sentence
        tail = text[a + len(body) : b]
        own = b >= len(text) or tail.count("\n") >= 2
        k = bisect_right(starts, a) - 1  # the sentence's paragraph: starts[k] to ends[k]
        start, stop, bracket = starts[k], ends[k], opens[k]
        if dumb[k]:
            out.append(i)
            continue
        # speed: the paragraph is read only when it opens with "[" or the sentence has a lead
        # on its line and ends the paragraph (most sentences: neither)
        lead_par = ""
        if (bracket or (own and prefix.strip())) and a - start <= _PARAGRAPH_CHARS:
            lead_par = text[start:a]
        rest_par = text[a + len(body) : stop][:_PARAGRAPH_CHARS] if bracket and lead_par else ""
        if is_direction(prefix, body, whole, own, lead_par, rest_par):
            out.append(i)
    return np.asarray(out, dtype=np.int64)
