"""HTML left in a plain-text input: character references and stray inline tags.

A web novel saved from a site's pages as .txt (zzk6780051/novel's 《妖孽龙皇在都市》,
《龙族5悼亡者归来》, 《交错时光的爱恋》), a BBC article in a JSONL record ("communiqu&#233;",
"&#163;1.8m") keep what the site's escaper wrote; the model would read "&nbsp;" as tokens.
The HTML and EPUB readers (``transforms.html_text``, ``convert_charrefs``) already decode
once: a document read from markup is left alone (``markup_source``), so nothing is decoded
twice. Boilerplate rules (``--keep-boilerplate`` keeps the text as it is):

* ``html_entity``: a well-formed character reference, named (HTML 4's table and "&apos;", with the ";")
  or numeric (decimal, hex; a printable code point), decoded where the text shows it is
  HTML-escaped: it touches a letter, digit or CJK character (full-width punctuation
  too: "：&alpha;，阿尔法", 龙族5), or another reference
  ("communiqu&#233;", "古代&#8212;&#8212;太荒唐", "&nbsp;&nbsp;"), or it is escaped twice
  or more ("&amp;amp;lt;": clause ``double_escaped_entity``, decoded all the way). One
  standing between spaces ("write &amp; for an ampersand"), "&c." / "AT&T" / "A&P" (no
  ";", no such name) stay. A "&nbsp;" becomes an ASCII space.
  A run of coded CJK in plain CJK text is a site's advertisement, cut (``coded_site_ad``),
  when decoded it names a search, a site or a chapter (clause ``coded_site_ad_words``,
  review, session 31: other coded CJK is decoded, not cut).
* ``escaped_tag``: an escaped inline tag ("&lt;/p&gt;", "&amp;lt;br&amp;gt;") is cut whole
  unless it stands between spaces inside a line ("if a &lt;b&gt; c");
  one of another lower-case name only beside CJK text or alone on its line (clause
  ``escaped_tag_any_name``: "&lt;/tent&gt;" of 大唐再起).
* ``stray_html_tag``: a literal inline tag (span, strong, font, b, i, em, u, br, p, div,
  a, sup, sub, small, big, center; attributes as name=value) is cut where it is leftover
  markup: it touches a CJK character or ends its line's text, a br/p/div opens its line
  ("<p>So he went", Grimm's Fairy Tales in rcdm-uga/Gutenberg_Text), or it is one of an
  open/close pair on one line ("tissues--<i>i.e.</i>,"). "x<y", "a <b> c" alone, "<tent>",
  Darwin's "<I conclude>" stay. Clause ``stray_html_tag_type_argument`` (review, session
  31): a one-letter upper-case tag right after a name ("num_get<C>::_M_extract_int<I>",
  GCC's ChangeLog) is a type argument, kept unless paired or beside CJK. Clause
  ``stray_html_tag_paragraph_pair`` (review): the pair may span the lines of a paragraph.

Clause ``html_subject_kept``: a text that names HTML, XML or SGML (uppercase words) or
holds an HTML comment "<!--" (an HTML primer's example line, tests/transforms/
test_comment_notices.py), or a line that holds a backtick, is about markup or code:
nothing is touched there. Clause ``html_subject_kept_fenced_code`` (review, session 31):
the lines of a "```" fenced block are code too (a design note's JSX in
jbts6/wuxia-novel had lost its <div>/<p> tags).

Session 32: clause ``html_entity_no_semicolon`` decodes what browsers decode without the
";" ("&nbsp&nbsp</p>" of hankinghu's 我负丹青, "&quot"/"&#39" before a page split) and
broken forms (a full-width "；": "&gt；", "&amp;amp;#8226；"; "& nbsp;"), guarded (a URL's
query string, a name running on into a word, a cut-off "&#82" that would be a letter);
``html_entity_alone``: a reference alone on its line is decoded too; clause
``html_subject_kept_lower_case``: "html" in any case (not a file name's or a URL's) or a tag
named as a tag ("the <p> tag", "<div>标签") marks a text about HTML; clause
``html_subject_kept_comment_line``: only a "<!--" closed on its line does (a site's lone
"<!--" in a web novel had kept 4,164 "&quot;").

Cost: a "&" / "<" search over the text first (clause ``entity_prefilter``): a text holding
neither (most books) costs two ``str.find`` calls.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from html.entities import name2codepoint

from transforms.textedit import Edit

ENTITY_RULE, TAG_RULE, ESCAPED_TAG_RULE = "html_entity", "stray_html_tag", "escaped_tag"
RULES = (ENTITY_RULE, ESCAPED_TAG_RULE, TAG_RULE)

# Clause stray_html_tag_more_names (session 48): headings, strike-through and deletions
# ("<h3>1</h3>" 657 times in hexhero/book-txt's 遥远的救世主) are leftover markup as <b> is.
_INLINE = r"(?:span|strong|font|b|i|em|u|br|p|div|a|sup|sub|small|big|center|h[1-6]|strike|del)"
# Clause stray_html_tag_any_element (session 48): any other HTML element's tag is cut where
# it touches a CJK character: a site that hides a watermark in random elements
# ("<bdi>藏书网</bdi>", "<tt></tt>", "<dfn></dfn>", "<kbd>", "<samp>": hexhero/book-txt's
# 围城 and 遥远的救世主) left 176 and 36 such tags beside the prose.
_ELEMENT = (
    r"(?:abbr|address|article|aside|bdi|bdo|blockquote|caption|cite|code|dd|details|dfn|dl|dt"
    r"|figcaption|figure|footer|header|hr|ins|kbd|label|li|main|mark|nav|ol|pre|q|s|samp"
    r"|section|summary|table|td|th|time|tr|tt|ul|var|wbr)"
)
_AMP = r"&(?:amp;)*"
_REF = r"(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});"
_ENTITY = re.compile(rf"{_AMP}{_REF}")
# Clause html_entity_no_semicolon (session 32): what browsers decode without the ";" and
# broken forms: a full-width "；" ends any reference ("&#8226；", "&gt；"), "& nbsp;" (a
# space slipped in), "&nbsp" (a letter may follow: no word starts "nbsp"), "&amp" "&lt"
# "&gt" "&quot" before a character that is not ASCII letter, digit, "_", "=" or ";",
# numeric ones before a non-digit. Led by a literal "&".
_LOOSE = re.compile(
    rf"{_AMP}(?:[ \t]nbsp[;；]|(?:[A-Za-z][A-Za-z0-9]{{1,31}}|#[0-9]{{1,7}}|#[xX][0-9a-fA-F]{{1,6}})；"
    r"|nbsp(?![;=_])|(?:amp|lt|gt|quot)(?![;=\w])|(?:amp|lt|gt|quot)(?=[^\x00-\x7f])"
    r"|#[0-9]{2,7}(?![0-9;=])|#[xX][0-9a-fA-F]{2,6}(?![0-9a-fA-F;=]))"
)
_QUERY = re.compile(r"[?=]|://")  # a URL's query string: "?a=1&lt=2" stays
_URL_RUN = re.compile(r"[!-~]*\Z")  # the printable ASCII before a reference (no CJK, no space)
_CODED = r"(?:&#(?:[0-9]{4,7}|[xX][0-9a-fA-F]{4,6});)"
# led by a literal "&#" so that the engine looks for it fast
_CODED_RUN = re.compile(
    rf"&#(?:[0-9]{{4,7}}|[xX][0-9a-fA-F]{{4,6}});{_CODED}*(?:[\u4e00-\u9fff]{{1,12}}{_CODED}+)*"
)
_ESCAPED_TAG = re.compile(rf"{_AMP}lt;/?{_INLINE}\b[^&<>\n]{{0,200}}?/?{_AMP}gt;", re.I)
# Clause escaped_tag_any_name: another name ("&lt;/tent&gt;", 大唐再起) beside CJK or alone on its line
_ESCAPED_ANY = re.compile(rf"{_AMP}lt;/?[a-z][a-z0-9]{{0,15}}/?{_AMP}gt;")
_TAG = re.compile(rf"<(/?)({_INLINE})(?:\s+[\w:-]+\s*=[^<>\n]{{0,200}})?\s*/?>", re.I)
# Clause tagged_watermark (session 48): the same short text wrapped in an element beside
# CJK at least WATERMARK_MIN times in a document is the site's watermark, cut with its
# tags ("<bdi>藏书网</bdi>" 7 times in 围城, "<q>九九藏书</q>" 25 and ".99lib." 21 in
# 遥远的救世主): without it the tags went and "刑藏书网警" stayed inside the sentence. Not
# a heading's text (h1-h6: "<h3>1</h3>" is a section's number), nor one with a sentence
# mark or a space (a poem's line, "<small>晓芙：</small>"), nor a book title ("《围城》",
# a link), nor one seen fewer times. Beside CJK or beside another tag of a run of tags, and
# one at least right beside CJK (clause tagged_watermark_cjk: "<td>Yes</td><td>" rows stay).
WATERMARK_MIN = 3
_WRAPPED = re.compile(
    rf"<({_ELEMENT}|{_INLINE})(?:\s+[\w:-]+\s*=[^<>\n]{{0,200}})?\s*>"
    r"([^<>\s。！？，；：、]{1,12})</\1\s*>",
    re.I,
)
# Clause tagged_watermark_odd_element (review, session 48): one occurrence at least in an
# element that prose formatting does not use (a name of _ELEMENT: "<q>", "<dfn>", "<samp>",
# "<bdi>", "<tt>"): every watermark of 围城 and 遥远的救世主 has one; a page that bolds a
# name with "<b>" in one place and "<strong>" or "<em>" in another keeps the name.
_ODD_NAMES = frozenset(_ELEMENT[3:-1].split("|"))
_ELEMENT_TAG = re.compile(
    rf"<(/?)({_ELEMENT}|{_INLINE})(?:\s+[\w:-]+\s*=[^<>\n]{{0,200}})?\s*/?>", re.I
)
_BLOCK = ("br", "p", "div")
_SUBJECT = re.compile(r"\b(?:X?HTML|XML|SGML)\b")
_SUBJECT_ANY_CASE = re.compile(
    r"(?<![A-Za-z0-9./_:=%#?&@-])[xX]?(?:html|Html|HTML)5?(?![A-Za-z0-9_/@-]|\.[A-Za-z0-9])"
)
_COMMENT_LINE = re.compile(r"<!--[^\n]*?-->")  # closed on its line
_TAG_LINE = re.compile(r"^[ \t]*</?[A-Za-z][A-Za-z0-9]{0,15}(?:\s[^<>\n]*)?/?>", re.M)
_TAG_WORDS = ("tag", "Tag", "TAG", "lement", "LEMENT", "标签", "元素", "标记")
_TAG_NAMED = re.compile(
    r"(?:<|&lt;)/?[A-Za-z][A-Za-z0-9]{0,15}(?:>|&gt;)[ \t]?"
    r"(?:(?:[Tt]ag|TAG)[sS]?\b|(?:[Ee]lement|ELEMENT)[sS]?\b|标签|元素|标记)"
)
_WORD = re.compile(r"[^\W_]")  # a letter or digit of any script (CJK included)
# HTML 4's names (what escapers write), not HTML5's short ones ("&ap;" of a broken "r&amp;b")
_NAMES = {**name2codepoint, "apos": 0x27}
_CJK = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")


def _decode(ref: str) -> str | None:
    """The character(s) of one reference without its leading ``&(amp;)*``, or None."""
    body = ref[:-1]
    if body.startswith("#"):
        try:
            code = int(body[2:], 16) if body[1:2] in "xX" else int(body[1:])
        except ValueError:
            return None
        if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF or (code < 0x20 and code not in (9, 10)):
            return None
        char = chr(code)
        return None if 0x7F <= code < 0xA0 else char
    code = _NAMES.get(body)
    if code is None:
        return None
    return " " if code == 0xA0 else chr(code)


def _touches(text: str, start: int, end: int) -> bool:
    """A letter, digit or CJK character, or another reference, beside ``text[start:end]``."""
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if before and (_WORD.match(before) or _CJK.match(before) or before in ";…—“‘") or after == "&":
        return True
    return bool(after and (_WORD.match(after) or _CJK.match(after) or after in "…—”’"))


def _alone(text: str, start: int, end: int) -> bool:
    """Clause ``html_entity_alone`` (session 32): the reference is all its line holds
    (zzk6780051/novel 我在精神病院学斩神's 733 lines "    &quot;"): no prose names one so."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return not (text[line_start:start].strip() or text[end:line_end].strip())


def _coded_ads(text: str) -> list[Edit]:
    """Clause ``coded_site_ad``: a run of 6 or more numeric references (plain Chinese of
    up to 12 characters between them: the book's title), all CJK, in a text whose own CJK
    is written plainly (ten times as much, counted by its UTF-8 length): a site's
    advertisement coded against filters ("&#x767E;&#x9540;&#x4E00;&#x4E0B;..." =
    "百镀一下“妖孽龙皇在都市爪书屋”最新章节", zzk6780051/novel's 妖孽龙皇在都市), cut whole."""
    if "&#" not in text:  # clause entity_prefilter
        return []
    runs = [m for m in _CODED_RUN.finditer(text) if m.group().count("&#") >= 6]
    runs = [
        m
        for m in runs
        if all(
            _CJK.match(_decode(r[1:]) or "a") or (_decode(r[1:]) or "a") in "“”‘’"
            for r in re.findall(r"&#[^;]+;", m.group())
        )
    ]
    # clause coded_site_ad_words (review, session 31): the run decoded names a site, a
    # search or a chapter; a quoted poem coded in references is decoded, not cut
    runs = [m for m in runs if _AD_WORDS.search(_decode_run(m.group()))]
    if not runs:
        return []
    coded = sum(m.group().count("&#") for m in runs)
    plain = (len(text.encode("utf-8")) - len(text)) // 2  # CJK takes 3 bytes: fast count
    if plain < 10 * coded:
        return []
    return [Edit(m.start(), m.end(), "", ENTITY_RULE) for m in runs]


_AD_WORDS = re.compile(r"百度|百镀|搜索|章节|小说|书屋|书院|首发|网站|网址")


def _decode_run(run: str) -> str:
    return re.sub(r"&#[^;]+;", lambda r: _decode(r.group()[1:]) or "", run)


def _about_markup(text: str) -> bool:
    """Clause ``html_subject_kept``'s document test (the words looked up first: cheap)."""
    # an HTML comment closed on its line: a page's source, a primer's example, a markdown
    # doc's "<!--type=misc-->" (nodejs); clause html_subject_kept_comment_line (session
    # 32): a site's unclosed "<!--" left alone on a web novel's line (我在精神病院学斩神, 10 of them, had kept its
    # 4,164 "&quot;"; hankinghu's 血色浪漫 its 129 "&#39;") is no subject
    # review (session 32), clause html_subject_kept_comment_closed: a comment closed on a
    # later line is one too where a line opens with a whole tag (a page's or a primer's
    # "<!--" / "-->"); bookbao's closed site notice in 11 of hankinghu's books is not
    first = text.find("<!--")
    if first >= 0 and (
        _COMMENT_LINE.search(text) or (text.find("-->", first + 4) >= 0 and _TAG_LINE.search(text))
    ):
        return True
    if ("HTML" in text or "XML" in text) and _SUBJECT.search(text):
        return True
    # clause html_subject_kept_lower_case (session 32): "html" / "xhtml" / "html5" as a
    # word of any case, not a file name's or a URL's part ("12.html", "/html/"), or a tag
    # named as a tag ("the <div> tag", "<p>标签", "&lt;br&gt; element")
    # clause entity_prefilter: literal lookups before either regex (a 4 MB novel: 0.3 s)
    if ("html" in text or "Html" in text) and _SUBJECT_ANY_CASE.search(text):
        return True
    return any(w in text for w in _TAG_WORDS) and bool(_TAG_NAMED.search(text))


def _beside_cjk_or_alone(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if not (text[line_start:start].strip() or text[end:line_end].strip()):
        return True
    before = text[start - 1] if start else ""
    after = text[end : end + 1]
    return bool(_CJK.match(before) or _CJK.match(after)) or (before or "a") in "“”‘’…—"


_FENCE = re.compile(r"^[ \t]*```[^\n]*$", re.M)  # not "~~~": a novel's scene break


def _code_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the lines holding a backtick (clause ``html_subject_kept``), and of the
    lines between two "```" fence lines (clause ``html_subject_kept_fenced_code``)."""
    spans, i = [], text.find("`")
    while i >= 0:
        start, end = text.rfind("\n", 0, i) + 1, text.find("\n", i)
        end = len(text) if end < 0 else end
        spans.append((start, end))
        i = text.find("`", end)
    if "```" in text:
        fences = list(_FENCE.finditer(text))
        for opening, closing in zip(fences[::2], fences[1::2], strict=False):
            spans.append((opening.start(), closing.end()))
    return spans


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(s <= pos < e for s, e in spans)


def html_edits(text: str, rules: set[str] | frozenset[str] = frozenset(RULES)) -> list[Edit]:
    """The edits of rules ``html_entity``, ``escaped_tag``, ``stray_html_tag`` (see above)."""
    amp, lt = "&" in text, "<" in text  # clause entity_prefilter
    if not (amp or lt):
        return []
    code = _code_lines(text)
    edits: list[Edit] = []
    if amp and ESCAPED_TAG_RULE in rules:
        for m in _ESCAPED_TAG.finditer(text):  # not one between spaces ("if a &lt;b&gt; c")
            before, after = text[m.start() - 1 : m.start()], text[m.end() : m.end() + 1]
            spaced = before in (" ", "\t") and after in (" ", "\t")
            if not _inside(code, m.start()) and (
                not spaced or _beside_cjk_or_alone(text, *m.span())
            ):
                edits.append(Edit(m.start(), m.end(), "", ESCAPED_TAG_RULE))
        for m in _ESCAPED_ANY.finditer(text):
            if not _inside(code, m.start()) and _beside_cjk_or_alone(text, m.start(), m.end()):
                edits.append(Edit(m.start(), m.end(), "", ESCAPED_TAG_RULE))
    if amp and ENTITY_RULE in rules:
        edits += _coded_ads(text)
        for m in _ENTITY.finditer(text):
            name, depth = m.group()[1:], 0
            while name.startswith("amp;") and len(name) > 4:  # double_escaped_entity
                name, depth = name[4:], depth + 1
            char = _decode(name)
            twice = depth > 0
            if char is None or _inside(code, m.start()):
                continue
            if twice or _touches(text, m.start(), m.end()) or _alone(text, m.start(), m.end()):
                edits.append(Edit(m.start(), m.end(), char, ENTITY_RULE))
        edits += _loose_refs(text, code)
    if lt and TAG_RULE in rules:
        edits += _stray_tags(text, code)
    if not edits or _about_markup(text):
        return []
    edits.sort(key=lambda e: (e.start, -e.end))
    out: list[Edit] = []
    for e in edits:  # an escaped tag's references are inside its cut
        if not out or e.start >= out[-1].end:
            out.append(e)
    return out


def _loose_refs(text: str, code: list[tuple[int, int]]) -> list[Edit]:
    """Clause ``html_entity_no_semicolon``: the references of ``_LOOSE``, decoded where a
    well-formed one would be (touching a word, CJK or another reference, or escaped twice),
    not inside a URL's query string (a "?", "=" or "://" earlier in its run of non-space)
    nor on a code line. "AT&T", "R&D", "S&P", "&c." hold no such name and stay."""
    edits = []
    for m in _LOOSE.finditer(text):
        body, depth = m.group()[1:], 0
        while body.startswith("amp;") and len(body) > 4:
            body, depth = body[4:], depth + 1
        char = _decode(body.strip(" \t;；") + ";")
        if char is None or _inside(code, m.start()):
            continue
        if char.isascii() and char.isalnum() and not m.group().endswith("；"):
            # no escaper writes a letter or digit so: a cut-off one (激荡三十年's
            # "“5&#82第一股评家”", hankinghu) stays as it is
            continue
        run = _URL_RUN.search(text, max(0, m.start() - 300), m.start())
        if run and _QUERY.search(run.group()):
            continue
        if depth or _touches(text, m.start(), m.end()) or _alone(text, m.start(), m.end()):
            edits.append(Edit(m.start(), m.end(), char, ENTITY_RULE))
    return edits


def _stray_tags(text: str, code: list[tuple[int, int]]) -> list[Edit]:
    found = list(_TAG.finditer(text))
    starts = [o.start() for o in found]  # sorted (finditer order): _paired looks by bisect
    edits = []
    line = _Line(text)
    for m in found:
        if _inside(code, m.start()):
            continue
        start, end = m.start(), m.end()
        before = text[start - 1] if start else ""
        after = text[end] if end < len(text) else ""
        cjk = bool(_CJK.match(before) or _CJK.match(after))
        # Clause tag_line_once (session 44): "blank before the tag on its line" and
        # "blank after it" from the line's first and last non-blank, read once per
        # line (a slice and a scan of the line per tag: quadratic in a line of tags).
        opens = m.group(2).lower() in _BLOCK and start <= line.at(start)[0]
        if _type_argument(text, m) and not (cjk or _paired(text, m, found, starts)):
            continue
        if cjk or opens or end >= line.at(end)[1] or _paired(text, m, found, starts):
            edits.append(Edit(start, end, "", TAG_RULE))
    edits += _element_runs(text, code)
    edits += _tagged_watermarks(text, code)
    return edits


def _tagged_watermarks(text: str, code: list[tuple[int, int]]) -> list[Edit]:
    """Clause ``tagged_watermark`` (above): each wrapped occurrence of a repeated text."""
    seen: dict[str, list[re.Match]] = {}
    beside: set[str] = set()  # an English page's table "<td>1</td><td>2</td>" has none
    for m in _WRAPPED.finditer(text):
        a, b = m.span()
        if m.group(1)[:1] in "hH" and m.group(1)[1:].isdigit():
            continue
        if "《" in m.group(2) or _inside(code, a):  # a book's title links ("<a>《围城》</a>")
            continue
        before, after = text[a - 1 : a], text[b : b + 1]  # CJK, or the next tag of a run
        cjk = bool(_CJK.match(before) or _CJK.match(after))
        if cjk or before == ">" or after == "<":
            seen.setdefault(m.group(2), []).append(m)
            if cjk:  # clause tagged_watermark_cjk: one at least right beside CJK
                beside.add(m.group(2))
    # Clause tagged_watermark_elements: the site rotates the element ("<q>", "<dfn>", "<samp>"
    # around 九九藏书); a Chinese tutorial's "<code>print</code>" is always in one: kept.
    return [
        Edit(m.start(), m.end(), "", TAG_RULE)
        for word, found in seen.items()
        if len(found) >= WATERMARK_MIN
        and word in beside
        and len({m.group(1).lower() for m in found}) >= 2
        and any(m.group(1).lower() in _ODD_NAMES for m in found)
        for m in found
    ]


def _element_runs(text: str, code: list[tuple[int, int]]) -> list[Edit]:
    """Clause ``stray_html_tag_any_element``: each run of adjacent tags ("<abbr></abbr>")
    of any HTML element that touches a CJK character at either end is cut whole."""
    edits: list[Edit] = []
    run: list[re.Match] = []
    for m in [*_ELEMENT_TAG.finditer(text), None]:
        if m is not None and run and m.start() == run[-1].end():
            run.append(m)
            continue
        if run:
            a, b = run[0].start(), run[-1].end()
            if (_CJK.match(text[a - 1 : a]) or _CJK.match(text[b : b + 1])) and not _inside(
                code, a
            ):
                edits += [Edit(x.start(), x.end(), "", TAG_RULE) for x in run]
        run = [m] if m is not None else []
    return edits


class _Line:
    """The line holding a position (positions asked in order, or not: a new line is
    read when the position is outside the last one), as (first non-blank, one past the
    last non-blank); the whole line's length when it is blank."""

    def __init__(self, text: str):
        self.text = text
        self.start, self.end, self.blank = 0, -1, (0, 0)

    def at(self, pos: int) -> tuple[int, int]:
        if not self.start <= pos <= self.end:
            text = self.text
            self.start = text.rfind("\n", 0, pos) + 1
            end = text.find("\n", pos)
            self.end = len(text) if end < 0 else end
            line = text[self.start : self.end]
            first = self.start + len(line) - len(line.lstrip())
            self.blank = (first, self.start + len(line.rstrip()))
        return self.blank


def _type_argument(text: str, m: re.Match) -> bool:
    """Clause ``stray_html_tag_type_argument``: a one-letter upper-case opening tag with no
    attributes right after a name ("num_get<C>::_M_extract_int[abi:cxx11]<I>", GCC's
    libstdc++ ChangeLog in /usr/share/doc) is a template's or a type's argument: kept."""
    body = m.group()
    if len(body) != 3 or not body[1].isupper():
        return False
    before = text[m.start() - 1] if m.start() else ""
    return bool(before) and (before.isalnum() or before in "_]:>")


def _paired(text: str, m: re.Match, found: list[re.Match], starts: list[int]) -> bool:
    """``m`` opens or closes a tag of the same name on its line (with text between), or,
    clause ``stray_html_tag_paragraph_pair`` (review, session 31), in its paragraph (no
    blank line between, 2,000 characters at most): pg18857's "real <i>knowledge of the" /
    "earth</i>." and a verse "<i>In Sneffels ..." / "... Saknussemm</i>" lost only one end."""
    name, closing = m.group(2).lower(), bool(m.group(1))
    line_start = max(_blank_before(text, m.start()), m.start() - 2000)
    line_end = min(_blank_after(text, m.end()), m.end() + 2000)
    for o in found[bisect_left(starts, line_start) : bisect_left(starts, line_end)]:
        if o.group(2).lower() != name:
            continue
        if closing and not o.group(1) and o.end() < m.start() and text[o.end() : m.start()].strip():
            return True
        if not closing and o.group(1) and o.start() > m.end() and text[m.end() : o.start()].strip():
            return True
    return False


_BLANK = re.compile(r"\n[ \t\r]*\n")


def _blank_before(text: str, pos: int) -> int:
    """Where the paragraph holding ``pos`` starts (after the last blank line before it)."""
    start = max(0, pos - 2000)
    ends = [b.end() for b in _BLANK.finditer(text, start, pos)]
    return ends[-1] if ends else start


def _blank_after(text: str, pos: int) -> int:
    """Where the paragraph holding ``pos`` ends (the next blank line)."""
    b = _BLANK.search(text, pos, pos + 2000)
    return b.start() if b else min(len(text), pos + 2000)


_MARKUP_NAME = re.compile(r"\.(?:x?html?|epub)(?:\.(?:gz|bz2|xz|zst|lz4))?(?:$|[!:#/\\])", re.I)


def markup_source(source: str) -> bool:
    """Clause ``markup_source``: the document came from an HTML page or an EPUB (by its
    name), whose reader decoded the references once already."""
    return bool(_MARKUP_NAME.search(source))
