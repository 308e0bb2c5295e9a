"""Clause ``mark_ellipsis`` of rule ``lowercase_after_mark``
(``transforms.sentence_languages``, session 27): dots or "…" after "!" / "?", or a
footnote mark, then a lower-case word or a dash and a lower-case inquit go on with
the sentence. Real lines of RusLit (public domain): Tolstoy's "Война и мир" (vol. 1,
the Russian text with the translator's note marks), Chekhov's "Налим", Dostoevsky's
"Бесы", Nekrasov's "Кому на Руси жить хорошо"."""

import pytest

from transforms.sentences import sentence_spans


def split(text, language="auto"):
    return [text[s:e].strip() for s, e in sentence_spans(text, language).tolist()]


@pytest.mark.parametrize(
    "text",
    [
        # Война и мир, т. 1, ч. 1, гл. I.
        "—\xa0Вы думаете?..\xa0— сказала Анна Павловна, чтобы сказать что-нибудь.",
        # Бесы.
        "–\xa0Да пишите же, если вы серьезно!..\xa0– истерически прикрикнул Петр Степанович.",
        # Налим.
        "— Дурак, чёрт, отвечать за тебя придется!.. — хрипит Герасим.",
        # Кому на Руси жить хорошо (verse, hard-wrapped).
        "— А тоже грамотеями\nСчитаетесь!.. — с досадою\nДворовый прошипел.",
        # Война и мир, т. 1: a French line with its note mark, then the inquit.
        "— Quelle belle personne![44] — говорил каждый, кто ее видел.",
    ],
)
def test_inquit_after_ellipsis_or_note_mark(text):
    assert split(text, "ru") == [text]


def test_new_turn_stays_a_sentence():
    # Война и мир: after "?.." a capital opens the next sentence, as before.
    text = "—\xa0Вы думаете?..\xa0Анна Павловна улыбнулась."
    assert split(text, "ru") == ["—\xa0Вы думаете?..", "Анна Павловна улыбнулась."]


@pytest.mark.parametrize(
    "text",
    [
        # Брюсов, "Алтарь победы": the dash typed as two hyphens (clause typed_dash).
        "-- Негодяй! -- закричал Симмах.",
        # Достоевский, "Крокодил".
        "-- Гм! -- проговорил он, вертя табакерку в руках, -- по-моему, даже и хорошо,"
        " что он там на время полежит, вместо заграницы-то-с.",
        # Брюсов, "Алтарь победы".
        "-- Кто это? -- величественно спросил император, оборачиваясь к двери.",
    ],
)
def test_inquit_after_typed_dash(text):
    assert split(text, "ru") == [text]


def test_typed_dash_new_turn_stays_a_sentence():
    # Брюсов, "Огненный ангел": after the inquit's full stop, "-- Нынче" opens the next.
    text = (
        "-- Не моё это дело, брат! -- сказал он мне. -- Нынче, правда, и студенты берутся за шпаги."
    )
    assert split(text, "ru") == [
        "-- Не моё это дело, брат! -- сказал он мне.",
        "-- Нынче, правда, и студенты берутся за шпаги.",
    ]
