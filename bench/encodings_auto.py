"""Accuracy, safety and speed of ``--encoding auto`` (``transforms.legacy_encodings``),
beside charset_normalizer on the same bytes.

Texts (UTF-8 on disk) are cut into documents of 1, 4, 16 and 64 thousand characters
(lines that the target encoding cannot hold are dropped) and encoded:

  python bench/encodings_auto.py --zh ../shared/data/zh_classics/*.txt FORTUNES... \
      --ja debian-faq.ja.txt debian-reference.ja.txt --ko debian-faq.ko.txt \
      --latin ../shared/data/en_gutenberg/*.txt debian-reference.de.txt ... \
      --central ELTeC-pol/*.txt ELTeC-cze/*.txt --cyrillic ELTeC-rus/*.txt \
      --greek ELTeC-gre/*.txt --turkish manpages-tr/*.txt --baltic ELTeC-lit/*.txt

(``--code DIR`` measures another checkout's ``transforms``: the before-state.)
Accuracy: documents decided to their exact text / undecided (rejected, with a hint) /
WRONG (another text: mojibake). The latin texts are also encoded in Mac Roman, DOS
CP850 and ISO-8859-15, which ``auto`` does not read: right is 0 there, WRONG must be. Safety: UTF-8 documents with 1, 10 and 100 corrupted
bytes, a multibyte sequence cut at the end or in the middle, binary files (--binary:
images, gzip, .pyc) and random bytes: ``accepted`` must be 0. Throughput: MB/s of the
decision over all legacy documents.
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import re
import sys
import time
from pathlib import Path

_CODE = sys.argv[sys.argv.index("--code") + 1] if "--code" in sys.argv else None
sys.path.insert(0, _CODE or str(Path(__file__).resolve().parents[1]))

from transforms.legacy_encodings import _FAMILY, candidates, guess_encoding  # noqa: E402

SIZES = (1_000, 4_000, 16_000, 64_000)
TARGETS = {  # language option -> encodings to test
    "zh": ("gb18030", "gbk", "big5"),
    "ja": ("shift_jis", "euc_jp"),
    "ko": ("euc_kr",),
    "latin": ("cp1252", "latin-1", "mac_roman", "cp850", "iso8859_15"),
    "central": ("cp1250", "iso8859_2"),
    "cyrillic": ("cp1251", "koi8_r", "iso8859_5", "cp866"),
    "greek": ("cp1253", "iso8859_7", "cp737"),  # (session 17; CP737 read since session 19)
    "turkish": ("cp1254", "iso8859_9", "cp857"),
    "baltic": ("cp1257", "iso8859_13", "iso8859_4", "iso8859_10", "cp775"),  # (18, 19)
}
_ESCAPES = re.compile(r"\x1b\[[0-9;]*m")  # fortune files colour their titles


def _encodable_text(path: str, encoding: str) -> str:
    """A UTF-8 text file's lines that ``encoding`` can encode (colour escapes dropped)."""
    text = _ESCAPES.sub("", Path(path).read_text(encoding="utf-8"))
    kept = []
    for line in text.splitlines(keepends=True):
        try:
            line.encode(encoding)
        except UnicodeEncodeError:
            continue
        kept.append(line)
    return "".join(kept)


def documents(paths: list[str], encoding: str, per_file: int) -> list[tuple[str, bytes]]:
    out = []
    for path in paths:
        kept = _encodable_text(path, encoding)
        for size in SIZES:
            for i in range(per_file):
                start = (i * 7919 * size) % max(1, len(kept) - size)
                piece = kept[start : start + size]
                data = piece.encode(encoding)
                # A piece that is still valid UTF-8 (ASCII only) is read as UTF-8.
                if len(piece) == size and not _is_utf8(data):
                    out.append((piece, data))
    return out


def whole_file(path: str, encoding: str) -> tuple[str, bytes] | None:
    """A whole text file (its encodable lines) and its bytes; None when it is ASCII."""
    text = _encodable_text(path, encoding)
    data = text.encode(encoding)
    return None if _is_utf8(data) else (text, data)


def charset_normalizer_guess(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return None if best is None else best.encoding


def decide(engine: str, data: bytes) -> tuple[str, str] | None:
    """(codec, text) of the decision, or None when undecided."""
    if engine == "longctx":
        decided, _ = guess_encoding(data)
        return (decided.encoding, decided.text) if decided else None
    name = charset_normalizer_guess(data)
    return None if name in (None, "utf_8", "ascii") else (name, data.decode(name))


def corrupted(rng: random.Random, data: bytes, count: int) -> bytes:
    out = bytearray(data)
    for _ in range(count):
        out[rng.randrange(len(out))] = rng.randrange(0x80, 0x100)
    return bytes(out)


def cut_sequences(rng: random.Random, text: str) -> list[bytes]:
    data = text.encode("utf-8")
    starts = [i for i, b in enumerate(data) if b >= 0xC2]
    if not starts:
        return []
    at = rng.choice(starts)
    return [data[: at + 1], data[:at] + data[at + 1 :]]  # cut at the end; a lost byte


def safety_inputs(paths: list[str], binaries: list[str], seed: int) -> dict[str, list[bytes]]:
    rng = random.Random(seed)
    texts = [_ESCAPES.sub("", Path(p).read_text(encoding="utf-8")) for p in paths]
    pieces = []
    for text in texts:
        for size in SIZES:
            start = rng.randrange(max(1, len(text) - size))
            pieces.append(text[start : start + size])
    cases: dict[str, list[bytes]] = {}
    for count in (1, 10, 100):
        cases[f"utf8 +{count} bad bytes"] = [
            d
            for d in (corrupted(rng, p.encode(), count) for p in pieces for _ in range(3))
            if not _is_utf8(d)
        ]
    cases["utf8 cut sequence"] = [d for p in pieces for d in cut_sequences(rng, p)]
    cases["binary files"] = [Path(b).read_bytes() for b in binaries]
    cases["random bytes"] = [rng.randbytes(rng.choice(SIZES)) for _ in range(200)]
    cases["one byte pair repeated"] = [
        bytes((a, b)) * 500 for a in range(0x81, 0xFF, 7) for b in (0x41, 0xA1, 0xBC)
    ]
    return cases


def _families_passing(data: bytes) -> int:
    """Encoding families whose text passes every rule (rule one_candidate's margin)."""
    passed = {g.encoding for g in candidates(data) if g.confident}
    return len({_FAMILY.get(name, name) for name in passed})


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    for lang in TARGETS:
        parser.add_argument(f"--{lang}", nargs="*", default=[])
    parser.add_argument("--binary", nargs="*", default=[])
    parser.add_argument("--per-file", type=int, default=3)
    parser.add_argument("--engines", default="longctx,charset_normalizer")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--code", help="a checkout whose transforms to measure (before)")
    args = parser.parse_args()
    engines = args.engines.split(",")
    if "charset_normalizer" in engines and importlib.util.find_spec("charset_normalizer") is None:
        print("charset_normalizer is not installed: measuring longctx only")
        engines.remove("charset_normalizer")
    guess_encoding("\u4e00\u3042\uac00".encode("utf-16-le"))  # tier tables: once, ~10 ms
    print(f"{'encoding':<12}{'docs':>6}" + "".join(f"{e:>34}" for e in engines))
    print(" " * 18 + "".join(f"{'right/undecided/WRONG  MB/s':>34}" for _ in engines))
    all_paths = []
    for lang, encodings in TARGETS.items():
        paths = getattr(args, lang)
        all_paths += paths
        for encoding in encodings:
            docs = documents(paths, encoding, args.per_file)
            if not docs:
                continue
            row = f"{encoding:<12}{len(docs):>6}"
            for engine in engines:
                right = undecided = wrong = 0
                start = time.perf_counter()
                for piece, data in docs:
                    decision = decide(engine, data)
                    if decision is None:
                        undecided += 1
                    elif decision[1] == piece:
                        right += 1
                    else:
                        wrong += 1
                        if engine == "longctx":
                            print(f"  WRONG {encoding} -> {decision[0]}: {data[:60]!r}")
                seconds = time.perf_counter() - start
                mb = sum(len(data) for _, data in docs) / 1e6
                row += f"{f'{right}/{undecided}/{wrong}  {mb / seconds:6.1f}':>34}"
            ambiguous = sum(1 for _, data in docs if _families_passing(data) > 1)
            print(row + f"   (longctx: {ambiguous} pass in two families)", flush=True)
    print("\nwhole files (lines the encoding cannot hold dropped): decided / exact text / MB/s")
    for lang, encodings in TARGETS.items():
        for encoding in encodings:
            for path in getattr(args, lang):
                whole = whole_file(path, encoding)
                if whole is None:
                    continue
                text, data = whole
                start = time.perf_counter()
                decided, best = guess_encoding(data)
                speed = len(data) / 1e6 / (time.perf_counter() - start)
                name = decided.encoding if decided else f"- ({best.problem if best else ''})"
                exact = bool(decided) and decided.text == text
                print(
                    f"  {Path(path).name[:28]:<28} {encoding:<10} {name:<12} {exact!s:<6}{speed:6.1f}"
                )
    print(
        f"\n{'safety case':<22}{'inputs':>7}" + "".join(f"{e + ' accepted':>30}" for e in engines)
    )
    for case, inputs in safety_inputs(all_paths, args.binary, args.seed).items():
        row = f"{case:<22}{len(inputs):>7}"
        for engine in engines:
            accepted = [d for d in inputs if decide(engine, d)]
            row += f"{len(accepted):>30}"
            if engine == "longctx":
                for d in accepted[:3]:
                    print(f"  ACCEPTED {case}: {guess_encoding(d)[0].encoding} {d[:60]!r}")
        print(row, flush=True)


if __name__ == "__main__":
    main()
