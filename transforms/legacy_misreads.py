"""Session 17's clauses of ``--encoding auto``'s single-byte and Chinese plausibility
rules (``transforms.legacy_single_byte``, ``transforms.legacy_encodings``): each
catches one class of text that passed as another codec and was decided WRONG in
``bench/encodings_hunt.py`` (the .mo catalogs of 32 languages in their legacy codecs).
Each function returns "" or what is wrong; every clause is named (docs/QUALITY.md):

CP1252 (``latin_plausible``):

* ``digit_letter``: an accented letter between two digits ('10Þ11': Arabic CP864's ×,
  DOS codecs' signs); real text writes '10x11' or '10×11' (clause ``digit_sign``: ×
  and ÷ are no letters: '2×2', '128×128' in code docs).
* ``symbol_opens_word``: § ® © glued before a small letter at a word's start
  ('§iaden': DOS CP852's ž; '®upa': ISO-8859-2's Ž); one is enough (§ and ® stand
  before numbers or after names, never open a word). Clause ``math_signs``: ¬ ± ¹ ² ³
  so ('x = ±a', '¬p', a footnote's '¹see') count only beyond max(2, 1%).
* ``dos_signs``: '¢' or '‚' between two letters ('mem¢ria', 'd‚an': DOS ó, é), or
  a sign at a DOS small letter (‡ ˆ • ƒ: ç ê ò â) after a letter and before a quote
  or sign glued to a letter ('devolu‡”es', 'fun‡„o': CP860's ç õ ã); one is enough.
  Clause ``small_signs``: ™ † ‰ ‹ › ˜ and ’ ‘ (DOS capitals) do not count:
  'Gutenberg™’s' is in every Project Gutenberg licence.
* ``low_quote_open``: more than max(2, 1%) '‚' opening a word unclosed ('‚crire':
  DOS CP437/CP850/CP863's é); clause ``quote_closed``: closed by ‘ ’ or ' within
  200 characters (German's ‚Wort‘, ‚Wort’, ‚Wort?').
* ``icelandic_marks``: 'þ' or 'ý' more often than Icelandic's (and Faroese's) á í ó ú
  (~5% of Icelandic letters, þ ý ~2%): Turkish ş ı (CP1254, ISO-8859-9: 'Ýþaret') or
  Esperanto ŝ ŭ (ISO-8859-3: 'malþlosi', 'Aýtentiga') read as CP1252. Clause
  ``thorn_evidence``: only with a 'þ' among them or 'ý' over 3% of the non-ASCII
  characters (Garborg's Nynorsk 'skýna': 0.6%, decided CP1252 as on main).
* ``sharp_s_case``: 'ß' after an accented capital that starts a word ('Üßaret': Mac
  Turkish's İ ş read as CP1252); no German word starts so (but 'Iß', 'Eßzimmer' in
  older spelling: the capital must be accented); one is enough.
* ``croatian_marks``: more than two 'æe' or 'ð' before a vowel in a text without
  á í ó ú ø å þ (Danish, Norwegian, Icelandic, Faroese and Old English write æ ð with
  them): Croatian/Bosnian će, đ (CP1250, ISO-8859-2) read as CP1252 ('koji æe',
  'izmeðu', 'dogaðaji'). Latin loans put æ before other vowels ('Judæa', 'Linnæus',
  'Alcæus': hundreds in Gutenberg's Pliny) or end words with it ('vitæ'), and 'æe' at
  most twice in Pliny ('Epiphanæenses').
* Session 20: ``inverted_marks`` ('¡' after a letter or digit, '¿' between small
  letters: ISO-8859-13's ”, ISO-8859-10's ŋ), ``dos_guillemets`` ('®%s¯', 'Ç%sÈ': DOS
  and Mac Roman « »), ``mac_roman_o`` ('informaci—n': Mac Roman's ó); one is enough.
  Session 21: ``apostrophe_y`` ('ÿ' between vowels: ISO-8859-13's ’, 'Paÿanga'),
  ``croatian_c`` (``croatian_marks`` counts 'è' before a vowel: 'Naèin'),
  ``mac_roman_umlaut`` (more than max(2, 2%) 'š' between consonants: 'Kšpfe', 'fšr':
  Mac Roman's ö). Wave 2: ``mac_roman_fada`` ('‡' glued to a word, 'Ž' after a small
  letter: Irish 'n‡', 'mŽ', Mac Roman's á é).
  Review: ``spanish_exclamation_typo``, ``guillemet_words``, ``mac_roman_o_endings``
  (Spanish 'todos¡', Catalan 'PLAÇA … MERCÈ', 'Intel® … x¯', 'dijo—y', 'Non—n'insistez').
  Cyrillic: ``hebrew_dos`` (capitals with Ш Щ Ъ over 8%, no Ы-Я: Hebrew CP862 as CP866).
  Session 22: ``copyright_opens`` ('©tampaj': ISO-8859-2's Š), ``low_quote_inside`` ('d‚an': DOS
  é), ``croatian_final_c`` ('veæ'), ``nordic_y`` ('Miÿkmaq' in text with 'å'),
  ``fada_short_word`` ('‡' after a name is a footnote); Cyrillic: ``inner_capitals``,
  ``mac_cyrillic_signs``, ``mac_cyrillic_quotes`` (Mac Cyrillic read as CP1251: 'ухваМен',
  '‡апис', 'Ч%sТ').
  Session 21: ``hebrew_final_forms`` (capitals that are Hebrew letters, whose final forms
  ך ם ן ף ץ end words and never stand inside one: Hebrew CP862 read as CP866, CP1255 or
  ISO-8859-8 read as KOI8-R; in visual order the final forms start the words).

CP1250 / ISO-8859-2 (``central_plausible``):

* ``romanian_comma``: in Romanian text (its letters the most of one language's), ş ţ
  (CP1250, ISO-8859-2: s, t with a cedilla) are the bytes of ș ț (s, t with a comma)
  in ISO-8859-16, and ă â î are the same bytes in all three: such text is decided only
  when it holds a character of CP1250's 0x80-0x9F ('„', '–', '…': control codes in
  ISO-8859-16). Else the codec cannot be told: undecided.
* ``hungarian_u``: Hungarian text (its letters the most of one language's) with 'ř'
  but no 'ű': ISO-8859-16 puts ű Ű at 0xF8 0xD8, CP1250's and ISO-8859-2's ř Ř
  ('mřködés'); Hungarian writes ű often, a Czech name's ř rarely (6 ELTeC-hun novels
  in CP1250 / ISO-8859-2, 78 documents each: right 67 / 66 with and without it).
* ``mixed_word``: a word whose letters beyond Latin-1 belong to no one language
  (Czech, Polish, Slovak, Hungarian, Croatian, Romanian): 'Prancţzů' (Lithuanian
  ISO-8859-4 ū ų read as ISO-8859-2: Romanian ţ, Czech ů); one is enough. Latin-1's
  letters combine with any ('Džürčenské', a Czech transcription).

Cyrillic: ``transforms.legacy_cyrillic_misreads`` (split off in session 47).

Chinese (``cjk_plausible``):

* ``lone_hanzi``: hanzi between two Latin letters ('D頡rzi': an accented letter's
  byte and the ASCII letter after it read as one Big5 or GBK character) are more than
  ``_LONE_HANZI_SHARE`` (20%) of the hanzi (GB18030 and Big5 candidates); Chinese
  writes its hanzi in runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# Rule digit_letter.
# Clause digit_sign: × and ÷ (U+00D7, U+00F7, inside the range) are signs, no
# letters: '3×4', '10÷2' are real text.
_DIGIT_LETTER = re.compile(r"[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f](?<=\d.)(?=\d)")
# Rule symbol_opens_word.
# Clause copyright_opens (session 22): so does '©', ISO-8859-2's Š read as CP1252 (Serbian
# Latin '©tampaj', '©arant'); '©' before a small letter: 0 in en_gutenberg and the catalogs
# of 26 CP1252 languages (a notice writes '© 2004', '©2004').
_SYMBOL_OPENS = re.compile(r"[\u00a7\u00ae\u00a9](?<!\w.)(?=[a-z])")
# Clause math_signs: ± ¬ ¹ ² ³ before a small letter are real text too ('x = ±a',
# '¬p', a footnote's '¹see'): these count only when more than max(2, 1%) of the
# non-ASCII characters (as digit_letter).
_MATH_OPENS = re.compile(r"[\u00ac\u00b1\u00b9\u00b2\u00b3](?<!\w.)(?=[a-z])")
# Rule dos_signs.
# Clause small_signs: only the signs at the DOS codecs' small letters (‡ ˆ • ƒ: ç ê
# ò â; “ ” „: ô õ ã) count; ™ † ‰ ‹ › ˜ ’ ‘ are capitals there (Õ Á Ê Í ¢ Ì È À), and
# 'Gutenberg™’s', 'Smith†’s' are real CP1252 text (every Project Gutenberg licence).
# Clause low_quote_inside (session 22): so is '‚' between two letters, DOS CP437/CP850's é
# (Irish 'd‚an', 'Inn‚acs': déan, Innéacs); 0 in en_gutenberg, Shakespeare, fortunes-de/-es
# and the catalogs of 32 CP1252 languages (a '‚' typed for a comma stands before a space).
# Clause low_quote_apostrophe (review, session 22, of low_quote_inside): '‚' typed for an English
# apostrophe ('isn‚t', 'didn‚t', 'can‚t' in public English text) is no DOS é: not in 'n‚t' or
# before 'll' 're' 've' ending the word. ('‚s' '‚n' do count: Catalan 'm‚s', Spanish 'tambi‚n'.)
_DOS_SIGNS = re.compile(
    r"\u00a2(?<=[^\W\d_].)(?=[^\W\d_])"
    r"|\u201a(?<=[^\W\d_].)(?=[^\W\d_])(?<!n.(?=t(?![^\W\d_])))(?!(?:ll|re|ve)(?![^\W\d_]))"
    r"|[\u2021\u02c6\u2022\u0192]"
    r"(?<=[^\W\d_].)(?=[\u201c-\u201e\u2020-\u2022\u2030\u00a2][^\W\d_])"
)
# Clause german_apostrophe_s (session 23, of low_quote_apostrophe): in text with 'ö' 'ü' or 'ß',
# '‚s' ending a word is German's apostrophe ('geht‚s', 'gibt‚s'), not DOS é: DOS CP850/CP437
# text read as CP1252 has no small 'ö' 'ü' 'ß' (only its rare ÷ ³ ▀ would be them), and 'm‚s'
# (Catalan més), 'despu‚s' stay counted where those letters are absent. Not the capitals:
# CP850's Í is CP1252's 'Ö' (Irish 'PRÍOMH': a WRONG my first version made).
_GERMAN_LETTERS = frozenset("öüß")
_S_ENDS = re.compile(r"s(?![^\W\d_])").match
# Rule low_quote_open: '‚' before a letter, not after one.
# Clause quote_closed: a '‚' closed within 200 characters, before the next '‚' (a letter
# or . , ; : ! ? …, then ‘ ’ or ' ending a word: German's ‚Wort‘, also written ‚Wort’,
# ‚Wort?' across a line break) is a quote; counting every ‘ instead made German text
# with ’ or ' as closer undecided.
_LOW_QUOTE_OPEN = re.compile(
    r"\u201a(?<!\w.)(?=[^\W\d_])"
    r"(?![^\u201a]{0,200}?(?:[^\W\d_]|[.,;:!?\u2026])[\u2018\u2019'](?![^\W\d_]))"
)
_SHARP_S = re.compile(r"[\u00c0-\u00de]\u00df(?<![^\W\d_]..)")
_ICELANDIC = "þÞýÝ"
_ICELANDIC_VOWELS = frozenset("áíóúÁÍÓÚ")
# Clause croatian_c (session 21, of croatian_marks): č read as CP1252 is 'è' before a vowel
# ('Naèin', 'poèetak'), which French and Italian never write (Catalan does, 'aparèixer', but
# has no æ ð; 0 in every 5,000-character window with æ or ð of en_gutenberg and 28 catalogs).
# Clause croatian_final_c (session 22, of croatian_marks): ć read as CP1252 ends short words in
# 'eæ' 'oæ' ('veæ', 'noæ', 'pomoæ': već, noć, pomoć). Latin's 'æ' ends long words so
# ('Rosaceæ', 'Castaneæ'); of words of <= 5 letters ending so, en_gutenberg's 19 MB hold 2
# ('Coæ'), the catalogs of 21 CP1252 languages (29 million characters) and fortunes 0.
_CROATIAN = re.compile(
    r"æe|ð(?=[aeiou])|è(?<=[^\W\d_]è)(?=[aeiou])"
    r"|(?<![^\W\d_])[^\W\d_]{0,3}[eo]æ(?![^\W\d_])"
)
_NORDIC = frozenset("áíóúøåþÁÍÓÚØÅÞ")
# Rule romanian_comma: s, t with a cedilla; and CP1250's characters of 0x80-0x9F that
# ISO-8859-2 lacks (ISO-8859-16 reads those bytes as control codes).
_CEDILLA = frozenset("şţŞŢ")
_CP1250_HIGH = frozenset(bytes(range(0x80, 0xA0)).decode("cp1250", "ignore")) - frozenset(
    bytes(range(0xA0, 0x100)).decode("iso8859_2")
)
# Rule hungarian_u.
_R_CARON = frozenset("řŘ")
_U_DOUBLE = frozenset("űŰ")
# Clause opening_a_ogonek (session 27): no word opens with 'ą' (0 in the pl cs sk hu ro sl hr
# catalogs; Lithuanian '1-ą' follows a hyphen); CP1250's 'Ą' (0xA5) there is ISO-8859-16's '„'
# (Hungarian 'törléséhez: Ą$(unit)µ.') or ISO-8859-2's 'Ľ' ('Ąudovít'). One is enough.
# Its clause opening_a_ogonek_letter_named (session 27 review): 'ą' alone is the letter named in
# Polish prose ('litery ą, ć, ę', 'ą/ę', 'mówić ą-ę'), so a space, punctuation or end after it
# keeps the text; '„' and 'Ľ' open words ('Ąszóµ', 'Ąudovít', 'Ą$(unit)').
_OPENING_A_OGONEK = re.compile(r"(?<![\w-])[Ąą](?![\s,.;:!?/)\]'\"”»–-]|$)")
# Rule mixed_word: words of two or more letters beyond Latin-1. Clause accented_word_once
# (session 46): a match is a whole run of letters, so one starts after no letter; without the
# look-behind a run with one such letter was re-read from each of its letters (32k: 10.8 s).
_ACCENTED_WORD = re.compile(
    r"(?<![^\W\d_])[^\W\d_]*[^\x00-\xff\W\d_][^\W\d_]*[^\x00-\xff\W\d_][^\W\d_]*"
)
# Rule lone_hanzi.
_LONE_HANZI = re.compile(r"[\u3400-\u9fff](?<=[A-Za-z].)(?=[A-Za-z])")
_LONE_HANZI_SHARE = 0.2


# Rule inverted_marks (session 20): Spanish opens with '¡' and '¿' (after a space, a line's
# start or an opening mark: 0 of the 170 '¡' of the es catalogs follows a word character);
# '¡' glued after a letter or digit is ISO-8859-13's ” read as CP1252 ('%s¡', Swedish
# quotes), '¿' between two small letters ISO-8859-10's ŋ ('Yol¿u'). One is enough.
# Clause spanish_exclamation_typo (review, session 20): with 'ñ' the text is Spanish and a
# glued '¡' is '!' mistyped ('Gracias a todos¡'); ISO-8859-13's ñ is 'ń', no Swedish letter.
_INVERTED_MARKS = re.compile(r"¡(?<=[^\W_]¡)|¿(?<=[a-zß-ÿ]¿)(?=[a-zß-ÿ])")
# Rule apostrophe_y (session 21): ISO-8859-13's ’ (0xFF) is CP1252's 'ÿ': an apostrophe
# between two vowels ('Pa’anga', iso-codes sv; Estonian 'Ellice’i') reads 'Paÿanga'. Real
# text writes 'ÿ' after a vowel before a consonant ('Caÿster', 'Louÿs', 'Moÿse') or after
# a consonant (old Dutch 'zÿn'): 0 between two vowels in 63.5 million characters
# (en_gutenberg, Shakespeare, 28 catalogs of CP1252 languages). One is enough. ('Mi’kmaq'
# reads 'Miÿkmaq', as 'Caÿster': left.)
_APOSTROPHE_Y = re.compile(r"ÿ(?<=[aeiouAEIOU]ÿ)(?=[aeiou])")
# Clause nordic_y (session 22, of apostrophe_y): 'ÿ' inside a word after a vowel is French
# ('Louÿs', 'Caÿster', fr catalogs 'aÿ') or old Dutch; no Nordic language writes it (0 in the
# sv da nb nn fi is fo catalogs, 6 million characters), and neither French nor Dutch writes
# 'å'. With 'å' it is ISO-8859-13's ’: Swedish 'Mi’kmaq' (iso-codes sv) reads 'Miÿkmaq'.
# Clause nordic_y_names (review, session 22, of nordic_y): not after a, e, o, u: French and Dutch
# names keep their 'ÿ' there ('Pierre Louÿs', 'Rachel Ruÿsch', 'L'Haÿ') in Swedish or Danish text
# about them, decided CP1252 (right) on main; ’ stands after other letters ('Mi’kmaq', 'don’t').
_WORD_Y = re.compile(r"ÿ(?<=[^\W\d_aeouAEOU]ÿ)(?=[^\W\d_])")
# Rule dos_guillemets (session 20): DOS CP437/CP850's « » read as CP1252 are '®' '¯', Mac
# Roman's are 'Ç' 'È': a pair around a quoted word ('®%s¯', 'Ç%sÈ', '® mot ¯'); '¯' is no
# mark of real text and no word ends in 'È'. One is enough.
# Clause guillemet_words (review, session 20): '®' opens after no word (glued after one it is
# a trademark: 'Intel® Core™ x¯'), 'È' closes after no capital and no apostrophe (Catalan
# and Italian capitals end words in it: 'LA PLAÇA DEL DIAMANT, DE MERCÈ', 'ÇA IRA»: C'È').
_DOS_GUILLEMETS = re.compile(
    r"(?<![^\W_])®\s?[^\s®¯][^\n®¯]{0,80}?¯"
    r"|Ç(?=\S)[^\nÇÈ]{1,80}?(?<=[^\sA-ZÀ-ÞŠŒŽŸ'’])È(?![^\W\d_])"
    r"|Ç [^\nÇÈ]{1,80}? È(?![^\W\d_])"
)

# Rule mac_roman_o (session 20): Mac Roman's ó is CP1252's em dash: Spanish '-ción', 'razón'
# read as CP1252 end in '—n' ('informaci—n': 13,579 in the es catalogs so read). An em
# dash between >= 2 small letters and one consonant ending the word is not in the 19 MB
# of en_gutenberg but for a page reference ('place—p. 45'), nor in 11 catalogs of CP1252
# languages. One is enough.
# Clause mac_roman_o_endings (review, session 20): only '—n' and '—s' ('-ción', '-ós': all
# but 12 of 17,447 such endings in the es pt ca gl ast catalogs), and not before an apostrophe
# or a dash: Spanish and French 'dijo—y salió', 'Non—n'insistez', English 'rock—n—roll'.
_MAC_ROMAN_O = re.compile(r"—[ns](?<=[a-z]{2}—.)(?![^\W_]|['’—-]|\.\s*\d)")

# Clause mac_roman_i_u (session 24): Mac Roman's í ú are CP1252's '’' 'œ': Icelandic place and
# currency names read 'Dj’bœt’', 'rœp’a', 'N’ger’a', 'Fœtœnaeyjar', and each of the signs alone is
# also real ('ha’nted', 'phœnix'), so the Icelandic Mac Roman pieces passed (7 WRONG of 160). A
# word with two of them before letters (English endings ’s ’t ’ll ’re ’ve ’d ’m off): in the 19 MB of
# en_gutenberg, the Shakespeare texts and the catalogs of 32 CP1252 languages 2 ('v’y’ge', 'S’H’T'),
# in the is ga es fr it Mac Roman readings 289 lines (/tmp/wtD_s24/ice.py). More than 1%
# of the non-ASCII characters by count: a book with one 'v’y’ge' is not counted, a short text is.
_MAC_ROMAN_I_U = re.compile(r"(?:[^\W\d_]+[’œ]){2}[^\W\d_]")
# Clause i_u_run_once (session 46): a match from inside a run of letters is one from any
# earlier letter of the run, so where none starts at the scan's point (a previous match's
# end) none starts in the rest of its run: the scan goes on at the next run's first letter
# (each failing letter re-read the run: 32k letters and one '’', 11 s). Matches unchanged.
_I_U_AT_RUN = re.compile(r"(?<![^\W\d_])" + _MAC_ROMAN_I_U.pattern)
_ENGLISH_ENDING = re.compile(r"’(?:s|t|ll|re|ve|d|m)$")
# Rule mac_roman_umlaut (session 21): Mac Roman's ö is CP1252's 'š': German and Swedish
# read as CP1252 put it between consonants ('Kšpfe', 'Hšhe', 'Fšrsšk', 'fšr'). Real CP1252
# text has 'š' so only in Slavic place names ('Krško', 'Vyškov', 'Majšperk': 34 in 63.5
# million characters of en_gutenberg, Shakespeare and 34 catalogs, any three of them
# >= 19,884 characters apart), so more than max(2, 2% of the non-ASCII characters).
_MAC_ROMAN_UMLAUT = re.compile(r"š(?<=[b-df-hj-np-tv-zB-DF-HJ-NP-TV-Z]š)(?=[b-df-hj-np-tv-z])")
_MAC_ROMAN_UMLAUT_SHARE = 0.02
# Rule mac_roman_fada (session 21, wave 2): Mac Roman's á is CP1252's '‡', its é 'Ž': Irish
# read as CP1252 glues '‡' to a word's edge ('n‡', 'T‡', 'San ‡it', '‡r': ná, tá, áit, ár;
# sign_in_word saw only '‡' between two letters) and puts 'Ž' after a small letter ('mŽ',
# 'gŽag': mé, géag; case_in_word tolerates two). Neither is in the 63.5 million characters of
# en_gutenberg, Shakespeare and the catalogs of 28 CP1252 languages (no '‡' at all there: a
# footnote's '‡' glued to a word: clause fada_footnote, below); one is enough.
# Clause fada_footnote (session 21, wave 2 review): '‡' is also the third footnote mark (* † ‡),
# glued to a name or opening its note ('Agrawal‡', '‡Université Paris 1': a paper's authors and
# affiliations, decided CP1252 before this rule). Mac Roman's '‡' is the small á, so '‡' opening
# a word counts only before a small letter ('‡it'), and no '‡' counts where the text holds '†'
# (CP1252's reading of Mac Roman's Ü, which Irish never writes; a footnote series has † first).
# Clause fada_short_word (session 22): '‡' glued after a word counts only after a word of <= 3
# letters (or inside one): Irish 'n‡', 'T‡', 'tr‡' (ná, tá, trá: 67 of the 69 words ending in á
# of fortunes-ga have <= 3 letters before it); a footnote's '‡' follows a name ('Ruth‡',
# 'Agrawal‡'), which is decided CP1252 again where the text holds no '†'.
_MAC_ROMAN_FADA = re.compile(
    r"(?<![^\W\d_])[^\W\d_]{1,3}‡|‡(?<=[^\W\d_]‡)(?=[^\W\d_])|‡(?=[a-zß-öø-ÿ])"
    r"|Ž(?<=[a-zß-öø-ÿ]Ž)"
)
_MAC_ROMAN_E = re.compile(r"Ž(?<=[a-zß-öø-ÿ]Ž)")


def latin_misread(counts: dict[str, int], text: str) -> str:
    """Session 17's clauses of ``latin_plausible`` (module docstring)."""
    n = sum(k for ch, k in counts.items() if ord(ch) >= 0x80)
    digit = len(_DIGIT_LETTER.findall(text))
    if digit > max(2, 0.01 * n):  # rule digit_letter
        return f"{digit} accented letters stand between digits ('10Þ11': cp864's × read as windows-1252?)"
    opens = _SYMBOL_OPENS.findall(text)
    math = _MATH_OPENS.findall(text) if counts.keys() & set("¬±¹²³") else []  # (count first)
    if len(math) > max(2, 0.01 * n):  # clause math_signs of symbol_opens_word
        opens += math
    if opens:  # rule symbol_opens_word
        return (
            f"{opens[0]!r} opens a word ('§iaden': DOS cp852 or iso-8859-2 read as windows-1252?)"
        )
    german = counts.keys() & _GERMAN_LETTERS
    signs = [
        m.group()
        for m in _DOS_SIGNS.finditer(text)
        if not (german and m.group() == "\u201a" and _S_ENDS(text, m.end()))
    ]
    if signs:  # rule dos_signs
        return f"{signs[0]!r} stands inside a word ('mem¢ria': DOS cp860 read as windows-1252?)"
    low = len(_LOW_QUOTE_OPEN.findall(text)) if counts.get("\u201a", 0) > 2 else 0
    if low > max(2, 0.01 * n):  # rule low_quote_open
        return (
            f"{low} '‚' open a word unclosed ('‚crire': DOS cp863/cp850's é read as windows-1252?)"
        )
    icelandic = sum(counts.get(ch, 0) for ch in _ICELANDIC)
    vowels = sum(counts.get(ch, 0) for ch in _ICELANDIC_VOWELS)
    # Clause thorn_evidence: a 'þ' among them (Turkish ş, Esperanto ŝ, Lithuanian ž) or
    # 'ý' over 3% of the non-ASCII characters (Turkish ı, old Lithuanian ż: 4-41%):
    # Garborg's Nynorsk ('skýna', 'brýtt': 39 ý, no þ, 23 á í ó ú, 6,543 non-ASCII in
    # Bondestudentar: 0.6%) is no misread. (Left: a text naming 'Þór' once without
    # á í ó ú, and Old English in CP1252, are undecided; one þ is what betrays old
    # Lithuanian in CP1257 pieces.)
    thorn = counts.get("þ", 0) + counts.get("Þ", 0)
    if icelandic > vowels and (thorn or icelandic > 0.03 * n):  # rule icelandic_marks
        return "'þ' or 'ý' outnumber á í ó ú: Turkish or Esperanto read as windows-1252?"
    marks = _INVERTED_MARKS.findall(text) if counts.keys() & set("¡¿") else []
    if counts.keys() & set("ñÑ"):  # clause spanish_exclamation_typo ('amigos¡ Qué tal')
        marks = [m for m in marks if m != "¡"]
    if marks:  # rule inverted_marks
        return f"{marks[0]!r} closes a word ('%s¡': iso-8859-13's ” or iso-8859-10's ŋ read as windows-1252?)"
    quote = _APOSTROPHE_Y.search(text) if "ÿ" in counts else None
    if quote:  # rule apostrophe_y
        return "'ÿ' between two vowels ('Veraÿa': iso-8859-13's ’ read as windows-1252?)"
    nordic = _WORD_Y.search(text) if "ÿ" in counts and "å" in counts else None
    if nordic:  # clause nordic_y
        return "'ÿ' inside a word of Nordic text ('Miÿkmaq': iso-8859-13's ’ read as windows-1252?)"
    pair = _DOS_GUILLEMETS.search(text) if counts.keys() & set("®Ç") else None
    if pair:  # rule dos_guillemets
        return f"{pair.group()!r} quotes with '®…¯' or 'Ç…È' (DOS or Mac Roman « » read as windows-1252?)"
    dash = _MAC_ROMAN_O.search(text) if "—" in counts else None
    if dash:  # rule mac_roman_o
        return f"{dash.group()!r} ends a word ('informaci—n': Mac Roman's ó read as windows-1252?)"
    sharp = _SHARP_S.findall(text)
    if sharp:  # rule sharp_s_case
        return f"{sharp[0]!r} starts a word ('Üßaret': Mac Turkish read as windows-1252?)"
    fada_at = _MAC_ROMAN_E if "†" in counts else _MAC_ROMAN_FADA  # clause fada_footnote
    fada = fada_at.search(text) if counts.keys() & set("‡Ž") else None
    if fada:  # rule mac_roman_fada
        return (
            f"{fada.group()!r} glued to a word ('n‡', 'mŽ': Mac Roman's á é read as windows-1252?)"
        )
    umlaut = len(_MAC_ROMAN_UMLAUT.findall(text)) if "š" in counts else 0
    if umlaut > max(2, _MAC_ROMAN_UMLAUT_SHARE * n):  # rule mac_roman_umlaut
        return f"{umlaut} 'š' between consonants ('Kšpfe': Mac Roman's ö read as windows-1252?)"
    words = _mac_roman_i_u(text) if counts.keys() & set("’œ") else 0
    if words > 0.01 * n:  # clause mac_roman_i_u
        return (
            f"{words} words hold two of '’' 'œ' ('Dj’bœt’': Mac Roman's í ú read as windows-1252?)"
        )
    if not counts.keys() & _NORDIC and (counts.get("æ", 0) or counts.get("ð", 0)):
        croatian = len(_CROATIAN.findall(text))
        if croatian > 2:  # rule croatian_marks
            return (
                f"{croatian} 'æe', or 'ð' 'è' before a vowel: Croatian ć đ č read as windows-1252?"
            )
    return ""


def _mac_roman_i_u(text: str) -> int:
    """Clause mac_roman_i_u: words with two of '’' 'œ' before letters."""
    return sum(
        sum(1 for i, ch in enumerate(word[:-1]) if ch in "’œ" and i) >= 2
        for word in (_ENGLISH_ENDING.sub("", w) for w in i_u_words(text))
    )


def i_u_words(text: str) -> Iterator[str]:
    """``_MAC_ROMAN_I_U.finditer``'s matches, in linear time (clause i_u_run_once)."""
    at = 0
    while m := _MAC_ROMAN_I_U.match(text, at) or _I_U_AT_RUN.search(text, at):
        yield m.group()
        at = m.end()


def central_misread(
    counts: dict[str, int], text: str, alphabets: tuple[frozenset[str], ...], language: str
) -> str:
    """Session 17's clauses of ``central_plausible`` (module docstring);
    ``alphabets``: the accented letters of each Central European language;
    ``language``: the one whose letters are the most of the text's."""
    if language == "Hungarian" and counts.keys() & _R_CARON and not counts.keys() & _U_DOUBLE:
        return "'ř' but no 'ű' in Hungarian text: iso-8859-16's ű read as windows-1250?"
    if counts.keys() & {"Ą", "ą"} and _OPENING_A_OGONEK.search(text):  # clause opening_a_ogonek
        return "'Ą' opens a word: iso-8859-16's '„' or iso-8859-2's 'Ľ' read as windows-1250?"
    romanian = language == "Romanian"
    if romanian and counts.keys() & _CEDILLA and not counts.keys() & _CP1250_HIGH:
        return (
            "'ş' 'ţ' are 'ș' 'ț' in iso-8859-16 too: the codec cannot be told "
            "(--encoding windows-1250 or iso-8859-16)"
        )
    beyond = {ch.lower() for ch in counts if ord(ch) >= 0x100 and ch.isalpha()}
    if any(beyond <= alphabet for alphabet in alphabets):
        return ""  # (no word can mix languages: no pattern to run; 2x faster)
    for word in _ACCENTED_WORD.findall(text):  # rule mixed_word
        accented = {ch for ch in word.lower() if ord(ch) >= 0x100}
        if not any(accented <= alphabet for alphabet in alphabets):
            return f"{word!r} mixes the letters of two languages (another codec?)"
    return ""


def hanzi_misread(text: str, han: int) -> str:
    """Rule ``lone_hanzi`` of ``cjk_plausible`` (module docstring); ``han``: the count of
    hanzi."""
    lone = len(_LONE_HANZI.findall(text))
    if lone > max(1, _LONE_HANZI_SHARE * han):
        return f"{lone} of its {han} hanzi stand between Latin letters (Latin text read as big5?)"
    return ""
