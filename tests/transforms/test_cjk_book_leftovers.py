"""Clauses ``escaped_quotes`` and ``excerpt_footer`` (transforms.cjk_book_leftovers,
session 32): excerpts of hankinghu/literature-books' 《疯人笔记》 (冰心), 《沉沦》 (郁达夫),
《一问一世界》, 《被绑架的中国经济》 and zzk6780051/novel's 《龙族5》."""

from transforms.cjk_book_leftovers import (
    escaped_quote_edits,
    excerpt_footer_edits,
    pdf_page_mark_edits,
)
from transforms.clean import clean_text
from transforms.normalize import normalize_text

BINGXIN = (
    "第1章 两个家庭\n"
    '前两个多月，有一位李博士来到我们学校，演讲\\"家庭与国家关系\\"。提到家庭的幸福和苦痛，'
    "与男子建设事业能力的影响，又引证许多中西古今的故实，说得痛快淋漓。\n"
    '路上车上，我还是看那本笔记。忽然听见有一个小姑娘的声音叫我说：\\"姐姐！来我们家里坐坐。\\"'
    "抬头一看，已经走到舅母家门口，小表妹也正放学回来。\n"
    '\u3000\u3000\\"这一个院子就是陈家，那个哭的孩子，就是大宝。\\"\n'
)


def _clean(text: str) -> str:
    return clean_text(normalize_text(text)).text


def test_escaped_quotes_bingxin():
    """escaped_quotes: every '\\"' of 《疯人笔记》 loses its backslash, the quote stays."""
    out = _clean(BINGXIN)
    assert "\\" not in out
    assert '演讲"家庭与国家关系"。提到' in out
    assert '叫我说："姐姐！来我们家里坐坐。"抬头一看' in out
    assert '"这一个院子就是陈家，那个哭的孩子，就是大宝。"' in out


def test_escaped_quotes_english_inside_chinese():
    """escaped_quotes: 《沉沦》's English cry after "。" and before a line end is mended."""
    text = (
        '同轻纱似的，在那里飘荡。\\"oh,youserenegossamer!youbeautifulgossamer!\\"\n'
        "\u3000\u3000这样的叫了一声，他的眼睛里就涌出了两行清泪来，他自己也不知道是什么缘故。\n"
    )
    edits = escaped_quote_edits(text)
    assert [text[e.start : e.end + 1] for e in edits] == ['\\"', '\\"']
    assert '飘荡。"oh,youserenegossamer!youbeautifulgossamer!"' in _clean(text)


def test_escaped_quotes_guard_html_attribute():
    """Guard: 《龙族5》's pasted HTML attribute keeps its escapes (most quotes are
    plain, and the escaped ones touch "=" and ">", not Chinese)."""
    line = (
        '    <span style=\\"font-family: Consolas, "Lucida Console", "Courier New", '
        'monospace; white-space: pre-wrap;\\">\n'
    )
    assert escaped_quote_edits("这一天终于来了。\n" + line) == []
    # the neighbour guard alone: all quotes escaped, none beside Chinese or a line edge
    only = '    <span style=\\"white-space: pre-wrap;\\">\n'
    assert escaped_quote_edits("这一天终于来了。\n" + only) == []


TAIL = "有跟石头较劲的，时间久了竟也在上面睡出了毛病。\n"


def test_excerpt_footer_with_end_marks():
    """excerpt_footer: 《被绑架的中国经济》's last lines go, the rule lines and the garbage
    glued to the last rule with them; the paragraph above stays."""
    rule = "━" * 59
    text = (
        "本书精华已为您连载完毕，谢谢阅读。\n\n--(本章结束)-\n- \n"
        + rule
        + " \n\n"
        + rule
        + " 窒Ｔ传"
    )
    out = _clean(TAIL + text)
    assert out.rstrip("\n") == TAIL.rstrip("\n")


def test_excerpt_footer_before_chapter_end():
    """excerpt_footer: 《一问一世界》 ends "谢谢阅读。" then "(本章完)"."""
    text = TAIL + "本书精华已为您连载完毕，谢谢阅读。\n \n(本章完)\n"
    assert _clean(text).rstrip("\n") == TAIL.rstrip("\n")
    assert excerpt_footer_edits(TAIL + "本书精华已为您连载完毕，谢谢阅读\n")[0].start == len(TAIL)


def test_excerpt_footer_guard_text_after():
    """Guard: the same words with a line of text under them (not the file's end) stay."""
    text = TAIL + "本书精华已为您连载完毕，谢谢阅读。\n" + TAIL
    assert excerpt_footer_edits(text) == []
    assert "谢谢阅读" in _clean(text)


def test_escaped_quotes_after_ellipsis_and_dash():
    """escaped_quotes: 《斯人独憔悴》's quotes after "――" and "……" (General Punctuation,
    not the CJK block) are mended too, the doubled close quote at the line's end as well."""
    text = (
        '\u3000\u3000冬冬搔了搔头说\\"仿佛是那位柳奶奶说，\\"看来你大女儿不喜欢我们在一起――\\"'
        '外公叹口气说，\\"恐怕我们只能像铁路上的两条钢轨，尽管一路并肩同行，'
        '可是永远也不会聚在一起……\\"\\"\n'
        "\u3000\u30001988年8月5日晨\n"
    )
    out = _clean(text)
    assert "\\" not in out
    assert '在一起――"外公叹口气说，"恐怕' in out
    assert '不会聚在一起……""\n' in out


def _pages(first: int, count: int) -> str:
    """《社会契约论》 (汉译世界学术名著丛书, a PDF read to text) from page 9: the mark, the
    running head with the page number in full-width digits (reversed on even pages:
    "０１第　一　卷" is page 10), the page's last paragraph (sentences of pages 9-14)."""
    body = [
        "我要探讨在社会秩序之中，能不能有某种合法的而又确切的政权规则。",
        "生为一个自由国家的公民并且是主权者的一个成员。",
        "怎样形成的？",
        "种需要一旦停止，自然的联系也就解体。",
        "贯都是凭事实来确定权利。",
        "做出结论说：君王都是神明，或者说，人民都是畜牲。",
    ]
    wide = str.maketrans("0123456789", "０１２３４５６７８９")
    out = ""
    for n in range(first, first + count):
        number = str(n).translate(wide)
        if n == 9:
            head = "第一卷"  # the book's heading on the page it opens: no number
        elif n % 2:
            head = "第二章\u3000论原始社会" + number
        else:
            head = number[::-1] + "第\u3000一\u3000卷"
        out += f"-- {n}\n\n    {head}\n\n    {body[(n - 9) % 6]}\n\n"
    return out


def test_pdf_page_marks_and_heads():
    """pdf_page_marks: the "-- N" marks go, the running heads with a page number too,
    the book's "第一卷" heading (no number) and every paragraph stay."""
    out = _clean(_pages(9, 12))
    assert "-- " not in out
    assert "０１第" not in out and "论原始社会１１" not in out and "论原始社会" not in out
    assert out.split("\n")[0] == "第一卷"
    assert out.count("怎样形成的？") == 2 and out.count("人民都是畜牲。") == 2
    assert len(pdf_page_mark_edits(_pages(9, 12))) == 12


def test_pdf_page_marks_guard_few_or_unordered():
    """Guard: fewer than 10 marks, or marks out of order (not pages), stay."""
    assert pdf_page_mark_edits(_pages(9, 9)) == []
    shuffled = _pages(9, 12)
    for n in (10, 12, 14, 16):
        shuffled = shuffled.replace(f"-- {n}\n", f"-- {n - 7}\n")
    assert pdf_page_mark_edits(shuffled) == []


def test_escaped_quotes_code_guard():
    """Review clause ``escaped_quotes_code``: a '\\"' on a line that also holds a plain
    '"' (a string literal's delimiter) stays, even when the escaped quotes are half of
    a text's quotes and touch Chinese: C, Python, CSV, a quoted Windows path."""
    c = '代码如下：\n\n    printf("他说：\\"你好\\"\\n");\n\n输出“他说：“你好””。\n'
    py = '例如：\ns = "\\"中文\\""\nprint(s)\n'
    csv = '名字,说明\n张三,"他说\\"好\\""\n'
    jsonl = '{"text": "他说：\\"你好\\"，\\"再见\\"，\\"好\\""}\n'
    path = '把文件复制到 "C:\\游戏\\" 和 "D:\\备份\\" 里。\n'
    for text in (c, py, csv, jsonl, path):
        assert escaped_quote_edits(text) == [], text
        assert _clean(text).count("\\") == text.count("\\"), text


def test_escaped_quotes_none_beside_chinese():
    """Review clause ``escaped_quotes_code``: with no escaped quote beside Chinese, the
    line edges alone mend nothing: LaTeX's umlaut '\\"U' opening a line, 'M\\"' ending
    one, a shell line's 'echo \\"'; 《沉沦》's Heine line '\\"ledetwohl,' is mended (its
    text has '飘荡。\\"oh')."""
    latex = 'Der Text:\n\\"Uber die Stra\\"se von M\\"unchen\nsagte M\\"\n'
    shell = 'echo \\"\necho \\"\n'
    assert escaped_quote_edits(latex) == [] and escaped_quote_edits(shell) == []
    text = '飘荡。\\"oh, you beautiful gossamer!\\"\n\u3000\u3000\\"ledetwohl,ihrglattensaale,\n'
    assert len(escaped_quote_edits(text)) == 3


def test_pdf_page_marks_first_line_with_a_number_stays():
    """Review clause ``pdf_head_number``: a page's first line that only carries a number
    (a numbered heading, not the page's) stays; the running heads around it go, and so
    does one whose digits were mangled but whose words are a running head's."""
    text = _pages(9, 12).replace("第二章\u3000论原始社会１５", "3. 论社会公约")
    text = text.replace("第二章\u3000论原始社会１７", "第二章\u3000论原始社会７１１")
    out = _clean(text)
    assert "3. 论社会公约" in out
    assert "论原始社会" not in out and "０１第" not in out
    # pages without running heads (a PDF read by pdf-parse): "Chapter 3" opens page 14
    pages = "".join(
        f"-- {n} of 20 --\n\n"
        + ("Chapter 3\n\n" if n == 14 else "")
        + f"The text of page {n} runs on here, line after line.\n\n"
        for n in range(1, 21)
    )
    assert "Chapter 3" in _clean(pages)
    assert len(pdf_page_mark_edits(pages)) == 20
