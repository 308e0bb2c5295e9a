"""Ship a folder to the GPU machine in numbered parts, each checked by sha256 on arrival.

The GPU machine takes at most 64 MiB of files per command (the working tree
included) and keeps what a command wrote only while it stays warm (about 30 s after
the command ends), so a payload larger than one command is sent as consecutive
commands, each carrying one part (``docs/GPU.md``). Standard library only: this runs
on the GPU machine before anything is installed there.

    STAGE/PARTS.json   {format, archive: {bytes, sha256}, parts: [{name, bytes, sha256}]}
    STAGE/part-1 ...   consecutive byte ranges of one tar archive of STAGE/payload/

The archive is a plain tar of the files stored as they are (those xz does not
shrink: the quantized GGUF, wheels) and one member ``solid.tar.xz``: every other file
(Arrow shards, JSON) in one LZMA stream with a dictionary as large as that data (up to
256 MiB). Solid on purpose: a longctx dataset holds each token in every window bucket
and in both ``input_ids`` and ``labels``, and only a dictionary that spans the buckets
finds those copies.
"""

from __future__ import annotations

import hashlib
import io
import json
import lzma
import os
import shutil
import tarfile
from collections.abc import Iterable
from dataclasses import dataclass

FORMAT = "longctx-gpu-parts/1"
PARTS_FILE = "PARTS.json"
PAYLOAD = "payload"
SOLID = "solid.tar.xz"
MAX_DICTIONARY = 256 * 2**20
MIB = 2**20
# Compress a file only if xz shrinks samples of it below this fraction: the quantized
# GGUF (0.94 at preset 0 for 28 s) is stored as it is.
WORTH_COMPRESSING = 0.8


class PartsError(Exception):
    """A part is missing or damaged, or the folder holds no parts: the message says
    what is wrong and which command sends what is missing."""


@dataclass(frozen=True)
class PartState:
    name: str
    state: str  # ok | missing | wrong size | wrong sha256
    expected_bytes: int


def sha256_file(path: str, block: int = 4 * MIB) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(block):
            digest.update(chunk)
    return digest.hexdigest()


def worth_compressing(path: str, samples: int = 5, sample: int = 256 * 1024) -> bool:
    """Whether xz shrinks most of ``samples`` pieces spread over the file below
    ``WORTH_COMPRESSING`` (the median: a GGUF opens with its vocabulary, which
    compresses, before 90 MB of tensors, which do not)."""
    size = os.path.getsize(path)
    if not size:
        return False
    ratios = []
    with open(path, "rb") as f:
        for k in range(samples):
            f.seek(max(0, min(size - sample, size * (2 * k + 1) // (2 * samples))))
            chunk = f.read(sample)
            ratios.append(len(lzma.compress(chunk, preset=0)) / len(chunk))
    return sorted(ratios)[len(ratios) // 2] < WORTH_COMPRESSING


def payload_files(payload: str) -> list[str]:
    """Files under ``payload``, relative, sorted (the archive order)."""
    found = []
    for root, _, files in os.walk(payload):
        for name in files:
            found.append(os.path.relpath(os.path.join(root, name), payload))
    return sorted(found)


def _solid(payload: str, names: list[str], path: str, preset: int) -> None:
    """``names`` as one tar, compressed as one xz stream whose dictionary spans it all."""
    total = sum(os.path.getsize(os.path.join(payload, n)) for n in names)
    dictionary = min(MAX_DICTIONARY, max(8 * MIB, total))
    filters = [{"id": lzma.FILTER_LZMA2, "preset": preset, "dict_size": dictionary}]
    with lzma.open(path, "wb", format=lzma.FORMAT_XZ, filters=filters) as packed:
        with tarfile.open(fileobj=packed, mode="w|", format=tarfile.PAX_FORMAT) as tar:
            for name in names:
                tar.add(os.path.join(payload, name), arcname=name)


def pack(stage: str, part_bytes: int, preset: int = 6) -> dict:
    """Tar ``STAGE/payload/`` into ``STAGE/part-1..n`` of at most ``part_bytes`` each and
    write ``STAGE/PARTS.json``; returns its content. Old parts are removed first."""
    payload = os.path.join(stage, PAYLOAD)
    files = payload_files(payload)
    if not files:
        raise PartsError(f"{payload} is empty: nothing to pack")
    for old in os.listdir(stage):
        if old.startswith("part-") or old == PARTS_FILE:
            os.remove(os.path.join(stage, old))
    squeeze = [f for f in files if worth_compressing(os.path.join(payload, f))]
    archive, solid = os.path.join(stage, "payload.tar"), os.path.join(stage, SOLID)
    if squeeze:
        _solid(payload, squeeze, solid, preset)
    with tarfile.open(archive, "w", format=tarfile.PAX_FORMAT) as tar:
        for name in files:
            if name not in squeeze:
                tar.add(os.path.join(payload, name), arcname=name)
        if squeeze:
            tar.add(solid, arcname=SOLID)
    parts = split_file(archive, stage, part_bytes)
    manifest = {
        "format": FORMAT,
        "archive": {"bytes": os.path.getsize(archive), "sha256": sha256_file(archive)},
        "parts": parts,
        "compressed": sorted(squeeze),
        "compressed_bytes": {
            "raw": sum(os.path.getsize(os.path.join(payload, f)) for f in squeeze),
            "xz": os.path.getsize(solid) if squeeze else 0,
        },
    }
    for temporary in (archive, solid):
        if os.path.exists(temporary):
            os.remove(temporary)
    with open(os.path.join(stage, PARTS_FILE), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2)
    return manifest


def split_file(path: str, folder: str, part_bytes: int) -> list[dict]:
    if part_bytes <= 0:
        raise ValueError(f"part size must be > 0 bytes, got {part_bytes}")
    parts, index = [], 0
    with open(path, "rb") as f:
        while chunk := f.read(part_bytes):
            index += 1
            name = f"part-{index}"
            with open(os.path.join(folder, name), "wb") as out:
                out.write(chunk)
            parts.append(
                {"name": name, "bytes": len(chunk), "sha256": hashlib.sha256(chunk).hexdigest()}
            )
    return parts


def _require_parts(stage: str, manifest: dict, what: str, fix: str) -> None:
    """Raise PartsError naming every part that is missing or damaged."""
    bad = [s for s in check_parts(stage, manifest) if s.state != "ok"]
    if bad:
        raise PartsError(f"{what}: " + "; ".join(f"{s.name} {s.state}" for s in bad) + f". {fix}")


def repart(stage: str, part_bytes: int) -> dict:
    """Cut the staged archive again into parts of at most ``part_bytes`` without
    rebuilding or recompressing anything (the working tree grew, say, and a call came
    over the 64 MiB limit); returns the new ``PARTS.json`` content.

    Raises:
        PartsError: a part is missing or damaged, or the joined parts do not give the
            staged archive: nothing is changed then.
    """
    manifest = read_manifest(stage)
    _require_parts(stage, manifest, "cannot re-cut", "Rebuild the stage with `make gpu-stage`")
    archive = os.path.join(stage, "payload.tar")
    stream = _Concatenated(os.path.join(stage, p["name"]) for p in manifest["parts"])
    with open(archive, "wb") as out:
        shutil.copyfileobj(io.BufferedReader(stream, 4 * MIB), out, 4 * MIB)
    if stream.digest.hexdigest() != manifest["archive"]["sha256"]:
        os.remove(archive)
        raise PartsError("the joined parts do not give the staged archive (sha256 differs)")
    for old in manifest["parts"]:
        os.remove(os.path.join(stage, old["name"]))
    # from here the joined archive is the only copy: it is removed only once split
    manifest["parts"] = split_file(archive, stage, part_bytes)
    os.remove(archive)
    with open(os.path.join(stage, PARTS_FILE), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2)
    return manifest


def read_manifest(stage: str) -> dict:
    path = os.path.join(stage, PARTS_FILE)
    if not os.path.exists(path):
        raise PartsError(
            f"{path} not found: build the stage with `make gpu-stage`, and carry "
            f"{path} with every command (`make gpu-calls` prints them)"
        )
    with open(path, encoding="utf-8") as f:
        manifest = json.load(f)
    if manifest.get("format") != FORMAT:
        raise PartsError(f"{path} is not a {FORMAT} manifest; rebuild with `make gpu-stage`")
    return manifest


def check_parts(stage: str, manifest: dict) -> list[PartState]:
    """The state of every part in ``stage`` (size first: a cut-off copy is caught cheaply)."""
    states = []
    for part in manifest["parts"]:
        path = os.path.join(stage, part["name"])
        if not os.path.exists(path):
            state = "missing"
        elif os.path.getsize(path) != part["bytes"]:
            state = "wrong size"
        elif sha256_file(path) != part["sha256"]:
            state = "wrong sha256"
        else:
            state = "ok"
        states.append(PartState(part["name"], state, part["bytes"]))
    return states


class _Concatenated(io.RawIOBase):
    """The parts read back to back as one stream, hashed as they are read."""

    def __init__(self, paths: Iterable[str]):
        self._paths = list(paths)
        self._file = None
        self.digest = hashlib.sha256()

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while True:
            if self._file is None:
                if not self._paths:
                    return 0
                self._file = open(self._paths.pop(0), "rb")  # noqa: SIM115 (closed at its end)
            n = self._file.readinto(buffer)
            if n:
                self.digest.update(memoryview(buffer)[:n])
                return n
            self._file.close()
            self._file = None


def unpack(stage: str, target: str) -> list[str]:
    """Check every part, then extract the archive into ``target`` (replaced), the solid
    member's files too; returns the extracted files (relative).

    Raises:
        PartsError: a part is missing or damaged, or the joined archive's sha256 is wrong.
    """
    manifest = read_manifest(stage)
    _require_parts(
        stage, manifest, "cannot unpack", "Send each with its command from `make gpu-calls`"
    )
    if os.path.exists(target):
        shutil.rmtree(target)
    os.makedirs(target)
    stream = _Concatenated(os.path.join(stage, p["name"]) for p in manifest["parts"])
    root = os.path.realpath(target)
    extracted = []

    def write(name: str, source) -> None:
        path = os.path.realpath(os.path.join(root, name))
        if not path.startswith(root + os.sep):
            raise PartsError(f"archive member {name!r} points outside {target}")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as out:
            shutil.copyfileobj(source, out, 4 * MIB)
        extracted.append(name)

    with tarfile.open(fileobj=io.BufferedReader(stream, 4 * MIB), mode="r|") as tar:
        for member in tar:
            if not member.isfile():
                continue
            if member.name != SOLID:
                write(member.name, tar.extractfile(member))
                continue
            with tarfile.open(fileobj=lzma.LZMAFile(tar.extractfile(member)), mode="r|") as inner:
                for item in inner:
                    if item.isfile():
                        write(item.name, inner.extractfile(item))
    while stream.readinto(bytearray(MIB)):  # the tar's end blocks: hash every byte
        pass
    if stream.digest.hexdigest() != manifest["archive"]["sha256"]:
        raise PartsError("the joined parts do not give the staged archive (sha256 differs)")
    return extracted


def device_calls(stage: str, manifest: dict, run_command: str, receive_command: str) -> list:
    """The device tool's ``run`` calls, in order: one per part, each carrying
    ``PARTS.json`` and its part; the last part travels with ``run_command``.
    ``stage`` is the folder relative to the repository root."""
    calls = []
    for i, part in enumerate(manifest["parts"]):
        last = i == len(manifest["parts"]) - 1
        calls.append(
            {
                "command": run_command if last else receive_command,
                "carry": [f"{stage}/{PARTS_FILE}", f"{stage}/{part['name']}"],
                "timeout_s": 600 if last else 120,
            }
        )
    return calls


def format_call(call: dict) -> str:
    return (
        f"run(command={json.dumps(call['command'])}, carry={json.dumps(call['carry'])}, "
        f"timeout_s={call['timeout_s']})"
    )
