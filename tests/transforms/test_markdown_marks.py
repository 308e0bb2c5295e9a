"""Clauses of transforms.markdown_marks (session 35): a CJK Markdown text's "#" heading
marks cut in the boilerplate stage, its heading lines kept as sections at their levels.
Real text: oscarsun72+chtxt "x.小說/清_劉鶚_老殘遊記.txt" (劉鶚, d. 1909), paragraphs cut
at a sentence end."""

from schemas import Document
from transforms.boilerplate import BoilerplateConfig, find_boilerplate, remove_boilerplate
from transforms.clean import clean_text
from transforms.markdown_marks import markdown_mark_edits
from transforms.structure import analyze_text, layout

LAO_CAN = "\n".join(
    [
        "# 老殘遊記|〔清〕劉鶚 著",
        "",
        "## 第一回\u3000土不制水歷年成患\u3000風能鼓浪到處可危 ",
        "",
        "話說山東登州府東門外有一座大山，名叫蓬萊山。山上有個閣子，名叫蓬萊閣。這閣造得畫棟飛雲，珠簾捲雨，十分壯麗。",
        "",
        "卻說那年有個遊客，名叫老殘。此人原姓鐵，單名一個英字，號補殘。因慕懶殘和尚煨芋的故事，遂取這「殘」字做號。",
        "",
        "## 第二回\u3000歷山山下古帝遺蹤\u3000明湖湖邊美人絕調 ",
        "",
        "話說老殘在漁船上被眾人砸得沉下海去，自知萬無生理，只好閉著眼睛，聽他怎樣。覺得身體如落葉一般，飄飄蕩蕩，頃刻工夫沉了底了。",
        "",
        "## 第三回\u3000金線東來尋黑虎\u3000布帆西去訪蒼鷹 ",
        "",
        "話說眾人以為天時尚早，王小玉必還要唱一段，不知只是他妹子出來敷衍幾句就收場了，當時一哄而散。",
        "",
    ]
)
TITLES = [
    (1, "老殘遊記|〔清〕劉鶚 著"),
    (2, "第一回 土不制水歷年成患 風能鼓浪到處可危"),
    (2, "第二回 歷山山下古帝遺蹤 明湖湖邊美人絕調"),
    (2, "第三回 金線東來尋黑虎 布帆西去訪蒼鷹"),
]


def test_markdown_heading_marks_lao_can():
    """Clause markdown_heading_marks: no "#" reaches the cleaned text; each heading line
    is noted with its level (the count of its marks)."""
    c = clean_text(LAO_CAN)
    assert "#" not in c.text
    assert c.text.startswith("老殘遊記|〔清〕劉鶚 著\n")
    assert [(m.level, m.source) for m in c.markup_headings] == [(1, "markdown")] + [
        (2, "markdown")
    ] * 3
    assert c.markup_headings[1].title == "第一回\u3000土不制水歷年成患\u3000風能鼓浪到處可危"
    assert sum(e.removed for e in c.cuts) == 2 + 3 * 3  # "# " and three "## "


def test_markdown_sections_levels_lao_can():
    """Clause markdown_sections: the book's title over its chapters ("#" above "##"), each
    heading at its line's start in the cut text, as the text rules read the marked lines."""
    c = clean_text(LAO_CAN)
    heads = layout(c.text, markup=c.markup_headings)[0]
    assert [(h.rank, h.title) for h in heads] == TITLES
    assert [c.text[h.start : h.end] for h in heads] == [
        "老殘遊記|〔清〕劉鶚 著",
        "第一回\u3000土不制水歷年成患\u3000風能鼓浪到處可危",
        "第二回\u3000歷山山下古帝遺蹤\u3000明湖湖邊美人絕調",
        "第三回\u3000金線東來尋黑虎\u3000布帆西去訪蒼鷹",
    ]
    sections = analyze_text(c.text, markup=c.markup_headings).sections
    assert [(s.level, s.title) for s in sections] == TITLES
    # the same sections as the marked text had before the cut (the text rules' md headings)
    before = analyze_text(LAO_CAN).sections
    assert [(s.level, s.title) for s in before] == TITLES


def test_markdown_heading_marks_pipeline_stage():
    """The pipeline's boilerplate stage notes the lines in Document.markup_headings;
    --keep-boilerplate (or the rule left out) keeps the marks."""
    doc = remove_boilerplate(Document("lc", "lc.txt", LAO_CAN))
    assert "#" not in doc.text and len(doc.markup_headings) == 4
    assert find_boilerplate(LAO_CAN, BoilerplateConfig(enabled=False)) == []
    rules = tuple(r for r in BoilerplateConfig().rules if r != "markdown_heading_mark")
    assert find_boilerplate(LAO_CAN, BoilerplateConfig(rules=rules)) == []


def test_markdown_text_is_marked_guards():
    """Clause markdown_text_is_marked: a hashtag ("#话题#"), numbering ("#1"), a "#" in prose,
    fewer than 3 heading lines, "# " lines that are sentences, an English Markdown text:
    no cut."""
    body = LAO_CAN.split("\n")[4]
    hashtags = "\n\n".join(
        ["#老殘遊記# 讀後感", "#1 話說山東", "#2 名叫蓬萊山", "他說 # 不是標題", body]
    )
    assert markdown_mark_edits(hashtags) == []
    two = "\n\n".join(["# 老殘遊記", "## 第一回", body, "## 第二回"][:3])
    assert markdown_mark_edits(two) == []
    heads = ["# 老殘遊記", "## 第一回", "## 第二回"]
    sentences = "\n\n".join(["# " + body[:30] + "。"] * 4 + heads + [body])
    assert markdown_mark_edits(sentences) == []  # 3 of 7 are headings: under HEADING_SHARE
    assert len(markdown_mark_edits("\n\n".join(heads + [body]))) == 3
    # long "# " lines are no headings (xiexie1993 诡秘之主_历史线.md's event lines, 42+ characters)
    event = "#### 本纪元初期 灵知会、灵教团、生命学派、玫瑰学派 等隐秘组织诞生 【正文 第六十六章】"
    assert markdown_mark_edits("\n\n".join([event] * 4 + heads + [body])) == []
    # more Latin letters than CJK characters: an English text (Measure for Measure's lines)
    english = "Thou concludest like the sanctimonious pirate that went to sea with the Ten "
    english += "Commandments, but scraped one out of the table."
    assert markdown_mark_edits("\n\n".join(heads + [english])) == []


def test_markdown_code_fence():
    """Clause markdown_code_fence: a "# " comment inside a code block stays and is not
    counted."""
    text = LAO_CAN + "\n```\n# 安裝依賴\npip install x\n```\n"
    cuts = markdown_mark_edits(text)
    assert len(cuts) == 4
    assert "# 安裝依賴" in clean_text(text).text
    tilde = LAO_CAN + "\n~~~\n# 安裝依賴\npip install x\n~~~\n"
    assert len(markdown_mark_edits(tilde)) == 4


MENCIUS = "\n".join(
    [
        "# 孟子",
        "",
        "## 梁惠王上",
        "",
        "孟子見梁惠王。王曰：「叟不遠千里而來，亦將有以利吾國乎？」",
        "",
        "孟子曰：「天下大悅而將歸己，視天下悅而歸己，猶草芥也，惟舜為然。」",
        "",
        "## 離婁下",
        "孟子曰：「舜生於諸馮，遷於負夏，卒於鳴條，東夷之人也。文王生於岐周，卒於畢郢，西夷之人也。」",
        "",
        "孟子曰：「不孝有三，無後為大。舜不告而娶，為無後也，君子以為猶告也。」",
        "",
    ]
)


def test_markdown_heading_apart_mencius():
    """Clause markdown_heading_apart: oscarsun72+chtxt 孟子's "## 離婁下" has its first
    paragraph on the next line; with the marks gone a blank line keeps the two apart (the
    unwrapping stage joined them, and the heading was lost)."""
    c = clean_text(MENCIUS)
    assert "離婁下\n\n孟子曰：「舜生於諸馮" in c.text
    # two heading lines in a row get one blank line between them, not two
    tight = clean_text(MENCIUS.replace("# 孟子\n\n## 梁惠王上", "# 孟子\n## 梁惠王上"))
    assert tight.text.startswith("孟子\n\n梁惠王上\n\n")
    heads = layout(c.text, markup=c.markup_headings)[0]
    assert [(h.rank, h.title) for h in heads] == [(1, "孟子"), (2, "梁惠王上"), (2, "離婁下")]


BEI_SHI = "\n".join(
    [
        "# 北史〔唐〕李延壽",
        "",
        "## 北史·卷一 魏本紀第一",
        "",
        "魏之先出自黃帝軒轅氏，黃帝子曰昌意，昌意之少子受封北國，有大鮮卑山，因以為號。",
        "",
        "明元承運之初，屬廓定之始，于時狼顧鴟跱，猶有窺覦，加以天賜之末，內難尤甚。",
        " ",
        "## 北史·卷二 魏本紀第二",
        "",
        " 世祖太武皇帝諱燾，明元皇帝之長子也，母曰杜貴嬪。",
        "",
    ]
)


def test_markdown_heading_apart_spaces_line_is_blank():
    """Clause markdown_heading_apart: a line of spaces above a heading (oscarsun72+chtxt
    北史's " " over "## 北史·卷二 魏本紀第二") is blank already: no blank line is added."""
    cuts = markdown_mark_edits(BEI_SHI)
    assert [e.replacement for e in cuts] == ["", "", ""]
    c = clean_text(BEI_SHI)
    heads = layout(c.text, markup=c.markup_headings)[0]
    assert [(h.rank, h.title) for h in heads] == [
        (1, "北史〔唐〕李延壽"),
        (2, "北史·卷一 魏本紀第一"),
        (2, "北史·卷二 魏本紀第二"),
    ]


def test_markdown_closing_marks():
    """Clause markdown_closing_marks: a heading's closing "#"s ("## 第一回 ##", CommonMark's
    closing sequence) are cut with its opening marks; the sections are as before the cut."""
    closed = "\n".join(
        line + " ##" if line.startswith("## ") else line for line in LAO_CAN.split("\n")
    )
    c = clean_text(closed)
    assert "#" not in c.text
    assert c.text.count("\n第一回\u3000土不制水歷年成患\u3000風能鼓浪到處可危\n") == 1
    heads = layout(c.text, markup=c.markup_headings)[0]
    assert [(h.rank, h.title) for h in heads] == TITLES
    assert [c.text[h.start : h.start + 3] for h in heads[1:]] == ["第一回", "第二回", "第三回"]
    # a "#" inside the title stays ("C#" has no space before it)
    assert clean_text("# 學C#\n\n## 第一回\n\n## 第二回\n").text.startswith("學C#\n")


def test_markdown_text_is_marked_title_guards():
    """Clause markdown_text_is_marked: "# " lines ending in a sentence mark before a closing
    quote, or before closing marks, are sentences; "# " lines without a CJK character (English
    titles) are no CJK headings."""
    body = LAO_CAN.split("\n")[4]
    heads = ["# 老殘遊記", "## 第一回", "## 第二回"]
    said = "# 他說：「這閣造得畫棟飛雲。」"
    assert markdown_mark_edits("\n\n".join([said] * 4 + heads + [body])) == []
    closed = "# 這閣造得畫棟飛雲，十分壯麗。 #"
    assert markdown_mark_edits("\n\n".join([closed] * 4 + heads + [body])) == []
    english = ["# Chapter One", "# Chapter Two", "# Chapter Three"]
    assert markdown_mark_edits("\n\n".join(english + [body])) == []


def test_markdown_heading_apart_spaces_line_under():
    """Clause markdown_heading_apart: a line of spaces under a heading is blank already."""
    text = BEI_SHI.replace("## 北史·卷一 魏本紀第一\n\n", "## 北史·卷一 魏本紀第一\n\u3000\n")
    assert all(e.end > e.start for e in markdown_mark_edits(text))


def test_markdown_sections_changed_line():
    """Clause markdown_sections (rule markup_line): a noted line a later stage changed (joined
    to its paragraph) is not used; the other headings keep their marks."""
    c = clean_text(LAO_CAN)
    line = "第二回\u3000歷山山下古帝遺蹤\u3000明湖湖邊美人絕調\n\n"
    joined = c.text.replace(line, line.rstrip())
    assert joined != c.text
    heads = layout(joined, markup=c.markup_headings)[0]
    assert [(h.rank, h.title) for h in heads] == [TITLES[0], TITLES[1], TITLES[3]]
