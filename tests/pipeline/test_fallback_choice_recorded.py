"""Clause fallback_choice_recorded (session 45): the manifest's
``near_duplicates.validation_fallback_choice`` says which choice rule
at_least_one_validation made in a small folder, "shared_script" (the held-out document's
script is another document's too, clause fallback_shares_a_script) or "nearest" (every
document is alone in its script: the smallest hash), and the build's line says it; before,
the line read "of a script that train has too where two documents share one" whichever
choice it was. Manifests without the field (built before) still load and inspect, with
the old line. Real text: The Tempest, the openings of 红楼梦 and 水浒传 (as
tests/transforms/test_fallback_shares_a_script.py)."""

import json

import apache_beam as beam
from apache_beam.testing.util import assert_that, equal_to

from pipeline import inspection, progress
from pipeline.build import main
from schemas.dataset import load_manifest
from tests.beam_local import local_pipeline
from tests.transforms.test_fallback_shares_a_script import IDS, _key
from transforms.near_duplicates_beam import FallbackValidationKey
from transforms.split import stable_fraction
from transforms.split_scripts import fallback_choice, flipped_key_by_script, script_extremes

SHARED = "the nearest by hash among the documents whose script another document shares"
ALONE = "the nearest by hash; no two documents share a script, so train has none of its script"
OLD = "the nearest by hash, of a script that train has too where two documents share one"


def test_fallback_choice_of_real_keys():
    mixed = script_extremes(
        {"latin": [_key("tempest")], "han": [_key("hongloumeng"), _key("shuihu")]}
    )
    assert flipped_key_by_script(mixed, 0.05) == "hongloumeng"
    assert fallback_choice(mixed, "hongloumeng") == "shared_script"
    alone = script_extremes({"latin": [_key("tempest")], "han": [_key("hongloumeng")]})
    assert flipped_key_by_script(alone, 0.05) == "tempest"
    assert fallback_choice(alone, "tempest") == "nearest"
    assert fallback_choice(mixed, "") == ""  # no fallback: no choice
    # read off the result: the old rule's key (tempest, alone in its script) is "nearest"
    assert fallback_choice(mixed, "tempest") == "nearest"


def test_the_combine_gives_the_key_and_its_choice():
    with local_pipeline() as p:
        clusters = p | "NoClusters" >> beam.Create([{}])
        items = [("tempest", "latin"), ("hongloumeng", "han"), ("shuihu", "han")]
        out = p | beam.Create(items) | FallbackValidationKey(0.05, clusters, with_choice=True)
        assert_that(out["key"], equal_to(["hongloumeng"]), label="key")
        assert_that(out["choice"], equal_to(["shared_script"]), label="choice")


def _build(tmp_path, name, ids, tokenizer, capsys, fraction=None):
    inputs = tmp_path / f"in_{name}"
    inputs.mkdir()
    lines = [json.dumps({"id": k, "text": IDS[k]}, ensure_ascii=False) for k in ids]
    (inputs / "books.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / name
    capsys.readouterr()
    assert (
        main(
            [
                "--input",
                str(inputs),
                "--output",
                str(out),
                "--windows",
                "64",
                "--tokenizer",
                tokenizer,
            ]
            + (["--validation-fraction", fraction] if fraction else [])
        )
        == 0
    )
    return out, capsys.readouterr().out


def test_builds_record_and_say_the_choice_and_old_manifests_still_read(
    tmp_path, tiny_tokenizer_path, capsys
):
    tok = tiny_tokenizer_path
    out, said = _build(tmp_path, "mixed", ["tempest", "hongloumeng", "shuihu"], tok, capsys)
    near = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["near_duplicates"]
    assert near["validation_fallback"] == "hongloumeng"
    assert near["validation_fallback_choice"] == "shared_script"
    assert f"'hongloumeng' ({SHARED}: train has its script too)" in said

    alone, said = _build(tmp_path, "alone", ["tempest", "hongloumeng"], tok, capsys)
    near = json.loads((alone / "manifest.json").read_text(encoding="utf-8"))["near_duplicates"]
    assert (near["validation_fallback"], near["validation_fallback_choice"]) == (
        "tempest",
        "nearest",
    )
    assert f"'tempest' ({ALONE})" in said and OLD not in said

    # An older manifest (no validation_fallback_choice): loads, inspects, says the old line.
    path = out / "manifest.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["near_duplicates"]["validation_fallback_choice"]
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    manifest = load_manifest(str(out))
    assert manifest.near_duplicates.validation_fallback == "hongloumeng"
    assert manifest.near_duplicates.validation_fallback_choice == ""
    assert manifest.unknown == {}
    assert "validation_fallback_choice" not in manifest.to_dict()["near_duplicates"]
    summary = inspection.summary(str(out))
    assert "documents: 3 in, 3 written (train 2, validation 1), 0 rejected" in summary
    capsys.readouterr()
    progress.report(manifest, {})
    assert f"'hongloumeng' ({OLD})" in capsys.readouterr().out


def test_no_choice_for_the_train_fallback(tmp_path, tiny_tokenizer_path, capsys):
    """--validation-fraction 0.99: both books' hashes fall under it, the
    at_least_one_train rule sends one to train; no document went to validation by the
    fallback, so no choice is recorded or said (review 45: a choice written for the
    train fallback was caught by no test)."""
    assert all(stable_fraction(k) < 0.99 for k in ("hongloumeng", "shuihu"))
    out, said = _build(
        tmp_path, "all", ["hongloumeng", "shuihu"], tiny_tokenizer_path, capsys, "0.99"
    )
    near = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["near_duplicates"]
    assert near["train_fallback"] in ("hongloumeng", "shuihu")
    assert "validation_fallback" not in near and "validation_fallback_choice" not in near
    assert SHARED not in said and ALONE not in said and OLD not in said
