"""The README names every rejection reason the builder can write (README audit,
session 19): `rejected.jsonl`'s `reason` had no list in the README, and the reasons
added that day (`special_file`, `invalid_id`, `trailing_garbage`, `empty_file`, ...)
were named nowhere a user reads."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REASON = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)+|[a-z]+")


def _reason(node) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if REASON.fullmatch(node.value) else None
    return None


def _triple(node) -> bool:
    return isinstance(node, ast.Tuple) and len(node.elts) == 3


def reasons_in_code() -> dict[str, str]:
    """Each reason literal of the builder's code -> where it is: the arguments of a
    rejection call (``_reject``, ``reject``, ``Rejected``, ``RejectDocument``,
    ``EpubError``), a ``reason=`` keyword, a value given to a name ``reason``, a
    ``member_failure`` return, or the last of a ``(path, why, reason)`` of ``problems``
    (``transforms.inputs``)."""
    found: dict[str, str] = {}
    for path in sorted([*ROOT.glob("transforms/*.py"), *ROOT.glob("pipeline/*.py")]):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            values = []
            if isinstance(node, ast.Call):
                func = node.func
                name = getattr(func, "id", None) or getattr(func, "attr", "")
                if "reject" in name.lower() or name in ("RejectDocument", "EpubError"):
                    values += node.args[:3]
                values += [k.value for k in node.keywords if k.arg == "reason"]
            if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "append":
                if getattr(node.func.value, "id", None) == "problems":  # (path, why, reason)
                    values += [t.elts[-1] for a in node.args for t in ast.walk(a) if _triple(t)]
            elif isinstance(node, ast.Assign):
                if any(getattr(t, "id", None) == "reason" for t in node.targets):
                    values.append(node.value)
                if any(getattr(t, "id", None) == "problems" for t in node.targets):
                    values += [t.elts[-1] for t in ast.walk(node.value) if _triple(t)]
            elif isinstance(node, ast.AnnAssign):
                if getattr(node.target, "id", None) == "reason" and node.value is not None:
                    values.append(node.value)
            elif isinstance(node, ast.FunctionDef) and node.name == "member_failure":
                values += [r.value for r in ast.walk(node) if isinstance(r, ast.Return)]
            for value in values:
                for part in ast.walk(value) if value is not None else ():
                    reason = _reason(part)
                    if reason and "_" in reason:
                        found.setdefault(reason, f"{path.relative_to(ROOT)}:{part.lineno}")
    return found


def test_readme_names_every_rejection_reason():
    code = reasons_in_code()
    # the scan itself still finds the reasons of each kind of call site
    assert {"special_file", "corrupt_archive", "invalid_utf8", "encrypted_epub"} <= set(code)
    assert {"not_prose", "near_duplicate", "duplicate_id", "trailing_garbage"} <= set(code)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    named = set(re.findall(r"`([a-z0-9_]+)`", readme))
    assert {r: where for r, where in code.items() if r not in named} == {}
