"""Rule bare_dialogue_line (transforms/key_dialogue.py, session 49): a short speech with at
most a speech tag is no key sentence. Real text: Dickens, Oliver Twist, ch. XXIII
(Project Gutenberg #730, from denten-bin/gutenberg-shell-scripts' test-corpus/pg730.txt);
吴承恩, 西游记 第四十九回 (hexhero/book-txt's 西游记.txt); Hardy, The Return of the
Native, Book I ch. 6 (Project Gutenberg #122, denten-bin's 122-0.txt)."""

import numpy as np

import transforms.key_dialogue as kd
from transforms.key_dialogue import dialogue_parts, is_bare_dialogue
from transforms.key_sentences import eligible_sentences
from transforms.sentences import sentence_spans
from transforms.structure import StructureConfig, analyze_text

OLIVER = (
    "'Nothing,' replied Mrs. Corney. 'I am a foolish, excitable, weak creetur.'\n\n"
    "'Not weak, ma'am,' retorted Mr. Bumble, drawing his chair a little closer. "
    "'Are you a weak creetur, Mrs. Corney?'\n\n"
    "'We are all weak creeturs,' said Mrs. Corney, laying down a general principle.\n\n"
    "'So we are,' said the beadle.\n\n"
    "Nothing was said on either side, for a minute or two afterwards. By the expiration of "
    "that time, Mr. Bumble had illustrated the position by removing his left arm from the "
    "back of Mrs. Corney's chair, where it had previously rested, to Mrs. Corney's "
    "apron-string, round which it gradually became entwined.\n\n"
    "'We are all weak creeturs,' said Mr. Bumble.\n\n"
    "Mrs. Corney sighed.\n\n"
    "'Don't sigh, Mrs. Corney,' said Mr. Bumble.\n\n"
    "'I can't help it,' said Mrs. Corney. And she sighed again.\n\n"
    "'This is a very comfortable room, ma'am,' said Mr. Bumble looking round. 'Another "
    "room, and this, ma'am, would be a complete thing.'\n"
)

XIYOU = (
    "沙僧道：“大哥，那妈妈来得近了，等我问他个信儿，看这个是甚妖精，是甚兵器，这般伤人。”"
    "行者道：“你且住，等老孙问他去来。”行者急睁睛看，只见头直上有祥云盖顶，左右有香雾笼身。"
    "行者认得，即叫：“兄弟们，还不来叩头！那妈妈是菩萨来也。”慌得猪八戒忍疼下拜，沙和尚牵马躬身，"
    "孙大圣合掌跪下，叫声“南无大慈大悲救苦救难灵感观世音菩萨。”\n"
)


def _eligible_texts(text, min_words=6.0):
    spans = sentence_spans(text, "auto")
    ok = eligible_sentences(text, spans, min_words)
    return {text[a:b].strip(): bool(e) for (a, b), e in zip(spans.tolist(), ok, strict=True)}


def test_bare_english_dialogue_lines_are_not_eligible(monkeypatch):
    # The excerpt is short: clause dialogue_scenes (20 such lines in a document) is
    # lowered to read the line rule alone; test_an_article_with_few_quotes_keeps_them
    # reads the clause.
    monkeypatch.setattr(kd, "DIALOGUE_MIN_LINES", 0)
    got = _eligible_texts(OLIVER)
    # A speech under 12 words with a bare tag, or under 6 words with a tag and its manner.
    for line in (
        "'Don't sigh, Mrs. Corney,' said Mr. Bumble.",
        "'We are all weak creeturs,' said Mr. Bumble.",
        "'We are all weak creeturs,' said Mrs. Corney, laying down a general principle.",
        "'Are you a weak creetur, Mrs. Corney?'",
    ):
        assert got[line] is False, line
    # Narration stays, and so does a speech of 6+ words whose tag narrates
    # ("looking round": 5 words outside the quotation, over TAG_WORDS = 4).
    for line in (
        "Nothing was said on either side, for a minute or two afterwards.",
        "'This is a very comfortable room, ma'am,' said Mr. Bumble looking round.",
    ):
        assert got[line] is True, line


def test_bare_chinese_dialogue_lines_are_not_eligible(monkeypatch):
    monkeypatch.setattr(kd, "DIALOGUE_MIN_LINES", 0)
    got = _eligible_texts(XIYOU)
    assert got["行者道：“你且住，等老孙问他去来。”"] is False
    # A speech of 24+ characters stays; so do narration and a speech whose tag narrates.
    assert got[
        "沙僧道：“大哥，那妈妈来得近了，等我问他个信儿，看这个是甚妖精，是甚兵器，这般伤人。”"
    ]
    assert got["行者急睁睛看，只见头直上有祥云盖顶，左右有香雾笼身。"]


def test_key_min_words_zero_keeps_every_dialogue_line(monkeypatch):
    monkeypatch.setattr(kd, "DIALOGUE_MIN_LINES", 0)
    got = _eligible_texts(OLIVER, min_words=0.0)
    assert got["'Don't sigh, Mrs. Corney,' said Mr. Bumble."] is True
    assert got["'So we are,' said the beadle."] is True


def test_dialogue_parts_counts_quoted_and_other_words():
    # A sentence that opens inside a speech begun earlier (Oliver Twist, ch. XIII's
    # "But come,' said the young gentleman; 'you want grub, and you shall have it.")
    assert dialogue_parts(
        "But come,' said the young gentleman; 'you want grub, and you shall have it."
    ) == (
        10.0,
        4.0,
    )
    # A possessive "ladies'" is no closing mark that starts the sentence's speech.
    quoted, other = dialogue_parts("the old ladies' pockets in chapels!")
    assert quoted == 0.0 and other == 6.0
    # Hardy: a one-word answer with a manner tag (clause short_speech_manner_tag) ...
    assert is_bare_dialogue("“Yes,” said Eustacia, with a little more hauteur.", 6.0)
    # ... a long narrating tag is no bare line (The Return of the Native, Book I ch. 3).
    assert not is_bare_dialogue(
        "“You don’t take after your father,” said Mrs. Yeobright, looking towards the "
        "fire, where Grandfer Cantle, with some want of originality, was dancing by "
        "himself among the sparks, as the others had done before.",
        6.0,
    )


def test_no_key_sentence_is_a_bare_dialogue_line(monkeypatch):
    # Every candidate is picked (k = all sentences): before the rule the bare lines were.
    monkeypatch.setattr(kd, "DIALOGUE_MIN_LINES", 0)
    st = analyze_text(OLIVER, StructureConfig(key_ratio=1.0, key_top_k=0))
    keys = [OLIVER[a:b].strip() for a, b in st.sentences[st.key_sentences].tolist()]
    assert keys and not any(is_bare_dialogue(k, 6.0) for k in keys)
    assert "Mrs. Corney sighed." not in keys  # too_short, as before
    assert any(k.startswith("By the expiration of that time") for k in keys)
    assert np.all(np.diff(st.key_sentences) > 0)


# BBC news (shared sum_bbc_news dev set, politics/417 "Lib Dems unveil election slogan"):
# a news quote states the story; an article holds a few, no dialogue scenes.
BBC = (
    "Labour and the Tories claim the sums do not add up, and that working families would be "
    'hardest hit. Mr Kennedy said: "Britain is the fourth-largest economy in the world. We '
    'have world class businesses and a world class workforce.\n\n"So why are two million of '
    'our pensioners living below the poverty line?"\n'
)


def test_an_article_with_few_quotes_keeps_them():
    # Clause dialogue_scenes: fewer than DIALOGUE_MIN_LINES bare lines in the document,
    # so the rule does not act: the Oliver Twist excerpt (8 of them) and a news quote.
    assert _eligible_texts(OLIVER)["'Don't sigh, Mrs. Corney,' said Mr. Bumble."] is True
    got = _eligible_texts(BBC)
    assert got['Mr Kennedy said: "Britain is the fourth-largest economy in the world.'] is True
    assert is_bare_dialogue(
        'Mr Kennedy said: "Britain is the fourth-largest economy in the world.', 6.0
    )  # the line rule alone would take it


def test_scare_quotes_are_no_speech():
    # Clause speech_shaped (BBC dev): a quotation after a word inside narration.
    assert not is_bare_dialogue(
        'Mr Cunningham went on to become Tony Blair\'s "cabinet enforcer".', 6.0
    )
    assert not is_bare_dialogue(
        'GM said it was expecting "reduced financial losses" in Europe in 2005.', 6.0
    )
