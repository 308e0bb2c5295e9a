"""Passkey retrieval prompts: length, needle depth, fillers, trial plan, answers."""

from __future__ import annotations

import os

import pytest
from tokenizers import Tokenizer

from training.passkey import (
    TEMPLATES,
    Encoder,
    Filler,
    answer_of,
    build_prompt,
    load_filler,
    plan_trials,
)


@pytest.fixture(scope="module", params=["tiny", "smollm2"])
def tokenizer(request, tiny_tokenizer_path):
    if request.param == "tiny":
        return Tokenizer.from_file(tiny_tokenizer_path)
    path = os.path.join(
        os.path.dirname(__file__), "..", "..", "defaults", "smollm2-135m", "tokenizer.json"
    )
    if not os.path.exists(path):
        pytest.skip("defaults/smollm2-135m not fetched (make defaults)")
    return Tokenizer.from_file(path)


@pytest.mark.parametrize("name", ["repeat", "en", "zh"])
@pytest.mark.parametrize("length", [300, 1000, 2500])
@pytest.mark.parametrize("depth", [0.0, 0.25, 0.5, 0.75, 1.0])
def test_passkey_prompt_length_and_needle_depth(tokenizer, name, length, depth):
    filler = load_filler(name)
    encode = Encoder(tokenizer)
    prompt = build_prompt(encode, filler, length, 31415, depth, first_sentence=7)
    t = filler.template
    intro, question = encode(t.intro), encode(t.question)
    needle = encode(t.needle.format(key=31415))
    # Length: exact, or up to 3 short where the cut would split a character (2% at most).
    assert length - 3 <= len(prompt.ids) <= length
    if name != "zh":
        assert len(prompt.ids) == length
    # Layout: intro | filler | needle | filler | question, with the needle where it says.
    assert prompt.ids[: len(intro)] == intro
    assert prompt.ids[len(prompt.ids) - len(question) :] == question
    assert prompt.ids[prompt.needle_start : prompt.needle_end] == needle
    assert prompt.filler_tokens == len(prompt.ids) - len(intro) - len(needle) - len(question)
    # Depth: the nearest sentence boundary, so off by at most half the longest sentence.
    longest = max(len(encode(t.separator + s)) for s in filler.sentences)
    before = prompt.needle_start - len(intro)
    assert abs(before - depth * prompt.filler_tokens) <= longest / 2 + 1
    if depth == 0.0:
        assert prompt.needle_start == len(intro)
    if depth == 1.0:
        assert prompt.needle_end == len(prompt.ids) - len(question)
    # The filler is real sentences of the filler text, and the text decodes cleanly.
    text = tokenizer.decode(prompt.ids)
    assert "\ufffd" not in text and text.count("31415") == 2
    assert filler.sentences[7 % len(filler.sentences)] in text


def test_chinese_prompt_is_chinese_throughout(tokenizer):
    filler = load_filler("zh")
    prompt = build_prompt(tokenizer, filler, 600, 2718, 0.5, first_sentence=0)
    text = tokenizer.decode(prompt.ids)
    assert text.startswith(TEMPLATES["zh"].intro)
    assert text.endswith("\n通行密钥是多少？通行密钥是")
    assert "通行密钥是2718。记住它。2718是通行密钥。" in text
    head, _, tail = text.partition("通行密钥是2718。")
    assert filler.sentences[0] in head and "\n" not in tail[: -len("\n通行密钥是多少？通行密钥是")]
    cjk = sum("\u4e00" <= ch <= "\u9fff" for ch in text)
    assert cjk / sum(ch.isalpha() for ch in text) > 0.95  # no English left in it
    assert filler.language == "zh" and len(filler.sentences) > 50
    # Sentences end with Chinese sentence punctuation, split by the CJK rules.
    assert all(s[-1] in "。！？”" for s in filler.sentences)


def test_custom_filler_text_and_language(tmp_path, tiny_tokenizer_path):
    (tmp_path / "novel.txt").write_text("第一章。天很蓝。草很绿。" * 20, encoding="utf-8")
    filler = load_filler("novel", str(tmp_path / "novel.txt"))
    assert filler.language == "zh" and filler.sentences[:3] == ["第一章。", "天很蓝。", "草很绿。"]
    with pytest.raises(ValueError, match="unknown filler"):
        load_filler("novel")
    with pytest.raises(ValueError, match="shorter than the prompt"):
        build_prompt(Tokenizer.from_file(tiny_tokenizer_path), Filler("x", "en", "A b."), 5, 1, 0.5)


# 水浒传, chapter 1 (../shared/data/zh_classics), quoted: a real novel's opening lines.
SHUIHU = (
    "    京师人口顺，不叫高二，却都叫他做高球。\r\n"
    '    绑来发迹，便将气球那字去了"毛傍"，添作"立人"，改作姓高，名俅。\r\n'
    "    这人吹弹歌舞，刺枪使棒，相扑顽耍，亦胡乱学诗书词赋；若论仁义礼智，信\r\n"
    "行忠良，却是不会，只在东京城里城外帮闲。\r\n"
)


def test_filler_text_is_read_like_the_builders_inputs(tmp_path):
    """Rule filler_read_as_input: ``--filler-text zh=novel.txt`` with a GB18030 novel
    (or a .txt.gz) stopped the eval with "'utf-8' codec can't decode byte 0xa1"; it is
    now read as the builder reads its inputs, and a file that is no text is one line."""
    import gzip

    from schemas.errors import UserError

    (tmp_path / "utf8.txt").write_text(SHUIHU * 5, encoding="utf-8", newline="")
    (tmp_path / "gb.txt").write_bytes((SHUIHU * 5).encode("gb18030"))
    (tmp_path / "gz.txt.gz").write_bytes(gzip.compress((SHUIHU * 5).encode("utf-8")))
    expected = load_filler("zh", str(tmp_path / "utf8.txt")).sentences
    assert expected[:2] == ["京师人口顺，不叫高二，却都叫他做高球。", expected[1]]
    assert expected[1].startswith("绑来发迹") and expected[1].endswith("名俅。")
    for name in ("gb.txt", "gz.txt.gz"):
        filler = load_filler("novel", str(tmp_path / name))
        assert (filler.language, filler.sentences) == ("zh", expected), name
    (tmp_path / "blob.bin").write_bytes(bytes(range(256)) * 8)
    with pytest.raises(UserError, match=r"filler text .*blob.bin' cannot be read \("):
        load_filler("zh", str(tmp_path / "blob.bin"))


def test_a_utf8_filler_gives_the_prompts_it_gave_before(tmp_path, tiny_tokenizer_path):
    """Clause filler_text_as_before (review of filler_read_as_input): the builder's
    normalization collapsed the two spaces of a chapter heading of 水浒传 (as the
    shared copy has it), so a UTF-8 novel that worked before gave other prompts than
    the earlier reports made with it; a file named with glob characters was "matched
    no files"."""
    text = "第一回  王教头私走延安府  九纹龙大闹史家村\r\n\r\n" + SHUIHU * 5
    (tmp_path / "novel.txt").write_text(text, encoding="utf-8", newline="")
    with open(tmp_path / "novel.txt", encoding="utf-8") as f:  # the reading before
        before = Filler("novel", "zh", f.read())
    filler = load_filler("novel", str(tmp_path / "novel.txt"))
    assert filler.text == before.text and filler.sentences == before.sentences
    assert filler.sentences[0].startswith("第一回  王教头私走延安府  九纹龙大闹史家村")
    tokenizer = Tokenizer.from_file(tiny_tokenizer_path)
    assert build_prompt(tokenizer, filler, 300, 4242, 0.5) == build_prompt(
        tokenizer, before, 300, 4242, 0.5
    )
    (tmp_path / "novel [gb].txt").write_bytes(text.encode("gb18030"))
    assert load_filler("novel", str(tmp_path / "novel [gb].txt")).text == before.text


def test_trial_plan_is_deterministic_and_covers_the_grid():
    fillers = [load_filler("repeat"), load_filler("zh")]
    plan = plan_trials(fillers, [256, 512], [0.0, 0.5, 1.0], 3, seed=1)
    assert len(plan) == 2 * 2 * 3 * 3
    assert plan == plan_trials(fillers, [256, 512], [0.0, 0.5, 1.0], 3, seed=1)
    assert plan != plan_trials(fillers, [256, 512], [0.0, 0.5, 1.0], 3, seed=2)
    assert all(1 <= t.key <= 50000 for t in plan)
    assert len({t.key for t in plan}) > len(plan) * 0.9


@pytest.mark.parametrize(
    "text,answer",
    [(" 31415.", 31415), ("是2718。", 2718), (" is a secret", None), ("\n 7 and 8", 7)],
)
def test_answer_is_the_first_number(text, answer):
    assert answer_of(text) == answer


def test_passkey_cells_not_finite_are_shown_apart(tmp_path, monkeypatch):
    """Clause passkey_cells_not_finite (training.passkey.summarize, training.report,
    training.plots): trials whose logits were not finite counted as misses, so a cell
    of 2 such trials read 0/2 (accuracy 0.0) like a weak model's. Guard: a cell of
    finite trials reads as before (1/2, 50%), with no note under the table."""
    import matplotlib.axes

    from training.passkey import summarize
    from training.plots import plot_passkey
    from training.report import passkey_tables

    def trial(depth, correct, finite=True):
        return {
            "filler": "english",
            "length": 240,
            "depth": depth,
            "correct": correct,
            "logits_finite": finite,
        }

    answers = [trial(0.0, True), trial(0.0, False), trial(0.5, False, False), trial(0.5, True)]
    answers += [trial(1.0, False, False), trial(1.0, False, False)]
    cells = summarize(answers)
    assert [(c["correct"], c["trials"], c["not_finite"], c["accuracy"]) for c in cells] == [
        (1, 2, 0, 0.5),
        (1, 2, 1, 1.0),
        (0, 2, 2, None),
    ]
    for c in cells:
        c["beyond_context"] = False
    model = {"name": "m", "passkey": {"summary": cells}}
    assert passkey_tables(model) == [
        "Filler `english`:",
        "",
        "| length | depth 0 | depth 0.5 | depth 1 | all |",
        "|---|---|---|---|---|",
        "| 240 | 1/2 | 1/1 + 1 not finite | 2 not finite | 67% |",
        "",
        "`not finite`: trials whose logits were NaN or infinite (no answer of the model's: "
        "the model is broken, not weak; check its weights); they count in no accuracy.",
        "",
    ]
    finite = {"name": "m", "passkey": {"summary": cells[:1]}}
    assert passkey_tables(finite)[-2:] == ["| 240 | 1/2 | 50% |", ""]
    texts = []
    original = matplotlib.axes.Axes.text
    monkeypatch.setattr(
        matplotlib.axes.Axes,
        "text",
        lambda ax, x, y, s, **k: texts.append(s) or original(ax, x, y, s, **k),
    )
    plot_passkey({"models": [model]}, str(tmp_path / "passkey.png"))
    assert texts == ["50%", "100%\n1 not finite", "2 not finite"]
    assert (tmp_path / "passkey.png").stat().st_size > 0
