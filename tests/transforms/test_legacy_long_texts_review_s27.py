"""Review of session 27's ``long_text_slips`` and ``stray_controls`` (second wtD task): a long
text tolerates a few slips, but only a book's own, scattered ones. Clauses
``long_text_slips_scattered`` and ``long_text_slips_repeated`` (``transforms.legacy_mac_cyrillic``)
and ``stray_controls_clustered`` (``transforms.legacy_encodings``). Without them a paragraph in
another codec pasted into a long CP1251 or KOI8-R book (a concatenated download) was decided,
the paragraph as mojibake: 105 of 336 pasted passages of 80-3,000 characters in Chekhov's Дуэль
went through on the allowance. Text: Tolstoy, Анна Каренина, part 1, chapters 1-2 (public
domain); the slips are real lines of Herzen, Bryusov, Tolstoy."""

from __future__ import annotations

import zlib

import pytest

from tests.transforms.test_legacy_long_texts_s27 import _ANNA, _BOOK, _outcome
from transforms.legacy_encodings import candidates, guess_encoding

# Анна Каренина, part 1, chapter 2: the paragraph pasted in from another codec
_PASSAGE = (
    "Степан Аркадьич был человек правдивый в отношении к себе самому. Он не мог обманывать "
    "себя и уверять себя, что он раскаивается в своем поступке. Он не мог раскаиваться теперь "
    "в том, в чем он раскаивался когда-то лет шесть тому назад, когда он сделал первую "
    "неверность жене.\n"
)


def _pasted(host: str, foreign: str) -> bytes:
    return (_BOOK + _ANNA).encode(host) + _PASSAGE.encode(foreign) + (_ANNA * 2).encode(host)


@pytest.mark.parametrize(
    ("host", "foreign"),
    [("cp1251", "cp866"), ("cp1251", "mac_cyrillic"), ("cp866", "cp1251"), ("cp866", "koi8_r")],
)
def test_pasted_passage_withholds(host, foreign):
    # 21,800 small letters allow one finding a rule; the passage's are together
    # (clause long_text_slips_scattered)
    decided, _ = guess_encoding(_pasted(host, foreign))
    assert decided is None, (host, foreign)
    # the same book without the passage is decided
    assert _outcome(_BOOK + _ANNA + _PASSAGE + _ANNA * 2, host) == "right"


def test_book_slips_apart_pass_together_withhold():
    # Война и мир, том 2: three '«' inside words in one Freemason speech, 170 characters;
    # alone one passes in a long text, the three together withhold (scattered, not clustered)
    speech = (
        "находятся между до«бродетелью и пороком. Берегись делать какое-нибудь разли«чие, "
        "могущее нарушить равенство. Лети на помощь к брату, «кто бы он ни был, настави "
        "заблуждающегося, подними упа«дающего и не питай никогда злобы\n"
    )
    one = "находятся между до«бродетелью и пороком\n"
    assert _outcome(_BOOK * 4 + one, "cp1251") == "right"
    assert _outcome(_BOOK * 4 + speech, "cp1251") == "undecided"
    spread = one + _BOOK + "Берегись делать какое-нибудь разли«чие\n"
    assert _outcome(_BOOK * 4 + spread, "cp1251") == "right"
    near = one + _ANNA * 2 + "Берегись делать какое-нибудь разли«чие\n"  # 1,700 characters apart
    assert _outcome(_BOOK * 4 + near, "cp1251") == "undecided"


@pytest.mark.parametrize(
    "slips",
    [
        # Герцен, Скуки ради: a lost '№' written 'Ќ' three times within 4,000 characters
        "- Пожалуйте сейчас в Ќ 21.\nпобежал в Ќ 21, Madame Обержин сидит,\nопять в\n  Ќ 21.\n",
        # Брюсов, Семь земных соблазнов: 'Љ' for '№' twice in two lines
        "Мой стол был за Љ 26, и сам я был уже Не человеком, не\n  лицом, но таким же Љ 26.\n",
    ],
    ids=["herzen", "bryusov"],
)
def test_repeated_slip_is_no_cluster(slips):
    # clause long_text_slips_repeated: the same sign standing alone, written again
    for codec in ("cp1251", "iso8859_5"):
        assert _outcome(_BOOK * 4 + slips, codec) == "right", codec
    # different words with the sign inside, together, still withhold
    assert _outcome(_BOOK * 4 + "в мЌра, и мЌра, \n", "cp1251") == "undecided"


def test_binary_fragment_controls_cluster():
    # a FlateDecode stream (a PDF's compressed text) pasted into a book: its controls crowd
    # one place, though the book's length would allow them at one per 2,000 characters
    stream = zlib.compress((_ANNA * 3).encode("cp1251"), 9)[:300]
    book = (_BOOK * 4).encode("koi8_r")
    data = book + b"stream\n" + stream + b"\nendstream\n" + book
    koi8 = next(g for g in candidates(data) if g.encoding == "koi8_r")
    assert "control characters" in koi8.problem
    assert guess_encoding(data)[0] is None
    # Толстой, Отрочество: five DELs for no-break spaces in 2,000 characters pass
    dels = "замечание,\x7f– не\n" * 5
    assert _outcome(_BOOK * 4 + dels, "cp1251") == "right"
    assert _outcome(_BOOK * 4 + dels + "и\x7fтак\x7fдалее\n", "cp1251") == "undecided"
