"""Rule ``site_ad``, torn addresses (session 42, branch wtF; ``transforms.promo_lines``
calls these behind its CJK gate, after ``site_tails.bare_address_lines``). A download
site's address with its first label torn off (".jjxxs", ".56wen.com") is no address a
book writes: it is the stamp's own evidence. Survey of the five Chinese mirrors in
docs/quality/session-42-wtF.md.

* ``torn_inline_address``: a space, a dot and a host of lower-case letters and digits
  (one label of 3-15, a second of 2-4 allowed: ".qbxs.me", ".biqudao.xyz") glued between
  Han characters inside a sentence: "…吴青心中极为豆豆小说 .doudouxs欢喜…", "嘴里，含 .xxfo糊不清的
  说着什么。" (大唐再起, 我真不是魔神). The space and the address go; the words around them
  close up ("含糊不清"). Guards ``torn_inline_glued`` (a Han character right before the
  space and a Han character or a Chinese mark right after the address: an address in a
  Latin phrase, a file name ".txt" after a Latin word, stays), ``torn_inline_not_ending``
  (a host that is a domain's ending alone, ".net", ".com", ".cn", ".org", or two of them,
  ".com.cn", is a technology's or a suffix's name: "基于 .net平台", "注册 .com.cn域名"
  stay), ``torn_inline_site_ending`` (review, s42: a second label that is no download
  site's ending, ".tar.gz", is a file's name: it stays), ``torn_inline_single`` (review,
  s42, was ``torn_inline_short``: a single label, ".xfo", ".jjxxs", may be a file's or a
  program's name, ".gitignore", ".bashrc", ".class", ".mp3": it goes only when the text
  holds a torn address with a site's ending too, ".zwdu.me", ".biqudu.xyz", the stamp's
  own evidence; "（已在 .gitignore中过滤）" stays) and
  ``torn_inline_file`` (a word of files or programs right after it, 文件, 格式, 后缀, 扩展名,
  目录, 程序, 设置, 配置, 平台, 框架, 语言: "修改 .bashrc文件" names a file).
  Sub-clause ``torn_address_name``: the site's name glued before the space, two Han
  characters and a download site's word (小说, 读书, 书屋, 中文网, 文学), goes with it when
  the host's first label has at least as many letters as the name has characters (each
  character gives the address one letter or more): "太可怕久久小说 .jjxxs了！" -> "太可怕了！".

* ``torn_address_line``: a line of its own that is a torn address with a domain's
  ending (".56wen.com"), alone or after a site's name and a colon ("理想作文网：.lzuowen.com",
  走到人生边上). The line goes with its break. Guard ``torn_line_alone`` (anything else
  on the line, a sentence, a path, stays).

* ``stamped_host_copy``: a copy of a host that the text already shows as a stamp (cut by
  ``bare_address_line`` or ``torn_address_line``: its registered domain, "mihua.net" of
  货币战争5's "http://bOoK.mIHUa.NEt"), written plainly, alone on its line or in brackets
  there ("(www.mihua.net)", "(game.mihua.net)"), or at a line's end right after a
  sentence's end mark ("…能看见自己的真相吗？m.56wen.com"). The line goes with its break, or
  the address alone. Guard ``host_copy_line_end`` (a copy inside a sentence, words after
  it, stays) and ``host_copy_evidence`` (a host never stamped stays: 货币战争5's
  "(www.tenluo.com)").

Cost: one literal find of the ASCII "." (0.3 ms over zh_classics' 1.8 M characters), each
hit after a space, a break or a colon read; the host copies only in a text where a stamp
was found.
"""

from __future__ import annotations

import re

from transforms.textedit import Edit

RULE = "site_ad"
_HAN = "\u3400-\u4dbf\u4e00-\u9fff"
_SPACES = " \t\r\u3000"
_AFTER = f"[{_HAN}，。！？、；：”’…]"
# clause torn_inline_address: read at a " ." / "\u3000." the finds stop at
_TORN_AT = re.compile(r"[ \u3000]\.([a-z][a-z0-9]{2,14})(\.[a-z]{2,4})?(?=%s)" % _AFTER)  # noqa: UP031
# guard torn_inline_file: a file's or a program's name ("修改 .bashrc文件", "用 .htaccess设置")
_FILE_WORD = re.compile("文件|格式|后缀|扩展名|目录|程序|设置|配置|平台|框架|语言")
_ENDINGS = frozenset(("com", "net", "org", "cn", "cc"))  # guard torn_inline_not_ending
# guard torn_inline_site_ending: the endings of the torn hosts in the mirrors (xyz, me, top)
# and of the download sites' addresses; no file's extension (".tar.gz", ".so", ".py")
_SITE_ENDINGS = _ENDINGS | frozenset(("xyz", "me", "top", "la", "info", "tw", "vip", "biz"))
_NAME = re.compile(f"[{_HAN}]{{2}}(?:小说|读书|书屋|中文网|文学)$")  # sub-clause torn_address_name
_NAME_CHARS = 8  # the longest name _NAME reads: 2 + 3 characters, with room
# clause torn_address_line
_TORN_LINE = re.compile(
    f"(?:[{_HAN}]{{1,8}}[网站][：:][ \u3000]*)?"
    r"\.[a-z0-9][a-z0-9-]{1,20}(?:\.[a-z]{2,4})?\.(?:com|net|org|cn|cc)",
    re.I,
)
# clause stamped_host_copy
_HOST_CHARS = re.compile(r"[A-Za-z0-9.-]*$")
_SCHEME = re.compile(r"https?://$", re.I)
_SENTENCE_END = "。！？!?…”」』"
_PREFIXES = frozenset(("www", "wap", "3g", "m", "book", "bbs"))


def _han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u4dbf" or "\u4e00" <= ch <= "\u9fff"


def _dots(text: str) -> tuple[list[int], list[int]]:
    """One literal find of the ASCII "." (rare in Chinese text; a two-character key costs
    several times more, its first character being common): the places of a space before a
    ".", read by ``torn_inline_addresses``, and of a "." after a break, a colon, a space or
    at the text's start, read by ``torn_address_lines``."""
    inline: list[int] = []
    lines: list[int] = []
    pos = text.find(".")
    while pos >= 0:
        before = text[pos - 1] if pos else "\n"
        if before in " \u3000":
            inline.append(pos - 1)
            lines.append(pos)
        elif before in "\n：:":
            lines.append(pos)
        pos = text.find(".", pos + 1)
    return inline, lines


def torn_inline_addresses(text: str, places=None) -> list[Edit]:
    """Clause ``torn_inline_address`` and sub-clause ``torn_address_name`` (module doc),
    read at ``places`` (``_dots``' first list)."""
    found: list[tuple[int, int, bool]] = []  # (start, end, a site's ending)
    for pos in _dots(text)[0] if places is None else places:
        m = _TORN_AT.match(text, pos)
        if (
            m
            and pos > 0
            and _han(text[pos - 1])  # guard torn_inline_glued
            and not _FILE_WORD.match(text, m.end())  # guard torn_inline_file
        ):
            label, second = m.group(1), m.group(2)
            if label in _ENDINGS:  # guard torn_inline_not_ending
                continue
            if second and second[1:] not in _SITE_ENDINGS:  # guard torn_inline_site_ending
                continue
            start = pos
            name = _NAME.search(text, max(0, pos - _NAME_CHARS), pos)
            if name and len(label) >= len(name.group()):  # sub-clause torn_address_name
                start = name.start()
            found.append((start, m.end(), bool(second)))
    if not any(site for _, _, site in found):  # guard torn_inline_single
        return []
    return [Edit(s, e, "", RULE) for s, e, _ in found]


def _line_at(text: str, pos: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return a, len(text) if b < 0 else b


def torn_address_lines(text: str, places=None) -> tuple[list[Edit], list[str]]:
    """Clause ``torn_address_line`` (module doc) read at ``places`` (``_dots``' second
    list): the cuts and the torn hosts' domains."""
    cuts: list[Edit] = []
    domains: list[str] = []
    seen: set[int] = set()
    for pos in _dots(text)[1] if places is None else places:
        a, b = _line_at(text, pos)
        if a in seen:
            continue
        seen.add(a)
        line = text[a:b].strip(_SPACES)
        if _TORN_LINE.fullmatch(line):  # guard torn_line_alone
            cuts.append(Edit(a, min(b + 1, len(text)), "", RULE))
            domains.append(domain_of(line.rsplit("：", 1)[-1].rsplit(":", 1)[-1]))
    return cuts, domains


def torn_site_stamps(text: str, stamped: list[str]) -> list[Edit]:
    """The three clauses (module doc); ``stamped``: the addresses other clauses cut as
    stamps (``bare_address_line``'s lines), whose hosts' copies go too."""
    inline, lines = _dots(text)
    cuts, domains = torn_address_lines(text, lines)
    cuts += torn_inline_addresses(text, inline)
    return cuts + stamped_host_copies(text, domains + [domain_of(a) for a in stamped])


def domain_of(address: str) -> str:
    """The registered domain of an address, lower case: its last two labels, three
    under a country's "com.cn"-like ending ("http://bOoK.mIHUa.NEt" -> "mihua.net")."""
    host = address.split("://", 1)[-1].split("/", 1)[0].replace(" ", "").lower()
    labels = [x for x in host.split(".") if x]
    keep = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _ENDINGS else 2
    if len(labels) < keep or labels[-keep] in _PREFIXES:
        return ""  # "www. .com": the host lost, nothing to match copies against
    return ".".join(labels[-keep:])


def stamped_host_copies(text: str, domains) -> list[Edit]:
    """Clause ``stamped_host_copy`` (module doc): the copies of ``domains``' hosts."""
    wanted = {d for d in domains if "." in d}
    if not wanted:
        return []
    cuts: list[Edit] = []
    for dom in sorted(wanted):
        # a case-blind search, not text.lower(): lower() may change the text's length ("İ")
        for m in re.finditer(re.escape(dom), text, re.I):
            start, end = m.span()
            a, b = _line_at(text, end)
            left = _HOST_CHARS.search(text, a, start).start()
            if left < start and text[start - 1] != ".":
                continue  # "xmihua.net": another host
            scheme = _SCHEME.search(text, a, left)
            if scheme:
                left = scheme.start()  # "http://m.56wen.com", "http://56wen.com"
            before = text[a:left].rstrip(_SPACES)
            after = text[end:b].strip(_SPACES)
            if before in ("(", "（") and after in (")", "）"):
                before, after = "", ""
            if after:
                continue  # guard host_copy_line_end (and a longer host, "mihua.network")
            if not before:
                cuts.append(Edit(a, min(b + 1, len(text)), "", RULE))
            elif before[-1] in _SENTENCE_END:
                cuts.append(Edit(left, a + len(text[a:b].rstrip(_SPACES)), "", RULE))
    return cuts
