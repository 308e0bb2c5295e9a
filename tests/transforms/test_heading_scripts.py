"""Session 22 (branch wtG): headings in other scripts and capitals, and the
sibling walk of clause ``parent_number_rank`` made linear."""

from __future__ import annotations

import random
from types import SimpleNamespace

from tests.transforms.test_technical_docs import _levels
from transforms import technical_headings as th
from transforms.cjk_numbers import cjk_number_candidates
from transforms.headings import line_candidates


def _walk_per_parent(confirmed, numbers):
    """The sibling walk of session 21 (one walk per parent, quadratic in a run):
    the specification the one-pass ``_parent_series_ranks`` must keep."""
    ranks = [rank for _, rank in confirmed]
    above = {}
    for k in range(len(confirmed) - 1):
        p, rank = numbers[k], confirmed[k][1]
        if p is not None:
            above[p] = min(above.get(p, rank), rank)
        if p is None or len(p) != 1 or not p[0].isdigit() or numbers[k + 1] != (*p, "1"):
            continue
        if above.get(p, ranks[k]) < ranks[k]:
            continue
        top = min(ranks[k], confirmed[k + 1][1])
        for step in (-1, 1):
            j, value = k, int(p[0])
            while 0 <= j < len(confirmed):
                q = numbers[j]
                if q is not None and len(q) > 1:
                    j += step
                    continue
                if (
                    confirmed[j][0].kind not in th._SIBLING_KINDS
                    or q is None or not q[0].isdigit()
                    or j != k and (int(q[0]) - value) * step <= 0
                ):  # fmt: skip
                    break
                ranks[j], value = min(ranks[j], top), int(q[0])
                j += step
    return ranks


def test_parent_number_rank_one_pass_keeps_the_walk():
    """The one pass gives the ranks of the per-parent walk on 20,000 random
    outlines of titled numbers, listed lines, keywords, "N.", "N.1", "A", and
    a run of 999 "N." each over its "N.1" ranks every "N." as its "N.1"."""
    rng = random.Random(22)
    kinds = ["numbered", "numeral", "listed", "keyword", "md"]
    for _ in range(20000):
        confirmed, numbers = [], []
        for _ in range(rng.randint(1, 12)):
            confirmed.append(
                (SimpleNamespace(kind=rng.choice(kinds)), rng.choice([10, 20, 25, 38]))
            )
            r = rng.random()
            numbers.append(
                None if r < 0.1 else ("A",) if r < 0.15
                else (str(rng.randint(0, 4)),) if r < 0.6
                else (str(rng.randint(0, 4)), str(rng.randint(1, 2)))
            )  # fmt: skip
        got = [rank for _, rank in th._parent_series_ranks(confirmed, numbers)]
        assert got == _walk_per_parent(confirmed, numbers), (confirmed, numbers)
    confirmed, numbers = [], []
    for i in range(1, 1000):
        confirmed += [(SimpleNamespace(kind="numbered"), 38), (SimpleNamespace(kind="listed"), 20)]
        numbers += [(str(i),), (str(i), "1")]
    assert [rank for _, rank in th._parent_series_ranks(confirmed, numbers)] == [20] * 1998


# The Traditional Chinese Debian Reference (debian-reference-zh-tw 2.100, as shipped,
# /usr/share/debian-reference/debian-reference.zh-tw.txt.gz), cut: its contents list's
# entries for 7.9, chapters 8 and 9 and the appendix, then those headings in the body,
# each with its first paragraph (as shipped, indented by four spaces).
REFERENCE_ZH_TW = """\
內容目錄

7. GUI（圖形使用者介面）系統
    7.9. 剪貼簿
8. I18N 和 L10N
    8.1. 語言環境
        8.1.1. UTF-8 語言環境的基本原理
9. 系統技巧
    9.1. 控制檯技巧
A. 附錄
    A.1. Debian 迷宮
    A.2. 版權歷史

章 7. GUI（圖形使用者介面）系統

    在 Debian 系統上，有幾個功能全面的 GUI 桌面環境選擇。

7.9. 剪貼簿

    剪貼文字到剪貼簿，參見節 1.4.4, “滑鼠操作”。

章 8. I18N 和 L10N

    一個應用軟體的多語言化 (M17N)或本地語言支援，通過 2 個步驟完成。

8.1. 語言環境

    程式支援國際化的行為，是透過配置環境變數 "$LANG"來支援本地化。語
    言環境的實際支援，依賴 libc 庫提供的特性，並要求安裝 locales 或
    locales-all 軟體包。 locales 軟體包需要被適當的初始化。

8.1.1. UTF-8 語言環境的基本原理

    最簡單的文字資料表達是 ASCII，它對英語是足夠的，少於 127 個字元（
    使用 7 位描述）。

章 9. 系統技巧

    這裡，描述配置和管理系統的基本技巧，大部分在控制檯操作。

9.1. 控制檯技巧

    有一些工具程式來幫助你的控制檯活動。

附錄 A. 附錄

    本文檔背景。

A.1. Debian 迷宮

    Linux 系統是一個面向網絡計算機的功能強大的計算平臺。然而，學習使
    用它的全部功能並非易事。

A.2. 版權歷史

    Debian 參考手冊由我（Osamu Aoki<osamu at debian dot org>）發起，
    將其作爲一個個人系統管理筆記。
"""


def _body_levels(text):
    return [(level, title) for level, title in _levels(text) if not title.startswith("內容")]


def test_cjk_first_not_caps_and_cjk_letter_appendix_head_their_sections():
    # Clause cjk_first_not_caps (transforms.headings): "章 8. I18N 和 L10N" has more Latin
    # capitals than CJK characters, so it was a line in capitals (never confirmed), rule
    # cjk_numbered never read it, and 8.1 stood at the top level. Clause
    # cjk_letter_appendix (transforms.cjk_numbers): "附錄 A. 附錄" was no candidate, so its
    # A.1 and A.2 stood at the top level.
    assert _body_levels(REFERENCE_ZH_TW) == [
        (1, "章 7. GUI（圖形使用者介面）系統"),
        (2, "7.9. 剪貼簿"),
        (1, "章 8. I18N 和 L10N"),
        (2, "8.1. 語言環境"),
        (3, "8.1.1. UTF-8 語言環境的基本原理"),
        (1, "章 9. 系統技巧"),
        (2, "9.1. 控制檯技巧"),
        (1, "附錄 A. 附錄"),
        (2, "A.1. Debian 迷宮"),
        (2, "A.2. 版權歷史"),
    ]


def test_cjk_letter_appendix_simplified_and_not_a_sentence():
    # The zh-cn Reference writes "附录 A. 附录"; a sentence after the letter is no title.
    found = cjk_number_candidates("附录 A. 附录", 0, 0, 9)
    assert [(c.kind, c.series, c.value, c.rest) for c in found] == [
        ("keyword", "kw:appendix:letter", 1, "附录")
    ]
    # The ja Reference: "付録A 補遺" (no space, no period).
    found = cjk_number_candidates("付録A 補遺", 0, 0, 6)
    assert [(c.series, c.value, c.rest) for c in found] == [("kw:appendix:letter", 1, "補遺")]
    assert cjk_number_candidates("附录 B. 详见下文。", 0, 0, 12) == []
    assert cjk_number_candidates("附录了一份清单", 0, 0, 7) == []


# The German Debian Reference (debian-reference-de 2.100, as shipped), the preface's
# sections with their first paragraph, without the contents list (a page of the preface
# alone, as the HTML version gives it): "3." is the one whose title opens with "Ü".
PREFACE_DE = """\
Vorwort

1. Haftungsausschluss

    Jegliche Gewährleistung wird ausgeschlossen. Alle Handelsmarken
    sind Eigentum ihrer jeweiligen Markeninhaber.

2. Was ist Debian

    Das Debian-Projekt ist eine Vereinigung von Einzelpersonen, die
    es sich zur gemeinsamen Aufgabe gemacht haben, ein freies
    Betriebssystem zu erstellen.

3. Über dieses Dokument

    Folgende Leitregeln wurden beim Erstellen dieses Dokuments
    verfolgt:

4. Gedächtnisstützen für neue Benutzer

    Hier einige Gedächtnisstützen für neue Benutzer:

5. Einige Zitate für neue Benutzer

    Hier einige interessante Zitate von den Debian-Mailinglisten, die
    helfen können, neue Benutzer aufzuklären.
"""


def test_latin_capital_title_opens_a_numbered_title():
    # Clause latin_capital_title (transforms.headings): a numbered title opened with A-Z
    # only, so "3. Über dieses Dokument" was no candidate and its text ran on in "2.".
    assert [title for _, title in _levels(PREFACE_DE)] == [
        "1. Haftungsausschluss",
        "2. Was ist Debian",
        "3. Über dieses Dokument",
        "4. Gedächtnisstützen für neue Benutzer",
        "5. Einige Zitate für neue Benutzer",
    ]
    # After "¿" or "¡" (clause inverted_mark_title) too: the es Reference's "2. ¿Qué es
    # Debian?" with its first word made "Ésta" (no real title of the form at hand); a
    # lower-case letter outside A-Z is none ("2. ¿ésta ...?", "3. über ...": a sentence).
    found = line_candidates("2. ¿Ésta es Debian?", 0, 0, 19)
    assert [(c.kind, c.value) for c in found] == [("numbered", 2)]
    assert line_candidates("2. ¿ésta es Debian?", 0, 0, 19) == []
    assert line_candidates("3. über dieses Dokument", 0, 0, 23) == []
    assert line_candidates("4. Łódź", 0, 0, 7)[0].kind == "numbered"
    assert line_candidates("4. łódź", 0, 0, 7) == []


def test_scene_degree_predicate_a_spaced_sentence_is_no_scene():
    # Clause scene_degree_predicate (transforms.numbered_titles): "第一场 雪下得很大。" (the
    # first snowfall was heavy: the line of the session-21 review, a common sentence with
    # a stray space) passed as a scene heading, its place "雪下得很大。". Between two real
    # sentences of a children's story (test_play_units.py), it opens no section.
    text = (
        "秋天来了，奇奇忙着收集松果准备过冬。它把松果藏在树洞里，满心欢喜地等待冬天的到来。\n\n"
        "第一场 雪下得很大。\n\n"
        "奇奇发现自己储存的松果全都不见了！原来是狡猾的狐狸偷走了它的冬粮。\n"
    )
    assert _levels(text) == []
    for line in ("第一场 雪下得很大。", "第二场 天气非常冷。", "第一幕 第一场 雪下得很大。"):
        assert line_candidates(line, 0, 0, len(line)) == [], line
    # A place stays one: 朱生豪's Hamlet ("第一场 艾尔西诺。城堡前的露台"), a degree adverb
    # before "的" ("一间很大的客厅", a room) or after the place ("荒野。风很大": its weather).
    for line in ("第一场 艾尔西诺。城堡前的露台", "第一场 一间很大的客厅。", "第三场 荒野。风很大"):
        assert [c.series for c in line_candidates(line, 0, 0, len(line))] == ["cjk:场"], line


def test_degree_after_subject_a_place_opening_with_the_adverb_stays_a_scene():
    # Clause degree_after_subject (transforms.numbered_titles): scene lines set as 朱生豪
    # sets Hamlet's ("第一场 艾尔西诺。城堡前的露台"), their places real ones (the Forbidden
    # City's 太和殿, the 太庙, a 特别法庭 (special court)) or a time ("十分钟后", ten minutes
    # later): a place opening with "太", "特别" or "十分" read as a degree adverb lost the
    # scene its heading; a sentence with a subject stays no scene.
    for line in ("第一场 太和殿。", "第二场 太庙；夜", "第三场 特别法庭。", "第四场 十分钟后。"):
        assert [c.series for c in line_candidates(line, 0, 0, len(line))] == ["cjk:场"], line
    for line in ("第一场 雪下得很大。", "第二场 天气非常冷。"):
        assert line_candidates(line, 0, 0, len(line)) == [], line
