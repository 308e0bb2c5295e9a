"""Rule fenced_code on real Markdown: the project's own README and docs, whose
fenced blocks hold indented Python, aligned shell comments and "# ..." lines.

A technical document's code must reach the model as written: before the rule,
normalization collapsed Python's indentation to one space, the unwrapper
joined long code lines ("with open(...) as handle: settings = json.load(...)"),
and "# = longctx eval ..." inside a block opened a level-1 section."""

import re
from pathlib import Path

import numpy as np
import pytest

from transforms.clean import clean_text
from transforms.code_blocks import fenced_spans, inside
from transforms.normalize import normalize_text
from transforms.sections import find_sections

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
EVALUATION = (ROOT / "docs" / "EVALUATION.md").read_text(encoding="utf-8")

# A shell example inside prose wrapped at 72 columns (a user's Git guide).
GUIDE = """## 3. Branches

A branch is a movable name for a commit. Creating one is cheap, and
switching between branches rewrites only the files that differ, so it is
quick even in a large repository with a long history behind it:

```bash
git switch -c feature/login
# edit, add, commit ...
git switch main
git merge feature/login
```

When both branches changed the same lines, the merge stops with a
conflict. Git marks the conflicting region in the file, and you edit it
to the version you want before you commit the merge.

```python
def load_settings(path: str, required: tuple[str, ...] = ("name", "version")) -> dict:
    with open(path, encoding="utf-8") as handle:
        settings = json.load(handle)
    missing = [key for key in required if key not in settings]
    if missing:
        raise KeyError(f"missing keys in {path}: {', '.join(missing)}")
    return settings
```

## 3.1 Rebasing

Rebasing replays your commits on top of another branch, producing a
linear history.
"""


def _blocks(text: str) -> list[str]:
    return [text[a:b] for a, b in fenced_spans(text)]


def test_spans_pair_the_fences_of_the_readme():
    # Fence lines, indented ones (in a list item) included.
    fence_lines = [m.start() for m in re.finditer(r"(?m)^[ \t]*```", README)]
    spans = fenced_spans(README)
    assert len(fence_lines) % 2 == 0 and len(spans) == len(fence_lines) // 2
    last_lines = [README.rfind("\n", 0, b) + 1 for _, b in spans]
    assert [
        x for span in zip((a for a, _ in spans), last_lines, strict=True) for x in span
    ] == fence_lines
    assert all(README[a:b].endswith("```") for a, b in spans)


def test_what_opens_no_block():
    """Inline code, an unclosed fence, and bare tilde lines (scene breaks, the
    rule lines around a web notice) are text, not code."""
    text = "Intro.\n\n```x``` is inline.\n\n~~~python\ncode\n  more\n~~~\n\n```\nnever closed\n"
    assert _blocks(text) == ["~~~python\ncode\n  more\n~~~"]
    spans = fenced_spans(text)
    pos = np.array([0, text.index("~~~"), text.index("  more"), text.index("never")])
    assert inside(spans, pos).tolist() == [False, True, True, False]
    assert fenced_spans("no fences here\n") == []
    scenes = "He left.\n\n~~~~~~~~~~\n\nCHAPTER  II\n\nShe  stayed.\n\n~~~~~~~~~~\n\nThe end.\n"
    assert fenced_spans(scenes) == []
    assert "CHAPTER II" in normalize_text(scenes)


@pytest.mark.parametrize(
    "name, text", [("README", README), ("EVALUATION", EVALUATION), ("guide", GUIDE)]
)
def test_code_blocks_reach_the_training_text_as_written(name, text):
    """Every fenced block is in the clean text byte for byte (indentation,
    aligned comments, line breaks), and normalization stays idempotent."""
    blocks = _blocks(text)
    assert blocks, name
    normalized = normalize_text(text)
    assert normalize_text(normalized) == normalized
    clean = clean_text(normalized).text
    assert _blocks(clean) == blocks
    # Outside the blocks, runs of spaces are still collapsed.
    spans = fenced_spans(clean)
    outside = "".join(
        clean[b:a]
        for (_, b), (a, _) in zip([(0, 0), *spans], [*spans, (len(clean), 0)], strict=True)
    )
    assert "  " not in outside.replace("\n  ", "\n ")


def test_guide_code_keeps_python_indentation():
    clean = clean_text(normalize_text(GUIDE)).text
    assert '    with open(path, encoding="utf-8") as handle:\n        settings = json' in clean
    # The prose around the blocks is still unwrapped.
    assert "Creating one is cheap, and switching between branches" in clean


@pytest.mark.parametrize("name, text", [("EVALUATION", EVALUATION), ("guide", GUIDE)])
def test_comment_lines_in_code_open_no_section(name, text):
    """Sections are the Markdown headings outside the code blocks, nothing else."""
    clean = clean_text(normalize_text(text)).text
    spans = fenced_spans(clean)
    expected = [
        m.group(1).strip()
        for m in re.finditer(r"(?m)^#{1,6} +(.+)$", clean)
        if not inside(spans, np.array([m.start()]))[0]
    ]
    titles = [s.title for s in find_sections(clean)[0] if s.level > 0]
    assert titles == expected
    assert len(expected) >= 2
