"""Parts for the GPU machine: a payload split, checked and joined back exactly."""

from __future__ import annotations

import json
import os

import gpu_parts
import gpu_proof
import numpy as np
import pytest


@pytest.fixture
def payload(tmp_path):
    stage = tmp_path / "stage"
    root = stage / gpu_parts.PAYLOAD
    (root / "data" / "train").mkdir(parents=True)
    rng = np.random.default_rng(0)
    files = {
        # compressible: token-like int32 with long repeats (an Arrow shard's ids + labels)
        "data/train/shard.arrow": np.tile(rng.integers(0, 500, 5000, dtype=np.int32), 8).tobytes(),
        "stage.json": json.dumps({"a": list(range(2000))}).encode(),
        # like the quantized GGUF: a compressible header (its vocabulary), then
        # incompressible tensors; stored as it is
        "model/weights.gguf": b"<token>" * 40_000 + rng.bytes(2_000_000),
    }
    for name, data in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
    return str(stage), files


def test_pack_and_unpack_give_back_every_file(payload, tmp_path):
    stage, files = payload
    manifest = gpu_parts.pack(stage, part_bytes=1_000_000, preset=1)
    assert len(manifest["parts"]) >= 3
    assert all(p["bytes"] <= 1_000_000 for p in manifest["parts"])
    assert "data/train/shard.arrow" in manifest["compressed"]
    assert "model/weights.gguf" not in manifest["compressed"]
    extracted = gpu_parts.unpack(stage, str(tmp_path / "out"))
    assert sorted(extracted) == sorted(files)
    for name, data in files.items():
        assert (tmp_path / "out" / name).read_bytes() == data


def test_compression_pays_for_the_shard(payload):
    stage, files = payload
    manifest = gpu_parts.pack(stage, part_bytes=10**9, preset=1)
    stored = len(files["model/weights.gguf"])
    squeezable = sum(len(d) for d in files.values()) - stored
    assert manifest["archive"]["bytes"] < stored + 0.2 * squeezable


@pytest.mark.parametrize("damage", ["missing", "wrong size", "wrong sha256"])
def test_a_damaged_part_is_named_and_refused(payload, tmp_path, damage):
    stage, _ = payload
    manifest = gpu_parts.pack(stage, part_bytes=1_000_000, preset=1)
    victim = os.path.join(stage, manifest["parts"][1]["name"])
    if damage == "missing":
        os.remove(victim)
    elif damage == "wrong size":
        with open(victim, "ab") as f:
            f.write(b"x")
    else:
        with open(victim, "r+b") as f:
            byte = f.read(1)
            f.seek(0)
            f.write(bytes([byte[0] ^ 1]))
    states = {s.name: s.state for s in gpu_parts.check_parts(stage, manifest)}
    assert states.pop(manifest["parts"][1]["name"]) == damage
    assert set(states.values()) == {"ok"}
    with pytest.raises(gpu_parts.PartsError, match=f"part-2 {damage}"):
        gpu_parts.unpack(stage, str(tmp_path / "out"))


def test_a_wrong_archive_hash_is_refused(payload, tmp_path):
    stage, _ = payload
    gpu_parts.pack(stage, part_bytes=1_000_000, preset=1)
    path = os.path.join(stage, gpu_parts.PARTS_FILE)
    manifest = json.load(open(path))
    manifest["archive"]["sha256"] = "0" * 64
    json.dump(manifest, open(path, "w"))
    with pytest.raises(gpu_parts.PartsError, match="sha256 differs"):
        gpu_parts.unpack(stage, str(tmp_path / "out"))


def test_no_manifest_says_how_to_build_one(tmp_path):
    with pytest.raises(gpu_parts.PartsError, match="make gpu-stage"):
        gpu_parts.read_manifest(str(tmp_path))


def test_one_call_per_part_and_the_run_travels_with_the_last(payload):
    stage, _ = payload
    manifest = gpu_parts.pack(stage, part_bytes=1_000_000, preset=1)
    calls = gpu_parts.device_calls("gpu-stage", manifest, "RUN", "RECEIVE")
    assert [c["command"] for c in calls] == ["RECEIVE"] * (len(calls) - 1) + ["RUN"]
    for call, part in zip(calls, manifest["parts"], strict=True):
        assert call["carry"] == ["gpu-stage/PARTS.json", f"gpu-stage/{part['name']}"]
        assert call["timeout_s"] <= 600
    assert "carry=" in gpu_parts.format_call(calls[0])


def test_receive_lists_what_is_missing_and_the_call_that_sends_it(payload, capsys):
    stage, _ = payload
    manifest = gpu_parts.pack(stage, part_bytes=1_000_000, preset=1)
    os.remove(os.path.join(stage, "part-2"))
    assert gpu_proof.main(["receive", "--stage", stage]) == 0
    out = capsys.readouterr().out
    assert "part-1: ok" in out and "part-2: missing" in out
    assert '/part-2"]' in out and "gpu_proof.py run" in out
    assert len(manifest["parts"]) >= 3


# ------------------------------------------------------ curriculum plan
PROBE = [
    {"length": 8192, "loss": "chunked", "seconds": 0.25},
    {"length": 16384, "loss": "chunked", "seconds": 0.6},
    {"length": 16384, "loss": "plain", "seconds": 0.7},
    {"length": 32768, "loss": "chunked", "seconds": 1.5},
]


def test_plan_fills_the_budget_with_equal_steps_per_stage():
    plan = gpu_proof.plan_curriculum(PROBE, [8192, 16384, 32768], 32768, 200.0, 2, 1000)
    # one step: 4 x 0.25 + 2 x 0.6 + 1 x 1.5 = 3.7 s per cycle of three steps
    assert plan["curriculum"] == [[8192, 54], [16384, 54], [32768, 54]]
    assert plan["expected_s"] == pytest.approx(54 * 3.7)
    assert plan["expected_s"] <= 200


def test_plan_clamps_and_drops_a_window_that_ran_out_of_memory():
    probe = PROBE[:3] + [{"length": 32768, "loss": "chunked", "error": "out of memory"}]
    plan = gpu_proof.plan_curriculum(probe, [8192, 16384, 32768], 32768, 5.0, 2, 1000)
    assert plan["curriculum"] == [[8192, 2], [16384, 2]]
    assert plan["dropped_windows"] == [32768]
    plan = gpu_proof.plan_curriculum(PROBE, [8192, 16384, 32768], 32768, 1e6, 2, 40)
    assert {n for _, n in plan["curriculum"]} == {40}


def test_an_unprobed_window_is_scaled_from_the_nearest_probe():
    assert gpu_proof.step_seconds(PROBE, 65536) == pytest.approx(1.5 * 2**1.5)
    assert gpu_proof.step_seconds([], 8192) is None
    plan = gpu_proof.plan_curriculum([], [8192], 32768, 100.0, 2, 10)
    assert plan["curriculum"] == [] and "probe" in plan["reason"]


def test_a_staged_wheel_is_importable_with_its_metadata(tmp_path):
    # transformers asks importlib.metadata whether gguf is installed: the unzipped
    # wheel must carry its .dist-info as a pip install would.
    import subprocess
    import sys
    import zipfile

    (tmp_path / "payload" / "wheels").mkdir(parents=True)
    wheel = tmp_path / "payload" / "wheels" / "toypkg-1.2.3-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as z:
        z.writestr("toypkg/__init__.py", "ANSWER = 42\n")
        z.writestr("toypkg-1.2.3.dist-info/METADATA", "Name: toypkg\nVersion: 1.2.3\n")
    site = tmp_path / "site"
    assert gpu_proof.install_wheels(str(tmp_path / "payload"), str(site)) == [wheel.name]
    code = "import importlib.metadata as m, toypkg; print(toypkg.ANSWER, m.version('toypkg'))"
    out = subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, "PYTHONPATH": str(site)},
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.split() == ["42", "1.2.3"]


def test_repart_cuts_the_same_archive_again_without_rebuilding(payload, tmp_path):
    stage, files = payload
    first = gpu_parts.pack(stage, part_bytes=1_000_000, preset=1)
    again = gpu_parts.repart(stage, part_bytes=700_000)
    assert again["archive"] == first["archive"]
    assert len(again["parts"]) > len(first["parts"])
    assert all(p["bytes"] <= 700_000 for p in again["parts"])
    assert sorted(os.listdir(stage)) == sorted(
        [gpu_parts.PAYLOAD, gpu_parts.PARTS_FILE] + [p["name"] for p in again["parts"]]
    )
    out = tmp_path / "out"
    gpu_parts.unpack(stage, str(out))
    for name, data in files.items():
        assert (out / name).read_bytes() == data


def test_repart_refuses_damaged_parts_and_changes_nothing(payload):
    stage, _ = payload
    manifest = gpu_parts.pack(stage, part_bytes=1_000_000, preset=1)
    path = os.path.join(stage, manifest["parts"][0]["name"])
    with open(path, "r+b") as f:
        f.seek(10)
        byte = f.read(1)
        f.seek(10)
        f.write(bytes([byte[0] ^ 1]))
    before = {n: os.path.getsize(os.path.join(stage, n)) for n in os.listdir(stage)}
    with pytest.raises(gpu_parts.PartsError, match="part-1 wrong sha256"):
        gpu_parts.repart(stage, part_bytes=500_000)
    assert {n: os.path.getsize(os.path.join(stage, n)) for n in os.listdir(stage)} == before
    assert gpu_parts.read_manifest(stage) == manifest
