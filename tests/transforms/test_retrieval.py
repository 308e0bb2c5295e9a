"""Retrieved memory (BM25 over a document's earlier passages), on real text run
through the real structure analysis and a byte-level BPE tokenizer."""

from __future__ import annotations

import hashlib
import json
import math
import os
import random
import subprocess
import sys

import numpy as np
import pytest

import schemas
from schemas import IGNORE_INDEX
from tests.conftest import REPO_ROOT
from tests.transforms.test_chunking import stitch
from transforms.chunk_memory import retrieved_memory
from transforms.chunking import ChunkConfig, chunk_document
from transforms.memory_parts import join_parts, part_end
from transforms.normalize import normalize_document
from transforms.retrieval import (
    PassageIndex,
    RetrievalConfig,
    select_by_score,
    term_spans,
)
from transforms.structure import analyze_document
from transforms.token_structure import char_to_token_starts
from transforms.tokenize import load_tokenizer, tokenize_documents

SEP = (7, 7)
TOPICS = {
    "sea": "whale ship harpoon captain ocean sailor storm deck anchor tide".split(),
    "court": "king queen crown throne castle knight sword herald banner tower".split(),
    "garden": "rose garden flower tree bloom spring leaf bee meadow orchard".split(),
}
TOPIC_OF = {w: t for t, words in TOPICS.items() for w in words}


def topic_book(seed: int, paragraphs: int = 60) -> str:
    """Paragraphs of 2-4 sentences, each paragraph on one topic (its own words plus
    stopwords), topics in random order: an earlier passage on the query's topic is
    the relevant one."""
    rng = random.Random(seed)
    parts = []
    for _ in range(paragraphs):
        words = TOPICS[rng.choice(sorted(TOPICS))]
        sentences = []
        for _ in range(rng.randint(2, 4)):
            body = []
            for _ in range(rng.randint(6, 10)):
                body += [rng.choice(words)] + (["the"] if rng.random() < 0.3 else [])
            sentences.append(" ".join(body).capitalize() + ".")
        parts.append(" ".join(sentences))
    return "\n\n".join(parts) + "\n"


def tokenized(text: str, tokenizer_path: str, doc_id: str = "d") -> schemas.TokenizedDocument:
    doc = normalize_document(schemas.Document(doc_id, "test", text, "train"))
    (out,) = tokenize_documents([analyze_document(doc)], load_tokenizer(tokenizer_path))
    return out


def token_at(doc: schemas.TokenizedDocument, char: int) -> int:
    """The token holding character ``char`` (the builder's own mapping)."""
    return int(char_to_token_starts(doc.token_offsets, np.array([char]))[0])


def config(window=128, memory=48, overlap=16, **kwargs) -> ChunkConfig:
    return ChunkConfig(
        windows=(window,),
        overlap=overlap,
        memory_tokens=memory,
        memory_separator_ids=SEP,
        memory_source="retrieved",
        **kwargs,
    )


# --------------------------------------------------------------------------
# Terms and BM25
# --------------------------------------------------------------------------
def test_term_spans_words_stopwords_and_cjk_bigrams():
    text = "The WHALE, and the sea! 天地人 月"
    ids, starts, ends, vocab = term_spans(text)
    terms = [text[s:e].lower() for s, e in zip(starts, ends, strict=True)]
    assert terms == ["whale", "sea", "天地", "地人", "月"]
    assert [list(vocab)[i] for i in ids] == terms
    assert ids.tolist() == [0, 1, 2, 3, 4]  # ids in order of first occurrence


def test_scores_are_lucene_bm25_of_the_query_terms():
    sentences = ["Whale ship whale. ", "Ship storm. ", "King crown whale whale whale. ", "Rose."]
    text = "".join(sentences)
    starts = np.cumsum([0] + [len(x) for x in sentences[:-1]])
    spans = np.stack([starts, starts + [len(x) for x in sentences]], axis=1)
    index = PassageIndex(text, spans, RetrievalConfig(k1=1.2, b=0.75))
    docs = [
        ["whale", "ship", "whale"],
        ["ship", "storm"],
        ["king", "crown"] + ["whale"] * 3,
        ["rose"],
    ]
    avgdl = sum(map(len, docs)) / len(docs)

    def bm25(term, doc):  # Lucene's BM25 (no (k1 + 1) factor since Lucene 8), written out
        df = sum(term in d for d in docs)
        idf = math.log(1 + (len(docs) - df + 0.5) / (df + 0.5))
        tf = doc.count(term)
        return idf * tf / (tf + 1.2 * (0.25 + 0.75 * len(doc) / avgdl))

    storm = text.index("storm")
    np.testing.assert_allclose(
        index.scores(storm, storm + 5), [bm25("storm", d) for d in docs], rtol=1e-5
    )
    # "whale. Ship storm": the second "whale" of passage 0 up to "storm".
    both = index.scores(text.index("whale."), storm + 5)
    expected = [sum(bm25(t, d) for t in ("whale", "ship", "storm")) for d in docs]
    np.testing.assert_allclose(both, expected, rtol=1e-5)


def test_query_terms_lie_wholly_inside_the_range():
    text = "harpoon whale ship"
    index = PassageIndex(text, np.array([[0, len(text)]]))
    assert index.query_terms(0, 5).tolist() == []  # "harpo" is cut: not a term
    assert index.query_terms(0, 7).tolist() == [0]
    assert index.query_terms(3, len(text)).tolist() == [1, 2]
    assert index.scores(0, 5).tolist() == [0.0]


@pytest.mark.parametrize(
    "scores, before, budget, expected",
    [
        ([3.0, 2.0, 1.0], 100, 10, [0, 1]),  # best first while they fit: 4 + 5 tokens
        ([3.0, 2.0, 1.0], 100, 4, [0]),  # a prefix of the ranking, never skip to fit
        ([1.0, 2.0, 3.0], 100, 6, [2]),  # passage 2 (2 tokens) then 1 (5) > 6: stop
        ([3.0, 2.0, 1.0], 9, 20, [0, 1]),  # passage 2 ends at 11 > 9: not before
        ([1.0, 1.0, 1.0], 100, 7, [1, 2]),  # ties to the later passage: 2, 1 fit, then 0 not
        ([9.0, 1.0, 1.0], 100, 3, [2]),  # passage 0 (4 tokens) longer than the budget
    ],
)
def test_select_by_score_table(scores, before, budget, expected):
    starts, ends = np.array([0, 4, 9]), np.array([4, 9, 11])
    chosen = select_by_score(starts, ends, np.array(scores), before, budget)
    assert chosen.tolist() == expected


# --------------------------------------------------------------------------
# Memory on real text
# --------------------------------------------------------------------------
def test_later_passages_never_enter_the_prefix_even_when_they_match_best(tiny_tokenizer_path):
    query = "The captain saw the whale and the harpoon."
    text = (
        "The harpoon hit the whale. The king rode to the castle. "
        + "The rose grew in the garden. " * 3
        + query
        + (" " + query) * 3  # later verbatim copies: the best matches of all
        + " The knight held the sword.\n"
    )
    doc = tokenized(text, tiny_tokenizer_path)
    memory = retrieved_memory(doc, config())
    q_start = token_at(doc, text.index(query))
    q_end = int(np.searchsorted(doc.token_offsets[:, 0], text.index(query) + len(query)))
    chosen = memory.select(q_start, q_start, q_end, budget=40)
    chosen_text = [text[a:b].strip() for a, b in memory.index.spans[chosen]]
    assert chosen_text == ["The harpoon hit the whale."]
    # With the window start after the copies, the copies are retrieved first.
    late = token_at(doc, text.index(" The knight"))
    again = memory.select(late, q_start, q_end, budget=40)
    assert [text[a:b].strip() for a, b in memory.index.spans[again]][-1] == query


def test_scored_tokens_do_not_shape_the_query(tiny_tokenizer_path):
    """An earlier passage that shares words only with the window's *scored* text
    is not retrieved: the query is the window's context-only opening."""
    text = (
        "The harpoon hit the whale. The rose grew in the orchard.\n\n"
        "The storm came. The whale swam by the ship. The rose bloomed in the orchard.\n"
    )
    doc = tokenized(text, tiny_tokenizer_path)
    cfg = config(window=64, memory=30, overlap=8)
    window_start = token_at(doc, text.index("The storm"))
    scored_from = token_at(doc, text.index(" The rose bloomed"))
    memory = retrieved_memory(doc, cfg)
    chosen = memory.select(window_start, window_start, scored_from, 200)
    chosen_text = [text[a:b].strip() for a, b in memory.index.spans[chosen]]
    assert chosen_text == ["The harpoon hit the whale."]
    # Had the query run to the end, the rose/orchard sentence would match too.
    everything = memory.select(window_start, window_start, len(doc.token_ids), 200)
    assert [text[a:b].strip() for a, b in memory.index.spans[everything]] == [
        "The harpoon hit the whale.",
        "The rose grew in the orchard.",
    ]


@pytest.mark.parametrize("window, memory, unit", [(128, 48, "sentence"), (512, 200, "paragraph")])
def test_rows_carry_the_retrieved_prefix_and_still_score_every_token_once(
    tiny_tokenizer_path, window, memory, unit
):
    doc = tokenized(topic_book(3), tiny_tokenizer_path)
    cfg = config(window, memory, overlap=window // 8, retrieval=RetrievalConfig(unit=unit))
    source = retrieved_memory(doc, cfg)
    rows, pending = chunk_document(doc, window, cfg, source)
    n = len(doc.token_ids)
    assert not pending and len(rows) > 10
    with_memory = 0
    for k, row in enumerate(rows):
        m = row["memory_length"]
        assert row["length"] <= window and (row["labels"][:m] == IGNORE_INDEX).all()
        start = row["token_start"]
        if k == 0:
            assert m == 0
            continue
        scored_from = rows[k - 1]["token_end"]
        assert first_scored(row) == scored_from
        if row["token_end"] == n:
            # Anchored last window: memory from before n - window, query = the
            # `overlap` context tokens that stay in the row whatever the prefix.
            room = min(memory, scored_from - cfg.overlap_for(window) - (n - window) - len(SEP))
            before, q_start = n - window, scored_from - cfg.overlap_for(window)
        else:
            room, before, q_start = memory, start, start
        chosen = source.select(before, q_start, scored_from, room)
        char_ends = source.index.spans[:, 1]  # clause key_end_no_next_word (second pass)
        ends = {
            int(c): part_end(
                doc.token_offsets, doc.text, int(source._starts[c]), int(source._ends[c]),
                int(char_ends[c]),
            )
            for c in chosen
        }  # fmt: skip
        if len(chosen):  # clause memory_prefix_one_break (review, session 43): the last
            last = int(chosen[-1])  # passage without the whitespace-only tokens it ends on
            while (
                ends[last] - 1 > source._starts[last]
                and doc.text[slice(*doc.token_offsets[ends[last] - 1])].isspace()
            ):
                ends[last] -= 1
        starts = [int(source._starts[c]) for c in chosen]  # memory_parts_separated
        sep = np.asarray(SEP, np.int32)
        parts = join_parts(doc, starts, [ends[int(c)] for c in chosen], sep, room) if starts else []
        expected = [int(t) for t in parts]
        assert row["input_ids"][:m].tolist() == (expected + list(SEP) if expected else [])
        # Nothing at or after the window start, nothing past the first scored token.
        assert (source._ends[chosen] <= start).all() and scored_from > q_start
        with_memory += m > 0
    assert with_memory >= len(rows) // 2
    rebuilt, scored = stitch(rows, {"d": doc})
    np.testing.assert_array_equal(rebuilt["d"], doc.token_ids)
    assert scored["d"][0] == 0 and (scored["d"][1:] == 1).all()


def first_scored(row: dict) -> int:
    """Document index of the row's first scored token."""
    return row["token_start"] + int(np.argmax(row["labels"] != IGNORE_INDEX)) - row["memory_length"]


def test_retrieval_finds_passages_on_the_topic_of_the_window(tiny_tokenizer_path):
    """Paragraphs alternate at random between three topics with disjoint words:
    the retrieved passages are on the topic of the window's opening."""
    doc = tokenized(topic_book(11, paragraphs=80), tiny_tokenizer_path)
    cfg = config(window=128, memory=48, overlap=24)
    source = retrieved_memory(doc, cfg)

    def topics(a: int, b: int) -> set[str]:
        words = (w.strip(".") for w in doc.text[a:b].lower().split())
        return {TOPIC_OF[w] for w in words if w in TOPIC_OF}

    hits = total = 0
    rows = chunk_document(doc, 128, cfg, source)[0]
    for row in rows[1:-1]:  # the anchored last row queries another span
        start, scored = row["token_start"], first_scored(row)
        wanted = topics(doc.token_offsets[start, 0], doc.token_offsets[scored - 1, 1])
        if len(wanted) != 1:
            continue  # the opening straddles two topics
        for c in source.select(start, start, scored, 48):
            hits += topics(*source.index.spans[c]) == wanted
            total += 1
    assert total > 20 and hits / total > 0.9, (hits, total)


def test_same_document_same_rows_in_another_process(tiny_tokenizer_path):
    """Deterministic across processes (string hashing is randomized per process)."""
    code = (
        "import hashlib, sys\n"
        "from tests.transforms.test_retrieval import config, tokenized, topic_book\n"
        "from transforms.chunking import chunk_document\n"
        "doc = tokenized(topic_book(5), sys.argv[1])\n"
        "rows, _ = chunk_document(doc, 128, config())\n"
        "print(hashlib.sha256(b''.join(r['input_ids'].tobytes() for r in rows)).hexdigest())\n"
    )
    env = {**os.environ, "PYTHONHASHSEED": str(hash("seed") % 1000 + 1)}  # not ours
    out = subprocess.run(
        [sys.executable, "-c", code, tiny_tokenizer_path],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    digests = {out.stdout.strip()}
    doc = tokenized(topic_book(5), tiny_tokenizer_path)
    rows, _ = chunk_document(doc, 128, config())
    assert any(r["memory_length"] for r in rows)
    digests.add(hashlib.sha256(b"".join(r["input_ids"].tobytes() for r in rows)).hexdigest())
    assert len(digests) == 1


def test_chinese_text_retrieves_by_character_bigrams(tiny_tokenizer_path):
    text = "宝玉来到潇湘馆看黛玉。凤姐在荣国府里算账。宝玉和黛玉在潇湘馆说话。\n"
    doc = tokenized(text, tiny_tokenizer_path)
    memory = retrieved_memory(doc, config(memory=60))
    third = text.index("宝玉和")
    start = token_at(doc, third)
    chosen = memory.select(start, start, len(doc.token_ids), 60)
    assert [text[a:b] for a, b in memory.index.spans[chosen]] == ["宝玉来到潇湘馆看黛玉。"]


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"memory_source": "bm25"}, "memory source 'bm25'"),
        ({"memory_source": "retrieved", "memory_tokens": 8, "overlap": 0}, "overlap 0"),
        ({"retrieval": {"unit": "chapter"}}, "retrieval unit 'chapter'"),
        ({"retrieval": {"min_terms": 0}}, "min_terms=0"),
        ({"retrieval": {"b": 2.0}}, "0 <= b <= 1"),
    ],
)
def test_config_rejects_what_cannot_work(kwargs, message):
    with pytest.raises(ValueError, match=message):
        if "retrieval" in kwargs:
            RetrievalConfig(**kwargs["retrieval"])
        else:
            ChunkConfig(windows=(64,), **kwargs)


def test_dataset_cli_builds_and_verifies_retrieved_memory(tiny_tokenizer_path, tmp_path):
    from pipeline.build import run
    from pipeline.verify import verify

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(3):
        (corpus / f"book{i}.txt").write_text(topic_book(20 + i, 30), encoding="utf-8")
    out = tmp_path / "ds"
    args = ["--input", str(corpus), "--output", str(out), "--tokenizer", tiny_tokenizer_path]
    manifest = run(
        [*args, "--windows", "128,256", "--memory-tokens", "48", "--memory-source", "retrieved"]
    )
    assert verify(str(out)) == []
    chunk = manifest.config["chunk"]
    assert chunk["memory_source"] == "retrieved" and chunk["retrieval"]["unit"] == "sentence"
    import datasets

    rows = datasets.load_from_disk(str(out))["train"]
    memory = np.array(rows["memory_length"])
    assert (memory > 0).sum() > len(rows) // 3
    assert json.loads((out / "manifest.json").read_text())["config"]["chunk"] == chunk
