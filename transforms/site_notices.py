"""Rule ``site_ad``, a download site's notices to its reader (session 43, branch wtF;
``transforms.promo_lines`` calls these behind its CJK gate). Lines a site or an uploader
writes into a book it serves that name no address, so the link-keyed clauses
(``web_notice``, ``promotion_link_line``) never read them; they stood in the training
text of 11 texts (10 books) of the five Chinese mirrors (survey in docs/quality/session-43-wtF.md).

* ``download_disclaimer_line``: a line of its own, at most ``NOTICE_CHARS`` characters
  (spaces aside), that tells the reader what to do with the file: "声明：本书仅供读者预览，请在
  下载24小时内删除，不得用作商业用途；如果喜欢请购买正版图书！" (万历十五年's last line, 生死疲劳's
  first and last, 白马啸西风's first, between the books of 陆小凤传奇全集), "声明：本书网络收集整理
  制作，仅供交流学习使用，版权归原作者和出版社所有，如果喜欢，请支持订阅购买正版." , "全书选载完毕，
  更多精彩，请见原书。呼吁读者购买正版图书。" (邻家的百万富翁), "最聪明的傻瓜提示您：长期看电子书有损
  视力健康，建议购买实体书" (国富论, 麦田里的守望者, 5 copies). Its evidence is three
  different notice words (``_NOTICE_WORD``: 仅供, 预览, 删除, 商业用途, 正版, 实体书, 版权归,
  下载, 电子书, 购买 ...), one of them a word a notice needs (``_ANCHOR``: 仅供, 正版,
  实体书), and a word for the book as a thing (``_BOOK``: 书, 作品). The line goes with its
  break. Guards ``disclaimer_needs_book`` (a sentence about buying software, "我们要购买正版
  软件，不要下载盗版。", names no book), ``disclaimer_to_reader`` (the line speaks to its
  reader: 请, 建议, 呼吁, 不得, 您; "这本书是正版的，我在书店购买的，不是电子书。" tells of a
  book and stays), ``disclaimer_not_speech`` (a quotation mark: a
  character's words, "“这本书仅供内部交流，看完请删除，别买正版。”", stay) and
  ``disclaimer_not_narrated`` (a "他"/"她": a story's line, as ``promotion_line_narrated``).
  Sub-clause ``disclaimer_block_line``: a line right above or below a cut one (no blank
  line between) with two notice words and a site's word (本站, 网站, 网络, 书友), at most
  ``NOTICE_CHARS``: 生死疲劳's "本站提供的生死疲劳版权属于作者莫言。…与网站无关。" goes with the
  disclaimer under it.

* ``reader_app_promo``: a line of its own, at most ``APP_CHARS`` characters (spaces aside),
  that recommends a reading app: "app" in any case, "听书" and one more of 零广告, 阅读模式,
  公众号, 下载 ("ps:书友们，我是爱潜水的乌贼，推荐一款免费小说app，支持小说下载、听书、零广告、
  多种阅读模式。请您关注微信公众号：…", 31 copies in 诡秘之主; the same in 妖孽龙皇在都市 and
  龙族5, an author's name each time: the pirate sites' template). The line goes with its
  break. Guard ``app_promo_not_speech`` (a Chinese quotation mark: a character speaking of
  an app, "“这个app能听书，零广告。”", stays).

Cost: six one-character finds (``_KEYS``: 供, 版, 体, 體, 听, 聽, each hit's neighbour read
for 仅供, 正版, 实体书, 听书) and the lines holding a key: ~3 ms over zh_classics' 1.8 M
characters (two-character finds took ~20 ms).
"""

from __future__ import annotations

import re

from transforms.textedit import Edit

RULE = "site_ad"
NOTICE_CHARS = 100
EDGE_LINES = 5  # guard disclaimer_placed: the front or back matter, in non-blank lines
_ENDS = "。！？!?；;…”」』）)"
APP_CHARS = 200
# The keys' rarest character, found alone (a one-character find is ~5x a two-character
# one's speed), and the neighbour that makes the key: 仅供/僅供, 正版, 实体书/實體書, 听书/聽書
_KEYS = (("供", -1, "仅僅"), ("版", -1, "正"), ("体", 1, "书"), ("體", 1, "書"), ("听", 1, "书"))
_KEYS += (("聽", 1, "書"),)
_SPACES = " \t\r\u3000"
_NOTICE_WORD = re.compile(
    "[仅僅]供|[预預][览覽]|[试試][阅閱读讀]|交流|[删刪]除|商[业業]|正版|[实實][体體][书書]|"
    "版[权權]|[下][载載]|[电電]子[书書]|[购購][买買]|原[书書]|[选選][载載]|更多精彩|[声聲]明|"
    "本站|[网網]站|无关|無關|[订訂][阅閱]"
)
_ANCHOR = re.compile("[仅僅]供|正版|[实實][体體][书書]")
_BOOK = re.compile("[书書]|作品")
_SITE = re.compile("本站|[网網]站|[网網][络絡]|[书書]友")
_QUOTE = re.compile("[“”「」『』]")
_NARRATED = re.compile("(?<!其)[他她]")
_TO_READER = re.compile("[请請]|[建][议議]|呼[吁籲]|不得|您")
_APP = re.compile("app", re.I)
_APP_WORD = re.compile("零[广廣]告|[阅閱][读讀]模式|公[众眾][号號]|[下][载載]")


def _key_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line holding one of ``_KEYS``, once per line, in order."""
    starts: set[int] = set()
    n = len(text)
    for char, step, pair in _KEYS:
        pos = text.find(char)
        while pos >= 0:
            if 0 <= pos + step < n and text[pos + step] in pair:
                starts.add(text.rfind("\n", 0, pos) + 1)
                b = text.find("\n", pos)
                pos = text.find(char, n if b < 0 else b)
            else:
                pos = text.find(char, pos + 1)
    out = []
    for a in sorted(starts):
        b = text.find("\n", a)
        out.append((a, len(text) if b < 0 else b))
    return out


def _width(line: str) -> int:
    return len("".join(line.split()))


def _words(line: str) -> set[str]:
    return {m.group() for m in _NOTICE_WORD.finditer(line)}


def _disclaimer(line: str) -> bool:
    """Clause ``download_disclaimer_line``'s test of one stripped line."""
    if not line or _width(line) > NOTICE_CHARS or not _ANCHOR.search(line):
        return False
    if _QUOTE.search(line) or _NARRATED.search(line):  # guards not_speech, not_narrated
        return False
    if _BOOK.search(line) is None or _TO_READER.search(line) is None:  # needs_book, to_reader
        return False
    return len(_words(line)) >= 3


def _app_promo(line: str) -> bool:
    """Clause ``reader_app_promo``'s test of one stripped line."""
    if _width(line) > APP_CHARS or not _APP.search(line) or _QUOTE.search(line):
        return False
    return ("听书" in line or "聽書" in line) and _APP_WORD.search(line) is not None


def _block_line(text: str, a: int, b: int) -> bool:
    """Sub-clause ``disclaimer_block_line``'s test of the line text[a:b]."""
    line = text[a:b].strip(_SPACES)
    if not line or _width(line) > NOTICE_CHARS or _QUOTE.search(line):
        return False
    return len(_words(line)) >= 2 and _SITE.search(line) is not None


def _placed(text: str, a: int, b: int) -> bool:
    """Guard ``disclaimer_placed``: the line sits where a site puts its notice, among the
    first or last ``EDGE_LINES`` non-blank lines, or set apart from the prose: its nearest
    non-blank line above or below is two or more blank lines away, or is a short line with
    no sentence end (a heading, a byline, "开始阅读 》》》", an uploader's line). An essay's
    or preface's sentence between two paragraphs of the book stays."""
    for step in (-1, 1):
        pos, blanks, seen = (a, b), 0, 0
        while seen < EDGE_LINES:
            if step < 0:
                if pos[0] == 0:
                    return True
                up = text.rfind("\n", 0, pos[0] - 1) + 1
                pos = (up, pos[0] - 1)
            else:
                if pos[1] >= len(text) - 1:
                    return True
                nb = text.find("\n", pos[1] + 1)
                pos = (pos[1] + 1, len(text) if nb < 0 else nb)
            line = text[pos[0] : pos[1]].strip()
            if not line:
                blanks += 1
                continue
            if seen == 0 and (blanks >= 2 or (_width(line) <= 30 and line[-1] not in _ENDS)):
                return True
            seen += 1
    return False


def _line_cut(text: str, a: int, b: int) -> Edit:
    return Edit(a, min(b + 1, len(text)), "", RULE)


def reader_notices(text: str) -> list[Edit]:
    """Clauses ``download_disclaimer_line`` (with ``disclaimer_block_line``) and
    ``reader_app_promo`` (module doc): the cut lines, each with its break."""
    cuts: list[Edit] = []
    for a, b in _key_lines(text):
        line = text[a:b].strip(_SPACES)
        if _app_promo(line):
            cuts.append(_line_cut(text, a, b))
        elif _disclaimer(line) and _placed(text, a, b):
            cuts.append(_line_cut(text, a, b))
            if a > 0:  # the line above, when no blank line parts them
                up = text.rfind("\n", 0, a - 1) + 1
                if _block_line(text, up, a - 1):
                    cuts.append(_line_cut(text, up, a - 1))
            if b < len(text):  # the line below, likewise
                nb = text.find("\n", b + 1)
                nb = len(text) if nb < 0 else nb
                if _block_line(text, b + 1, nb):
                    cuts.append(_line_cut(text, b + 1, nb))
    return sorted(set(cuts), key=lambda e: e.start)
