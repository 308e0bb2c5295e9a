"""Cyrillic letter pairs as evidence against a single-byte reading of CJK bytes
(session 28, task D): clause ``cyrillic_rare_pairs``, a mark of ``misread_mark``
(``transforms.legacy_short_hanzi``, clause ``hanzi_pairs``). Korean EUC-KR lines read so are
held by it too: their GB18030 reading is common hanzi of rows B0-C8 (KS X 1001's Hangul rows),
and clause ``spaced_hangul_first`` names the Korean reading where it is spaced. (Letting the
mark also excuse a capitals-only rival in clause ``hangul_pairs`` was tried: it changed none
of the 118 ko line-codec pairs this clause moved, so it was left out.)

A common hanzi of GB2312 (lead and trail bytes B0-CF) or a Hangul syllable of KS X 1001
read as ISO-8859-5 or CP1251 is two Cyrillic capitals ('不安全的' -> 'ВЛАВШЋЕФ', '创建目录'
-> 'ДДНЈФПТМ', '정보를 보냄' -> 'СЄКИИІ КИГП'), so every mark of a misread (a capital after a
small letter, a sign inside a word) is missing, and every pair of letters occurs in some
Cyrillic language. What tells them is how often: the bytes fall on the letters nearly at
random, so most of their pairs are rare ones ('ВШ', 'ШЋ', 'ЋЕ', 'ЕФ'), where real text, in
capitals or not, writes mostly common ones ('ПРИЁМНИК': 'ПР', 'РИ', 'НИ', 'ИК').

``COMMON_PAIRS``: for each of ru, uk, bg, sr, mk, be, the most frequent letter pairs inside
words that together make 80% of the language's pairs, joined (301 pairs); counted on every
distinct message of that language's catalogs on the session-28 machine
(``/usr/share/locale/LANG/LC_MESSAGES/*.mo``: 650,000 to 1,400,000 pairs a language, mk
41,000). A reading is marked when its Cyrillic words hold 6 pairs or more and under two in
five of them are common: a misread puts about 3 in 10 of its pairs there (301 of 1,100 pairs),
real catalog lines 8 in 10 or more (224 of 156,786 lines with 6+ pairs fall under 2 in 5:
place names and loan words, 'Шанлыўрфа', 'АИФЦ звук'). Under half (tried first) also marked
real KOI8-R 'сохранён [%s]', 'бэкпорты' ('ё' and 'э' pairs are rare in catalogs) and
'абвгде АБВГДЕ' (ISO-8859-5), whose GB18030 readings are short common hanzi: 7 real ru uk bg
sr mk be catalog lines went right -> undecided; at 2 in 5 one ('їтха-їтха', uk).

Clause ``cyrillic_rare_pairs_yo`` (session 28 review): 'ё' is read as 'е' before the pairs are
counted. Catalogs rarely write 'ё', so none of its pairs is common, and short literary lines
with it were marked: 37 of 7,701 two-word 'ё' spans of the RusLit texts (CP1251 capitals,
KOI8-R small letters: 'ЧЁРТ ВОЗЬМИ', 'лист плывёт') went right -> undecided, 5 after ('ОЦЕНКИ
ЕЁ': 'ее' is rare too). Cost: ko '활성화 가능' (EUC-KR, CP949) undecided -> WRONG again.
"""

from __future__ import annotations

import re

COMMON_PAIRS = frozenset(
    (
        "аб ав аг ад ае аз ай ак ал ам ан ап ар ас ат ах ац ач аш ая ає ај ањ аў ба бе би бл бо бр бу "
        "ва вд ве ви вк вл вн во вр ву въ вы ві га го гр гу гч да де дж дз ди дк дл дн до др дъ ды дэ "
        "ді ев ег ед еж ез ей ек ел ем ен еп ер ес ет ец еш ењ жа жд же жи жн за зв зе зи зм зн зо зп "
        "зі иб ив ид ие из ии ий ик ил им ин ип ир ис ит их ич иш ия иј йл йс ка ке ки кл ко кр кс кт "
        "ку кі ла ле ли лк лн ло лу ль лю ля лі ма ме ми мо му мы мя мі на нг нд не ни нн но нс нт ну "
        "ны нь ня ні об ов ог од ое ож оз ой ок ол ом он оп ор ос от оч ош ој оў па пе пи по пр пу пъ "
        "пі ра ре ри ро рс ру ры рэ рі са се си ск сл сн со сп ст су сц съ сь ся сі та тв те ти тн то "
        "тр тс ту ты ть тэ ті уб ув уд уе ум уп ур ус ут уј фа ха хо ца ци цц цы ць ці ча че чи чн чы "
        "чэ ши шт шч шы ще що ъл ър ът ые ый ык ыл ым ын ыр ыс ых ыц ыя ьз ьк ьн ьс эл эн эр эс эт юч "
        "як ян ят ів ід ік іл ін ір іс іц ія ії ја је ју ља ња ње ће ўд ўн"
    ).split()
)
_CYRILLIC_WORD = re.compile(r"[а-яёђѓєѕіїјљњћќўџґ]+")
MIN_PAIRS = 6


def rare_pairs(text: str) -> bool:
    """Whether ``text``'s Cyrillic words (any case) hold ``MIN_PAIRS`` letter pairs or more
    and under two in five of them are in ``COMMON_PAIRS`` (clause ``cyrillic_rare_pairs``)."""
    pairs = [
        word[i : i + 2]
        # Clause cyrillic_rare_pairs_yo (session 28 review): 'ё' counts as 'е', as catalogs
        # mostly write it; literature's 'поплывём', 'ЧЁРТУШКА' were rare-paired
        for word in _CYRILLIC_WORD.findall(text.lower().replace("ё", "е"))
        for i in range(len(word) - 1)
    ]
    return len(pairs) >= MIN_PAIRS and 5 * sum(p in COMMON_PAIRS for p in pairs) < 2 * len(pairs)
