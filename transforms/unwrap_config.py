"""The unwrap stage's settings (``transforms.unwrap`` re-exports them)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class UnwrapConfig:
    """How wrapped lines are found.

    Attributes:
      enabled: False keeps the raw layout (``--keep-line-breaks``).
      percentile: the document's wrap width is this percentile of the widths of
        lines followed by a line.
      min_fill: a line followed by a lower-case line is a wrap when at least this
        fraction of the wrap width is used.
      slack: columns of tolerance of the "next word would not fit" test.
      cjk_fill: a CJK line followed by a CJK line is a wrap when at least this
        fraction of the wrap width is used (wrapped CJK lines vary by a few
        columns: half-width marks, a closing mark moved to the next line).
      indent: columns of extra indentation that make the next line a new unit
        (normalization leaves one space of a paragraph indent).
      prose_lower: a document is prose when at least this fraction of the lines
        that continue a full line start in lower case.
      open_fill: in a prose document, a line at least this full that does not
        end a sentence is a wrap whatever follows.
    """

    enabled: bool = True
    percentile: float = 95.0
    min_fill: float = 0.6
    slack: int = 2
    cjk_fill: float = 0.85
    indent: int = 1
    prose_lower: float = 0.75
    open_fill: float = 0.8

    def __post_init__(self):
        if not 50.0 <= self.percentile <= 100.0:
            raise ValueError(f"UnwrapConfig.percentile must be in [50, 100], got {self.percentile}")
        if not 0.0 < self.min_fill <= 1.0:
            raise ValueError(f"UnwrapConfig.min_fill must be in (0, 1], got {self.min_fill}")
        if not 0.0 <= self.prose_lower <= 1.0 or not 0.0 < self.open_fill <= 1.0:
            raise ValueError(
                "UnwrapConfig: prose_lower must be in [0, 1] and open_fill in (0, 1] "
                f"(got {self.prose_lower}, {self.open_fill})"
            )
        if not 0.0 < self.cjk_fill <= 1.0:
            raise ValueError(f"UnwrapConfig.cjk_fill must be in (0, 1], got {self.cjk_fill}")
        if self.slack < 0 or self.indent < 1:
            raise ValueError(
                f"UnwrapConfig: slack must be >= 0 and indent >= 1 (got {self.slack}, {self.indent})"
            )
