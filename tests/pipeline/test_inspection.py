"""``longctx inspect``: the summary, following a document, the length plot."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import numpy as np
import pytest

from pipeline.inspection import decode_across, follow_document, main, render_row
from pipeline.plots import plot_lengths
from pipeline.reading import documents
from schemas.dataset import DatasetError

from .conftest import read


def test_fixture_exercises_memory_context_and_packing(dataset):
    manifest = json.loads((dataset / "manifest.json").read_text())
    rows = [r for s in manifest["shards"] for r in read(dataset / s["path"]).to_pylist()]
    assert any(r["memory_length"] > 0 for r in rows)
    assert any(len(r["pieces"]) > 1 for r in rows)
    assert any(r["chunk_index"] > 0 for r in rows)
    assert manifest["documents"]["rejected"] == 1


def test_summary_and_sample_chunk(dataset, capsys):
    assert main([str(dataset)]) == 0
    out = capsys.readouterr().out
    manifest = json.loads((dataset / "manifest.json").read_text())
    for split, buckets in manifest["splits"].items():
        for window, bucket in buckets.items():
            line = next(
                x for x in out.splitlines() if x.split()[:2] == [split, window]
            )  # split, window, docs, rows, tokens, scored, padding
            fields = line.split()
            assert [int(v) for v in fields[3:6]] == [
                bucket["rows"],
                bucket["tokens"],
                bucket["scored_tokens"],
            ]
            assert fields[6] == f"{bucket['padding_fraction']:.2%}"
    # The sample prefers a row with a memory prefix; the tiny tokenizer decodes it.
    assert "[[mem: " in out and "[[ctx: " in out
    assert "chapter" in out.lower()


def test_follow_document_accounts_for_every_token(dataset, capsys):
    records = documents(str(dataset)).to_pylist()
    longest = max(records, key=lambda d: d["num_tokens"])
    assert main([str(dataset), "--doc", longest["doc_id"]]) == 0
    out = capsys.readouterr().out
    n = longest["num_tokens"]
    assert f"{n} tokens" in out
    assert out.count(
        f"scored {n - 1} of {n - 1} tokens after the first, and its EOS once (exactly once)"
    ) == 2  # fmt: skip
    assert "[[scored from]]" in out
    # Session 46: the last column is the section path (and the row's packing), not a
    # row number.
    assert out.count("scored  eos  section (row)") == 2
    with pytest.raises(DatasetError, match="'no-such-doc' is not in .*12 documents"):
        follow_document(str(dataset), "no-such-doc")


def test_plot_lengths_writes_a_png(dataset, tmp_path):
    path = tmp_path / "lengths.png"
    plot_lengths(str(dataset), str(path))
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000
    assert (dataset / "lengths.png").exists()  # the build writes it next to the manifest


def test_column_values_streams_one_column_of_a_shard(dataset):
    """What the length plot reads: one column, batch by batch, equal to the table's."""
    from pipeline.reading import column_values

    manifest = json.loads((dataset / "manifest.json").read_text())
    for shard in manifest["shards"]:
        table = read(dataset / shard["path"])
        for column in ("length", "window"):
            assert column_values(str(dataset / shard["path"]), column).tolist() == (
                table.column(column).to_pylist()
            )


# --------------------------------------------------------------------------
# A window boundary inside a character (byte-level BPE on Chinese)
# --------------------------------------------------------------------------
@pytest.fixture(scope="module")
def smollm2():
    from tokenizers import Tokenizer

    from tests.conftest import REPO_ROOT

    path = os.path.join(REPO_ROOT, "defaults", "smollm2-135m", "tokenizer.json")
    if not os.path.isfile(path):
        pytest.skip("defaults/smollm2-135m/tokenizer.json not found (make defaults)")
    return path, Tokenizer.from_file(path)


@pytest.fixture(scope="module")
def chinese(shared_data) -> str:
    """The opening of 红楼梦's first chapter (past the web notice)."""
    with open(os.path.join(shared_data, "zh_classics", "红楼梦.txt"), encoding="utf-8") as f:
        text = f.read(20_000)
    return text[text.index("此开卷第一回也") :][:6_000]


def _cuts_inside_characters(tokenizer, ids) -> list[int]:
    """Token boundaries inside a character (its bytes start in the 3 tokens before)."""
    return [
        k for k in range(1, len(ids)) if tokenizer.decode(ids[max(0, k - 3) : k]).endswith("\ufffd")
    ]


def test_a_cut_inside_a_chinese_character_shows_the_character_once(smollm2, chinese):
    """SmolLM2's byte-level BPE splits many of 红楼梦's characters over two tokens; the
    text on each side of such a cut decodes whole, the character between them."""
    _, tokenizer = smollm2
    ids = tokenizer.encode(chinese, add_special_tokens=False).ids
    decode = tokenizer.decode
    inside = _cuts_inside_characters(tokenizer, ids)
    assert len(inside) > 100  # a third of the token boundaries here
    between = [k for k in range(30, 400) if k not in inside][:20]
    for k in [k for k in inside if k >= 24][:60] + between:
        lo, hi = k - 24, k + 24
        assert decode(ids[lo:k]).endswith("\ufffd") == (k in inside)  # the defect
        (before, after), (middle,), cut = decode_across(decode, ids, [lo, k, hi], 0, len(ids))
        assert cut == (False, False)  # the excerpt widened to whole characters
        assert "\ufffd" not in before + middle + after
        assert (before + middle + after) in chinese
        assert len(middle) == (1 if k in inside else 0)
        # The middle character's UTF-8 bytes start before the cut and end after it.
        assert before.endswith(decode(ids[lo:k]).rstrip("\ufffd")[-3:])


def test_render_row_marks_a_context_cut_inside_a_character(smollm2, chinese):
    from transforms.packing import piece_dict

    _, tokenizer = smollm2
    ids = tokenizer.encode(chinese, add_special_tokens=False).ids
    k = next(k for k in _cuts_inside_characters(tokenizer, ids) if k > 40)
    row_ids = np.asarray(ids[:200], np.int32)
    labels = row_ids.copy()
    labels[:k] = -100
    row = {
        "input_ids": row_ids, "labels": labels, "doc_id": "红楼梦", "chunk_index": 1,
        "window": 200, "length": 200, "num_scored": 200 - k, "token_start": 0,
        "token_end": 200, "char_start": 0, "char_end": 0, "section_path": [],
        "memory_length": 0, "pieces": [piece_dict("红楼梦", 1, 0, 200, 0, 200, 0, 0)],
    }  # fmt: skip
    shown = render_row(row, tokenizer.decode, max_chars=10_000).split("\n", 1)[1]
    assert "\ufffd" not in shown
    context, rest = shown.split("]][[cut inside: ")
    character, scored = rest.split("]]", 1)
    assert context.startswith("[[ctx: ") and len(character) == 1
    assert context[len("[[ctx: ") :] + character + scored == tokenizer.decode(ids[:200])


def test_follow_document_of_chinese_text_shows_no_half_characters(
    smollm2, chinese, tmp_path, capsys
):
    """``longctx inspect --doc`` on a real build: every row boundary is shown whole."""
    from pipeline.build import build

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "hlm.txt").write_text(chinese, encoding="utf-8")
    out = tmp_path / "out"
    build(
        [
            "--input", str(tmp_path / "in"), "--output", str(out), "--tokenizer", smollm2[0],
            "--windows", "128,256", "--validation-fraction", "0",
        ]
    )  # fmt: skip
    capsys.readouterr()
    assert main([str(out), "--doc", "hlm.txt"]) == 0
    shown = capsys.readouterr().out
    assert "\ufffd" not in shown
    # Rule window_char_end (session 38): a row's scored part begins on a whole
    # character, so the only such mark left is each window length's first row, whose
    # token 0 (never scored) is the first half of 此 (3 or more before: row ends too).
    assert shown.count("[[scored from inside '") == 2
    assert shown.count("[[scored from inside '此']]") == 2
    assert shown.count("and its EOS once (exactly once)") == 2
    # window_char_start: a row begins on a whole character, so an excerpt that starts
    # at the row's first token (context under 24 tokens, as here) never shows [[cut]];
    # the anchored last window of each length neither (window_char_start_anchored).
    for block in shown.split("\nwindow ")[1:]:
        excerpts = [line for line in block.splitlines() if "[[scored from" in line]
        assert len(excerpts) > 10
        assert not any(line.lstrip().startswith("[[cut]]") for line in excerpts)
    # The rows themselves, the anchored last window's included (its long context keeps
    # its excerpt off the row's first token): none decodes with a broken first character.
    import glob

    import pyarrow as pa

    firsts, lasts = [], []
    for path in glob.glob(str(out / "**" / "*.arrow"), recursive=True):
        with pa.memory_map(path) as source:
            table = pa.ipc.open_stream(source).read_all()
        if "input_ids" in table.column_names:  # the rows, not the rejected output
            rows = table["input_ids"].to_pylist()
            firsts += [smollm2[1].decode(ids[:4]) for ids in rows]
            lasts += [smollm2[1].decode(ids[-4:]) for ids in rows]  # window_char_end
    assert len(firsts) > 20
    assert [text for text in firsts if text.startswith("\ufffd")] == []
    assert [text for text in lasts if text.endswith("\ufffd")] == []


def test_the_build_and_inspect_print_the_same_padding(dataset, capsys):
    """README audit, session 12: the build printed padding as a fraction ("padding
    0.000") and `inspect` as a percentage ("0.01%") for the same bucket."""
    from pipeline.build import _report
    from pipeline.inspection import summary
    from schemas.dataset import load_manifest

    manifest = load_manifest(str(dataset))
    _report(manifest, {})
    printed = capsys.readouterr().out
    table = summary(str(dataset))
    for split, buckets in manifest.splits.items():
        for window, b in buckets.items():
            shown = f"{b.padding_fraction:.2%}"
            assert f"window {window:>6}:" in printed and f"padding {shown}" in printed
            assert any(
                line.split()[:2] == [split, str(window)] and line.endswith(shown)
                for line in table.splitlines()
            ), (split, window, shown)


@pytest.mark.parametrize("missing", [False, True])
def test_closed_stdout_is_no_traceback(dataset, tmp_path, missing):
    """Rule closed_stdout (``pipeline.cli.entry``; README audit, session 19): `longctx
    inspect OUT | head` ended with a BrokenPipeError traceback (exit 1) once head had
    its lines; a closed stdout now ends the command quietly with 141. A command that
    fails for its own reason (no dataset there) still says so, exit 2."""
    out = tmp_path / "absent" if missing else dataset
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the command writes anything
    try:
        result = subprocess.run(
            [sys.executable, "-c", "from pipeline.cli import entry; entry()", "inspect", str(out)],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    finally:
        os.close(write_end)
    if missing:
        assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr
    else:
        assert (result.returncode, result.stderr) == (141, "")
