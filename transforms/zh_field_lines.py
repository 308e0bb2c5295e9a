"""Clause ``zh_field_record_lines`` (session 39, branch wtF; called from
``transforms.cjk_layout.cjk_joins``): a line opening with a field label, a few Han
characters and a colon ("身份： 北大陆鲁恩王国…", "能力：", "出处： 正文 第三章", "特点/性格："), is a
field of a record (a character sheet, an item card, a note's source line), never the
wrap of the line above it, where its label opens two or more lines of the text: notes
and reference files repeat their labels record after record. Over the five Chinese
mirrors the unwrap stage joined such lines to the line above them in 诡秘之主's notes
("职业： 廷根技术学校…" / "身份： 北大陆鲁恩王国…", "…也就是0.5千克" / "出处： 正文 第三章");
docs/quality/session-39-wtF.md counts the joins undone and added.

Clause ``zh_field_line_pairs`` (session 43): two consecutive lines that each open with
a label and a colon are two fields of a record, never one paragraph, though the lower
line's label stands once in the text (guard ``field_label_recurs`` waived; the share guard
counts every label line for it, so a single record's lines, each label once, are fields; a
recurring label still asks the share of recurring labels, review 39's guard): 诡秘之主's
人物档案 "爱好: …立志要做一名蒸汽机械师。" / "经历：" (its other records say "经历/观点："),
非凡物品's "描述：这个布偶…" / "附录：这个布偶最早出现…" (two long field paragraphs). The other
guards hold: the text is a record text (``field_lines_share``), the upper line is no wrap
of a paragraph (``field_line_run_on``), no quote after the colon (a speech "他道：“…" is
no field; a sentence ending in a colon opens no field line under it). Guard
``field_pair_speech`` (review 43): neither label of the pair ends in a verb of saying
(曰, 道, 说, 问, 答, ...): a classical text writes its speech "妓曰：…" with no quote, so
笑府 hard-wrapped at 30 characters set "…即以筯撐頤如執杖狀。" over "妓曰：這位官人像箇皂隸。"
and "…都被你喫去了。" over "口答曰：不要爭，…", lines of one anecdote, apart. Guard
``field_pair_not_numeral`` (integrator 43): a label of numerals only ("一：" over "三：")
is a numbered item, left to the numbered-item rules (session 38's guard
numbered_item_consecutive joins a pair that skips a number; the CI caught the clash).

Guards ``field_label_no_quote`` (a colon followed by an opening quote opens a speech:
"道：“你来了。”" on a hard-wrapped novel's line is its wrap), ``field_label_recurs`` (a
label standing once is a wrap landing before a colon by chance), ``field_lines_share``
(lines opening with a label that recurs are at least ``FIELD_SHARE`` of the text's lines:
in a hard-wrapped book a wrap lands before "如下：", "说：", "北" / "京：出版社" now and then, and
the same label recurs by chance: 19 joins in 6 books of the mirrors, whose such lines are
at most 0.4% of their lines; 诡秘之主's notes 9-86%)
and ``field_line_run_on`` (the line above is joined to the line above it and as wide
as it, within a character: both are lines of one hard-wrapped paragraph, as in
``numbered_item_run_on``).

Cost: a vectorised look for a colon within the first ``LABEL_CHARS + 1`` characters of
each joined pair's lower line, then one regex match per such pair; the label count is
made once, only then, over the lines with a colon near their start alone, none where those
are under ``FIELD_SHARE`` (review 39, ``field_label_counts_by_line``: a multi-line regex over
the whole text cost 4% of cleaning zh_classics).
"""

from __future__ import annotations

import re
from collections import Counter

import numpy as np

LABEL_CHARS = 8
MIN_LABEL_LINES = 2
FIELD_SHARE = 0.05
_LABEL = f"[\u4e00-\u9fff][\u4e00-\u9fff/／·]{{0,{LABEL_CHARS - 1}}}"
_FIELD = re.compile(f"({_LABEL})[：:](?![“「『\"‘'])")  # guard field_label_no_quote
# guard field_pair_speech (review 43): a classical text's speech opens "X曰：" with no quote
_SAYS = frozenset("曰道说說云问問答言谓謂叫喊笑骂罵叹嘆")
# guard field_pair_not_numeral (integrator 43): "一：…" / "三：…" are numbered items, the
# numbered-item rules' to read (zh_numbered_item_lines, numbered_item_consecutive), no fields
_NUMERALS = frozenset("〇零一二三四五六七八九十百千两兩壹贰貳叁參肆伍陆陸柒捌玖拾")
_LINE_FIELD = re.compile(f"(?m)^[ \\t\u3000]*{_FIELD.pattern}")


def field_record_pairs(text, cp, lines, a, b, joined) -> np.ndarray:
    """Indices of ``joined`` (pairs the stage would join) whose lower line is a field
    line of a record (module doc)."""
    line_start, _, first, last, blank = lines
    labels = None
    keep: list[int] = []
    if not joined.size:
        return joined
    # a colon within the lower line's first LABEL_CHARS + 1 characters (vectorised)
    colons = np.flatnonzero((cp == 0xFF1A) | (cp == 0x3A))
    if not colons.size:
        return np.array(keep, dtype=np.int64)
    has = _colon_near(colons, first, last, b[joined])
    for k in joined[has].tolist():
        m = _FIELD.match(text, int(first[b[k]]), int(last[b[k]]))
        if m is None:
            continue
        if labels is None:
            labels = _label_counts(text, colons, first, last, blank)
            # guard field_lines_share: a record text is made of such lines (those whose
            # label recurs; clause zh_field_line_pairs: any label)
            least = FIELD_SHARE * int((~blank).sum())
            recurs = sum(n for n in labels.values() if n >= MIN_LABEL_LINES) >= least
            if sum(labels.values()) < least:
                return np.array(keep, dtype=np.int64)
        if labels[m.group(1)] >= MIN_LABEL_LINES:  # guard field_label_recurs
            if not recurs:  # the share of recurring labels (review 39)
                continue
        # clause zh_field_line_pairs (s43): a label seen once under a field line is the
        # record's next field
        elif not _opens_field(text, first, last, a[k], m.group(1)):
            continue
        if _runs_on(k, a, line_start, last, joined, keep):  # guard field_line_run_on
            continue
        keep.append(k)
    return np.array(keep, dtype=np.int64)


def _opens_field(text, first, last, line, label) -> bool:
    """Clause ``zh_field_line_pairs``: whether ``line`` opens with a field label and a colon,
    and neither that label nor ``label`` (the lower line's) ends in a verb of saying (guard
    ``field_pair_speech``)."""
    upper = _FIELD.match(text, int(first[line]), int(last[line]))
    if upper is None or _NUMERALS.issuperset(upper.group(1)) or _NUMERALS.issuperset(label):
        return False  # guard field_pair_not_numeral
    return not (_SAYS & {upper.group(1)[-1], label[-1]})


def _colon_near(colons, first, last, rows) -> np.ndarray:
    """Whether each line of ``rows`` holds a colon within its first ``LABEL_CHARS + 1``
    characters (vectorised)."""
    f = first[rows]
    near = np.searchsorted(colons, f + 1)
    has = near < colons.size
    has[has] &= colons[near[has]] <= np.minimum(f[has] + LABEL_CHARS, last[rows[has]] - 1)
    return has


def _label_counts(text, colons, first, last, blank) -> Counter:
    """How many lines each field label opens: the lines with a colon near their start,
    then the regex on those alone (review 39: a multi-line regex over the whole text
    cost 4% of cleaning zh_classics)."""
    rows = np.flatnonzero(~blank)
    labels: Counter = Counter()
    near = rows[_colon_near(colons, first, last, rows)]
    if near.size < FIELD_SHARE * rows.size:  # guard field_lines_share can only fail: skip
        return labels
    for i in near.tolist():
        m = _FIELD.match(text, int(first[i]), int(last[i]))
        if m is not None:
            labels[m.group(1)] += 1
    return labels


def _runs_on(k, a, line_start, last, joined, keep) -> bool:
    """Guard ``field_line_run_on``: the upper line of pair ``k`` is joined to the line
    above it (not kept as a field line) and as wide as it (within a character)."""
    at = np.searchsorted(joined, k)
    if at == 0 or joined[at - 1] != k - 1 or a[k - 1] != a[k] - 1 or (keep and keep[-1] == k - 1):
        return False
    upper, above = int(a[k]), int(a[k]) - 1
    return abs(int(last[upper] - line_start[upper]) - int(last[above] - line_start[above])) <= 1
