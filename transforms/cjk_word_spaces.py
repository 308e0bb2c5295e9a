"""Clause ``cjk_word_spaces`` (``transforms.unwrap``): a CJK text that spaces its
words joins its wraps with a space.

Chinese separates no words, so a CJK wrap joins tight (rules ``cjk_lines`` and
``block_width``). Some translations space them anyway, so that groff can break
the lines of a man page: manpages-zh's showkey(1), "showkey 有 三种 操作模式, 显示
扫描码, 键盘码, 以及 测试" / "键盘映射(keymap), ...", was joined "测试键盘映射",
losing the space the page breaks at (the renderer breaks such pages only at
spaces). Where at least ``SPACED_SHARE`` of the gaps between two ideographs
(side by side, or with only spaces between) hold a space, and at least
``SPACED_MIN`` do, a join between two ideographs keeps one space when one of
its two lines spaces two ideographs itself (a page may hold a paragraph set
without spaces: chroot(1)'s copyright lines, "由软件基金会" / "这一程序是自由软件"). manpages-zh
1.6.4.0 (746 pages rendered at 80 columns): 60 pages at 0.15-0.65 (showkey 0.29,
vim 0.17, mdoc.samples 0.24), the rest under 0.15, 90% under 0.016; the shared
novels and fortunes-zh ``chinese``, ``tang300``, ``song100``: under 0.0005.

Cost: one numpy pass over the code points, only for texts with a join between
two ideographs.
"""

from __future__ import annotations

import re

import numpy as np

SPACED_SHARE = 0.1
SPACED_MIN = 10
_IDEOGRAPH = "\u3400-\u9fff\uf900-\ufaff"
_SPACED_GAP = re.compile(f"[{_IDEOGRAPH}] +[{_IDEOGRAPH}]")


def ideographs(cp: np.ndarray) -> np.ndarray:
    """Whether each code point is a CJK ideograph (Extension A, unified,
    compatibility)."""
    return ((cp >= 0x3400) & (cp <= 0x9FFF)) | ((cp >= 0xF900) & (cp <= 0xFAFF))


def spaces_words(cp: np.ndarray) -> bool:
    """Whether the text (its code points) spaces its CJK words (module doc)."""
    idx = np.flatnonzero(cp != 32)
    if len(idx) < 2:
        return False
    ideo = ideographs(cp[idx])
    both = ideo[:-1] & ideo[1:]
    spaced = int((both & (np.diff(idx) > 1)).sum())
    return spaced >= SPACED_MIN and spaced >= SPACED_SHARE * int(both.sum())


def spaced_pairs(text: str, first, last, a, b) -> np.ndarray:
    """Whether line ``a`` or line ``b`` of each pair spaces two ideographs."""
    return np.fromiter(
        (
            _SPACED_GAP.search(text, i, j) is not None or _SPACED_GAP.search(text, k, m) is not None
            for i, j, k, m in zip(
                first[a].tolist(),
                last[a].tolist(),
                first[b].tolist(),
                last[b].tolist(),
                strict=True,
            )
        ),
        bool,
        len(a),
    )
