"""Review clause page_marker_traditional (transforms/boilerplate.py, rule page_marker):
"--- 第 1 頁 ---", the page marker a Traditional-Chinese PDF tool on GitHub writes
between the pages of the text it extracts ("--- 第 1 頁 ---\\nName: Alice\\n…", a TRPG
scenario library's page-marked text, found by code search), is cut as its Simplified
form "--- 第 1 页 ---" was. Page text: 西遊記's 第一回 (oscarsun72/chtxt)."""

from transforms.boilerplate import strip_boilerplate

P1 = "\u3000\u3000詩曰：\n\n\u3000\u3000混沌未分天地亂，茫茫渺渺無人見。\n"
P2 = "\u3000\u3000蓋聞天地之數，有十二萬九千六百歲為一元。將一元分為十二會。\n"


def test_traditional_page_marker_cut_as_simplified():
    for unit in ("页", "頁"):
        text = f"--- 第 1 {unit} ---\n{P1}\n--- 第 2 {unit} ---\n{P2}"
        out, _ = strip_boilerplate(text)
        # the marker line and the blank lines around it become one newline
        assert out == P1 + P2, (unit, out)


def test_page_word_in_prose_kept():
    # 頁 inside a sentence, not a marker line between rule marks: kept
    text = P1 + "\n\u3000\u3000他翻到第 2 頁，又翻回第 1 頁。\n"
    assert strip_boilerplate(text)[0] == text
