"""Long runs of one unit inside real lines, through every text stage: the worst-case scan.

    .venv/bin/python bench/long_runs.py [--root /tmp/base46] [--sample 150] [--seed 46]
        [--sizes 8000,16000,32000,64000] [--frames aozora,rfc,page_turn,address,promo]
        [--match aozora] [--limit 30]

The units are taken from every module-level pattern of ``transforms`` and ``pipeline`` (in
``--root``): one character each one-character item matches (``_one_char`` of
tests/transforms/test_worst_cases_s42.py), and each run of two literals or more ("［＃",
"※［＃", "--"). The same unit from two patterns is one input; the flag line names every
pattern it came from. Each unit is repeated to the size inside each frame, a real line
that the callers' prefilters let through: the opening of 薄田太郎「広島という名の由来」
(Aozora 58957, after "床几《しょうぎ》に"), RFC 1035's resolver drawing (after a rule), a
修真 page-turn notice, an address line and the ixdzs.com promotion line (before "手机").
Each size is built apart (not a prefix of the next), so a run is always whole.

An input goes normalize -> clean -> ``analyze_text`` (its stages timed apart), CPU seconds
per stage, each run cut at ``--limit`` seconds. At the first two sizes a stage whose time
grows more than 2.6 times (and is over 0.01 s) is measured at the third; it is flagged
when the third over the first is more than 8 (and over 0.05 s) or a run was cut, and the
fourth size is measured for the flag line. Linear growth is x4 from the first size to the
third, quadratic x16. ``--sample N`` scans N units drawn with ``--seed`` (the whole set, a
few thousand units times the frames, takes hours on one core); ``--match`` keeps the units
of the patterns whose name holds it. Prints one line per flag and a summary.
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import random
import re
import signal
import sys
import time
from re import _constants as C
from re import _parser as sre_parse

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_ONE = (C.LITERAL, C.NOT_LITERAL, C.IN, C.ANY, C.CATEGORY)


def _patterns(root: str) -> dict[str, re.Pattern]:
    """``module.NAME`` -> every module-level str pattern of transforms and pipeline."""
    import pipeline
    import transforms

    out = {}
    for package in (transforms, pipeline):
        for info in pkgutil.iter_modules(package.__path__):
            try:
                module = importlib.import_module(f"{package.__name__}.{info.name}")
            except Exception as e:  # noqa: BLE001 (a module that needs what is not here)
                print(f"skipped {info.name}: {e}", file=sys.stderr)
                continue
            for name, value in vars(module).items():
                if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                    out.setdefault(f"{info.name}.{name}", value)
    return out


def _units(pattern: re.Pattern, one_char) -> set[str]:
    """One character per one-character item and every run of two literals or more."""
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except re.error:
        return set()
    out: set[str] = set()

    def walk(items):
        run = ""
        for op, av in items:
            if op == C.LITERAL:
                run += chr(av)
            elif len(run) > 1:
                out.add(run)
            if op != C.LITERAL:
                run = ""
            if op in _ONE:
                try:
                    c = one_char((op, av), parsed.state)
                except Exception:  # noqa: BLE001 (an item the sampler cannot compile)
                    c = None
                if c:
                    out.add(c)
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
                walk(av[2])
            elif op == C.SUBPATTERN:
                walk(av[-1])
            elif op == C.BRANCH:
                for branch in av[1]:
                    walk(branch)
            elif op in (C.ASSERT, C.ASSERT_NOT):
                walk(av[1])
        if len(run) > 1:
            out.add(run)

    walk(list(parsed))
    return {u for u in out if u.strip() or u in " \t\u3000"}


def _frames() -> dict[str, tuple[str, int]]:
    """Real lines and where the run goes in each."""
    from tests.transforms.test_ascii_figures import RFC1035_RESOLVER
    from tests.transforms.test_worst_cases_s45 import AT, HIROSHIMA, SIXIANGGUO, XIUZHEN

    page = "正文\n\n" + XIUZHEN * 3
    promo = "正文\n\n" + _PROMO + "\n"
    return {
        "aozora": (HIROSHIMA, AT),
        "rfc": (RFC1035_RESOLVER, RFC1035_RESOLVER.index("|-------------->|") + 2),
        "page_turn": (page, len("正文\n\n") + 10),
        "address": ((SIXIANGGUO + "\n") * 3, 30),
        "promo": (promo, promo.index("手机")),
    }


# clause promotion_length_outside_address's line (tests/transforms/test_worst_cases_s46.py)
_PROMO = (
    "爱下电子书Txt版阅读，下载和分享更多电子书请访问:http://www.ixdzs.com,"
    "手机访问:http://m.ixdzs.com,E-mail:support@ixdzs.com"
)


class _Cut(Exception):
    pass


def _alarm(*_):
    raise _Cut


def _stages(text: str, limit: int) -> dict[str, float]:
    from transforms.clean import clean_text
    from transforms.normalize import normalize_text
    from transforms.structure import analyze_text

    t: dict[str, float] = {}
    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(limit)
    try:
        c = time.process_time()
        x = normalize_text(text)
        t["normalize"] = time.process_time() - c
        c = time.process_time()
        x = clean_text(x).text
        t["clean"] = time.process_time() - c
        if x.strip():
            timings: dict[str, float] = {}
            analyze_text(x, timings=timings)
            t.update(timings)
    except _Cut:
        t["CUT"] = float(limit)
    finally:
        signal.alarm(0)
    return t


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--root", default=REPO, help="the code to scan (default: this checkout)")
    ap.add_argument("--sizes", default="8000,16000,32000,64000", help="four sizes, characters")
    ap.add_argument("--frames", default="aozora,rfc,page_turn,address,promo")
    ap.add_argument("--sample", type=int, default=0, help="scan N units drawn with --seed")
    ap.add_argument("--seed", type=int, default=46)
    ap.add_argument("--match", default="", help="only the units of patterns named so")
    ap.add_argument("--limit", type=int, default=30, help="seconds before a run is cut")
    args = ap.parse_args(argv)
    sys.path.insert(0, REPO)  # the frames (tests/) are this checkout's
    sys.path.insert(0, args.root)
    from tests.transforms.test_worst_cases_s42 import _one_char

    sizes = [int(x) for x in args.sizes.split(",")]
    frames = {k: v for k, v in _frames().items() if k in args.frames.split(",")}
    named: dict[str, list[str]] = {}
    for key, pattern in sorted(_patterns(args.root).items()):
        if args.match in key:
            for unit in _units(pattern, _one_char):
                named.setdefault(unit, []).append(key)
    units = sorted(named)
    if args.sample:
        units = sorted(random.Random(args.seed).sample(units, min(args.sample, len(units))))
    print(f"{len(units)} units of {len(named)}, {len(frames)} frames, sizes {sizes}", flush=True)
    _stages("Warm up: imports load here. 热身。", args.limit)
    flags = 0
    for n, unit in enumerate(units):
        for name, (frame, at) in frames.items():

            def sized(size, unit=unit, frame=frame, at=at):
                return frame[:at] + unit * max(1, (size - len(frame)) // len(unit)) + frame[at:]

            t = [_stages(sized(sizes[0]), args.limit), _stages(sized(sizes[1]), args.limit)]
            grow = [s for s in t[1] if t[1][s] > 0.01 and t[1][s] / max(t[0].get(s, 0), 1e-3) > 2.6]
            if not (grow or "CUT" in t[0] or "CUT" in t[1]):
                continue
            t.append(_stages(sized(sizes[2]), args.limit))
            bad = [s for s in t[2] if t[2][s] > 0.05 and t[2][s] / max(t[0].get(s, 0), 1e-3) > 8]
            if not (bad or any("CUT" in x for x in t)):
                continue
            t.append(_stages(sized(sizes[3]), args.limit))
            flags += 1
            cells = "; ".join(
                f"{s} "
                + "/".join(f">{args.limit}" if "CUT" in x else f"{x.get(s, 0):.3f}" for x in t)
                for s in (bad or ["CUT"])
            )
            print(
                f"FLAG {unit!r} frame={name} {cells} s; patterns: {', '.join(named[unit][:6])}",
                flush=True,
            )
        if n % 25 == 0:
            print(f"at {n} {unit!r} {time.strftime('%H:%M:%S')}", flush=True)
    print(f"done; {flags} flagged; {len(units)} units x {len(frames)} frames", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
