"""Rule ``author_note`` (opt-in: ``--drop-author-notes``; not in ``boilerplate.RULES``,
so the default keeps every such line): a web novel's (网络小说) author's notes to the
readers, which the serial sites print inside the chapters and their TXT downloads keep
(session 31; session 30 counted 279 such lines in 17 of 33 web novels of
zzk6780051/novel and kept them by decision: they are the author's own text). A user
who wants the story alone turns the rule on. Named clauses:

* ``author_ps_line``: a line that opens, after its indentation and an optional "（"/"(",
  with "PS"/"ps"/"P.S." and a colon ("ps：新时期，求票求收藏", "PS：剧情进入大后期啦…",
  "（PS：求推荐票！）"), and holds a Han character: the whole line.
  ``author_ps_line_serial``: the line speaks of the serial (求票/求订阅…, 月票, 订阅, 收藏,
  打赏, 鲜花, 更新/加更/"三更", 上架, 书友, 新书, 码字, 读者, 作者, 本书, 本文, 剧情, 完结,
  "第N章"): a letter's postscript in a novel ("PS：丹麦鱼子酱也不赖。", "PS：很不幸的，乔安的
  爸爸已经寄来通知，要求赔偿…", 5 lines of hankinghu/literature-books 201) or a book's
  aside ("PS：弗洛伊德把梦境分为…", 005) has none of them and stays; so does an author's
  PS about anything else ("ps：莫慌，相信政府相信党…").
* ``vote_call_line``: a line of at most ``CALL_LINE_CHARS`` characters, no quotation
  mark in it (a character's speech stays), that asks for the sites' votes or gifts:
  求 + 月票/推荐票/订阅/收藏/鲜花/打赏/金牌/红包 ("求月票，求月票，求月票！",
  "第3更，求推荐票。", "11月继续求月票，请大家多多支持。"), or that opens with 感谢/谢谢
  and names a tip (打赏, 月票, 盟主, 舵主, 红包: "感谢天若企鹅的打赏").
  ``vote_call_note_title``: a line holding 总结/请假/感言/单章/章节已更 is the title of a
  chapter that is itself a note ("五月总结兼六月更新安排兼求月票（章节已更）", 《诡秘之主》
  of xiexie1993/fiction_Secret_Master, 7 such lines): cut, its note would run on under
  the chapter before; it stays (the note is a long text, not a line).
  A line holding a chapter's number ("正文 第四百二十五章韩熙载（求票，求订阅）", 《大唐再起》)
  is a title: never cut whole. "打赏的铜钱" inside a sentence of the story (《大唐再起》) is no call: the line is
  long, or opens with no thanks.
* ``title_call_bracket``: a bracket at the end of a chapter's title line ("第N章/回/节 …",
  a label such as "正文 " before it)
  that holds such a call or a count of the day's updates: "第607章 不愧是我姐（求月票）",
  "第八十四章 后生可畏（第十六更、求订阅与鲜花）": the bracket and the spaces before it;
  the title stays.

Not cut here: 晋江's "作者有话要说：" blocks (the default rule ``author_says``,
transforms.author_says, session 32, cuts them), 完本感言 chapters,
"新书已发布" notices (a chapter of their own, titled so).
"""

from __future__ import annotations

import re

from transforms.textedit import Edit

RULE = "author_note"
CALL_LINE_CHARS = 40

_CALL = r"求(?:月票|推荐票|订阅|收藏|鲜花|打赏|金牌|红包)"
_PS_LINE = re.compile(
    r"^[ \t\u3000]*[(（]?(?:P\.?S|p\.?s|Ps)[ \t]*[：:][^\n]*[\u3400-\u9fff][^\n]*(?:\n|$)",
    re.M,
)
_CALL_LINE = re.compile(
    r"^[ \t\u3000]*(?:[^\n]{0,40}?"
    + _CALL
    + r"|(?:感谢|谢谢)[^\n]{0,40}?(?:打赏|月票|盟主|舵主|红包))"
    r"[^\n]*(?:\n|$)",
    re.M,
)
# clause author_ps_line_serial: what an author's PS speaks of (votes, updates, the book)
_SERIAL_WORD = re.compile(
    r"求(?:票|月票|推荐|订阅|收藏|鲜花|打赏|投资|支持)|月票|推荐票|订阅|收藏|打赏|鲜花|更新|加更"
    r"|[一二三四五六七八九十\d]更|上架|书友|新书|码字|读者|作者|本书|本文|剧情|完结|第.{1,4}章"
)
_QUOTES = re.compile(r"[“”「」『』\"]")
_CHAPTER = r"第[0-9０-９零〇一二两三四五六七八九十百千万]{1,9}[章回节]"
_TITLE_CALL = re.compile(
    r"^([ \t\u3000]*(?:[^\n第]{1,12}[ \t\u3000])?" + _CHAPTER + r"[^\n]*?)"
    r"([ \t\u3000]*[(（][^\n()（）]*(?:" + _CALL + r"|求票|第[^\n()（）]{1,4}更|加更)"
    r"[^\n()（）]*[)）])[ \t\u3000]*$",
    re.M,
)
_TITLE_INSIDE = re.compile(_CHAPTER)
_NOTE_CHAPTER = re.compile(r"总结|请假|感言|单章|章节已更")


def author_note_edits(text: str) -> list[Edit]:
    """The cuts of the three clauses (``find_boilerplate`` merges overlaps)."""
    if "求" not in text and "PS" not in text.upper() and "谢" not in text:
        return []
    cuts = [
        Edit(m.start(), m.end(), "", RULE)
        for m in _PS_LINE.finditer(text)
        if _SERIAL_WORD.search(m.group())
    ]
    for m in _CALL_LINE.finditer(text):
        line = m.group().strip()
        if len(line) > CALL_LINE_CHARS or _QUOTES.search(line) or _TITLE_INSIDE.search(line):
            continue  # a long line, speech, or a chapter's title (title_call_bracket)
        if _NOTE_CHAPTER.search(line):
            continue  # clause vote_call_note_title: the title of a note's own chapter
        cuts.append(Edit(m.start(), m.end(), "", RULE))
    cuts += [Edit(m.start(2), m.end(2), "", RULE) for m in _TITLE_CALL.finditer(text)]
    return cuts
