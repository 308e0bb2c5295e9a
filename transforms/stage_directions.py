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
  ("Enter, my lord."), not read, unless it names its persons with no first or second
  person, "!", "?" or vocative (session 48, ``enter_comma_direction``: "Enter, with drum and
  colours, Malcolm, old Siward, ..."; session 49, ``enter_comma_persons``: manner phrases
  and persons of the play, its speaker tags, capitals, titles, person nouns, not any capital
  word; ``enter_comma_after_sentence``: also after a whole direction sentence on its line,
  "Here sound an English march. Enter, and pass over ..."); after a speaker tag on the same line a
  sentence is a speech and is not read;
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
  or inside one whose rest is direction prose too (session 48, ``direction_paragraph_inner``:
  Dryden's "Instrumental and vocal music; in the time of which, enter AURELIAN and CAMILLO.");
  a lower-case verb may have up to 3 lower-case words before its persons (session 48,
  ``lower_verb_adverb``: "Then enter againe in Skirmish Iachimo and Posthumus: ...");
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

The clauses live in two modules (split, session 48): ``stage_direction_shapes`` (a sentence's
shape on its line: openers, cue and plain leads, brackets and italics) and
``stage_direction_paragraphs`` (read from its paragraph: name first, paragraph lead, paragraph
bracket, dumb shows); this module gates the play and walks the sentences.
"""

from __future__ import annotations

import re
from bisect import bisect_right

import numpy as np

from transforms.enter_comma import speaker_words
from transforms.stage_direction_paragraphs import (
    _BLANK_LINE,
    _DUMB_SHOW,
    _PARAGRAPH_BRACKET,
    _PARAGRAPH_CHARS,
    _direction_paragraph,
    _name_first,
    _paragraph_enclosed,
)
from transforms.stage_direction_shapes import (
    _DASH_END,
    _INNER_VERB,
    _NOT_DIRECTION,
    _OPENER,
    _SCENE,
    _VERBS,
    _after_direction,
    _closed_early,
    _cue_lead,
    _enclosed,
    _enter_comma,
    _plain_lead,
    _sentence_lead,
    _speech_enter,
)

_MIN_DIRECTIONS = 3
_MIN_ACTS = 2
_MIN_SPEAKERS = 20
_MANY_DIRECTIONS = 12  # alone play evidence: a Folio text has no act lines and no caps tags
# a direction verb anywhere in a sentence (session 48, direction_paragraph_inner: the
# paragraph is read for such a sentence only)
_VERB_HINT = re.compile(r"\b(?:Enters?|Reenter|Exit|Exeunt|Manet|Manent|enters?|exit|exeunt)\b")
# a direction line (the literal "\n" first: the search skips to line ends, fast on novels)
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


def is_direction(
    prefix: str,
    body: str,
    lead_sentence: str = "",
    own_paragraph: bool = False,
    paragraph_lead: str = "",
    paragraph_rest: str = "",
    speakers: frozenset[str] = frozenset(),
) -> bool:
    """Whether sentence ``body`` (stripped), after ``prefix`` on its line, is a direction;
    ``lead_sentence``: the whole sentence whose tail ``prefix`` is, when it began on an
    earlier line (clause ``cue_lead_direction``); ``own_paragraph``: a blank line or the
    text's end follows it (clause ``plain_lead_direction``); ``paragraph_lead`` and
    ``paragraph_rest``: its paragraph's text before and after it (session 47's clauses
    ``paragraph_bracket_direction``, ``direction_paragraph_lead``); ``speakers``: the play's
    speaker words (session 49, ``enter_comma_persons``)."""
    if _enclosed(prefix, body, "[") or _enclosed(prefix, body, "_"):
        return True
    if paragraph_lead and _paragraph_enclosed(paragraph_lead, body, paragraph_rest):
        return True
    if body[:1] == "[" and "]" not in body and _DASH_END.match(body, 1):
        return False  # dash_ends_direction: a speech after "[Exit Servant.--"
    lead = prefix.strip()
    # session 48: enter_comma_direction (the "in" test first: speed)
    opener = _OPENER.match(body)
    comma = not opener and "Enter," in body[:8] and _enter_comma(body, speakers)
    if (opener or comma) and not _speech_enter(body) and not _closed_early(body):
        if body.startswith("(") or not lead:
            return True
        if comma and _sentence_lead(lead, lead_sentence):  # enter_comma_after_sentence
            return True
        # or in a parenthesis open on the line (review: "(The Duke gives her the letter. Exit
        # Felicite.)", Balzac's Vautrin; the branch that read it came after this return)
        return (
            _after_direction(lead, lead_sentence)
            or lead.rfind("(") > lead.rfind(")")
            or _after_prose(prefix, own_paragraph, paragraph_lead, paragraph_rest)
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
    return _plain_lead(body, True) and (
        _after_direction(lead, lead_sentence)
        or _after_prose(prefix, own_paragraph, paragraph_lead, paragraph_rest)
    )


def _after_prose(
    prefix: str, own_paragraph: bool, paragraph_lead: str, paragraph_rest: str
) -> bool:
    """Clause ``direction_paragraph_lead``: prose sentences of the direction stand before the
    sentence on its line, and it ends the paragraph or (session 48, clause
    ``direction_paragraph_inner``) the paragraph's rest is direction prose too (read last: it
    splits the paragraph)."""
    return (
        bool(paragraph_lead)
        and bool(prefix.strip())
        and _direction_paragraph(paragraph_lead)
        and (own_paragraph or _direction_paragraph(paragraph_rest))
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
    speakers = None  # enter_comma_persons: read once, for the first "Enter," sentence
    for i in candidates.tolist():
        a, b = int(spans[i, 0]), int(spans[i, 1])
        body = text[a:b].strip()
        a += len(text[a:b]) - len(text[a:b].lstrip())
        line = text.rfind("\n", 0, a) + 1
        prefix = text[line:a]
        # cue_lead_direction: the line's lead is the tail of a sentence begun above it
        whole = ""
        has_lead = bool(prefix.strip())
        if has_lead and i > 0 and spans[i - 1, 0] < line and spans[i - 1, 1] >= a:
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
        # on its line and ends the paragraph or holds a direction verb (most sentences: none)
        inner = (
            has_lead
            and not own
            and ("nter" in body or "x" in body or "Mane" in body)
            and _VERB_HINT.search(body) is not None
        )
        lead_par = ""
        if (bracket or inner or (own and has_lead)) and a - start <= _PARAGRAPH_CHARS:
            lead_par = text[start:a]
        rest_par = ""
        if (bracket or inner) and lead_par:
            rest_par = text[a + len(body) : min(stop, a + len(body) + _PARAGRAPH_CHARS)]
        if speakers is None and "Enter," in body[:8]:
            speakers = speaker_words(text)
        if is_direction(prefix, body, whole, own, lead_par, rest_par, speakers or frozenset()):
            out.append(i)
    return np.asarray(out, dtype=np.int64)
