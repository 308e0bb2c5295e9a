"""Rule ``site_watermark``: the web site name that a Chinese e-book site stamps
into the text of its books, spelled a little differently each time so that a
search-and-replace misses it.

Web e-books (the "TXT小说" files users collect) carry, besides the banner at
the top that ``web_notice`` cuts, their site's address inside the text: a line
of its own ("wＷw．xiＡoshＵotxt.neｔt.xt.小.说.天.堂", "ＷＷＷ.xiＡosＨuoＴＸＴ.net"),
the end of a paragraph ("（1924年9月作，选自《野草》） www、xiaoshuotxt.net＿t＿xt，
小说天堂") or a bracket in a sentence ("道：「好！」［华夏网·电子书下载乐园—
Ｗww.China8.com.cn］"): 131 lines of a 周作人 collection, 67 of a 冯骥才 one, 16
paragraphs of a 白鹿原. The training text takes it as a word of the book.

A web address ("www" and a name that ends in net, com, org or cn, each letter
in either width, separators between them allowed) is a watermark when
``MIN_STAMPS`` or more of them in the text name the same site (its letters,
folded to lower-case ASCII) and the site is disguised: spelled at least two
ways, or mixing full-width and ASCII letters, or parted by other marks than
"." ("www、xiaoshuotxt", "w w w/xiao shu otx t"). A manual that links to
"https://www.debian.org" nine times spells it one way: it stays; so does a
novel typeset in full-width that names "ｗｗｗ．ｓｉｎａ．ｃｏｍ．ｃｎ" (clause
``one_width``: spellings are compared after folding widths). What is cut:

* the address, and after it the rest of its line when that holds at most
  ``NAME_CHARS`` CJK characters (the site's name, "t＿xt，小说天堂");
* the bracket around it ("［华夏网·电子书下载乐园—Ｗww.China8.com.cn］", "(下载小
  说到云轩阁 www。yunxuange。C ｏｍ)") when it closes on the line within
  ``BRACKET_CHARS``;
* before it, the marks and spaces that open its line;
* the name of a stamped site (the CJK characters after its address) at the end
  of a line, its characters parted by marks and the letters of "txt" or not
  ("！小＠说＃txt＄天＾堂＆", "小＿说 txt 天+堂", "... 选自《看云集》） t xt＋～小＜说＋天＞堂");
* clause ``other_sites``: an address of fewer stamps followed by a stamped
  site's name ("www.xiabook.com＜t＜xt＞小＜说天？堂"), as that site's stamp;
* clause ``stamped_name_line`` (session 34): in a text that stamps a site so (the
  evidence above), a line of its own that is a site's disguised name, its CJK
  characters parted by marks (and the letters of "txt"), at most ``NAME_CHARS`` of them,
  holding 小说/小說 and ending on a site's word (天堂, 网, 吧, 屋, 阁, 城, 站), the same name on
  ``MIN_STAMPS`` or more such lines: 张居正 (hankinghu/literature-books) stamps its
  "www.xiaoshuotxt.net" lines alone and its names on other lines ("！小＠说＃txt＄天＾堂＆",
  "大``学"生：小..说 网", "小..说..t.xt..天.堂"), so no address gave their name. Guards
  ``name_line_needs_stamps`` (a text with no stamped address keeps every line) and
  ``name_line_disguised`` (a line "小说天堂" written plainly, a title, stays);
* a line left empty goes with its line break.

Cost: one regex scan for "www" (either width); only the text after each hit is
folded and matched, and a stamped document's text is folded once more for the
site names: 0.07 s on the 32 shared books (17.9M characters; 1.4 s when the
whole text was folded and scanned), 0.04 s on the 周作人 collection.
"""

from __future__ import annotations

import re
from collections import defaultdict

from transforms.textedit import Edit

MIN_STAMPS = 3
BRACKET_CHARS = 60
NAME_CHARS = 8  # CJK characters of a site's name after its address

# Full-width ASCII folded to ASCII, one character for one (offsets hold).
_FOLD = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_SEP = r"[^\w\n]{0,3}"
ADDRESS_CHARS = 120  # an address with its disguise fits in this
# Clause watermark_scheme (session 35): the stamp's "http://" (any case) goes with its
# address; it stayed alone at the line's end ("（1922年2月作，选自《自己的园地》）" /
# "http://www.xiaoshuotxt.nett/xt.小/说.天+堂" left "http://", 周作人文集; 32 such lines in
# the five Chinese mirrors).
_SCHEME_BEFORE = re.compile(r"https?://\Z", re.I)
# "www" in either width and case, marks between: where an address may start.
_WWW = re.compile(r"[wWＷｗ][^\w\n]{0,3}[wWＷｗ][^\w\n]{0,3}[wWＷｗ]")
_ADDRESS = re.compile(
    rf"w{_SEP}w{_SEP}w{_SEP}(?:[a-z0-9]{_SEP}){{3,30}}?"
    rf"(?:n{_SEP}e{_SEP}t|c{_SEP}o{_SEP}m|o{_SEP}r{_SEP}g|c{_SEP}n)"
)
_NAME_CHAR = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")  # kana, ideographs
_JUNK = r"(?:[^\w\n]|[_tx])*"
_OPEN = "［【〔[(（"
_CLOSERS = ")）]］》」』”’"
_SPACES = " \t\u3000"
_CLOSE = {"［": "］", "【": "】", "〔": "〕", "[": "]", "(": ")", "（": "）"}


def _disguised(spellings: set[str]) -> bool:
    """Clause ``one_width``: an address written all in full-width letters
    ("ｗｗｗ．ｓｉｎａ．ｃｏｍ．ｃｎ", as a novel typeset in full-width writes it)
    is one spelling, not a disguise: spellings are compared, and their
    separators read, after folding full-width to ASCII; one address mixing
    the two widths ("wＷw．xiＡoshＵotxt") is a disguise."""
    for s in spellings:
        full = any("\uff01" <= c <= "\uff5e" and c.isalnum() for c in s)
        if full and any(c.isascii() and c.isalnum() for c in s):
            return True
    folded = {s.translate(_FOLD) for s in spellings}
    return len(folded) >= 2 or any(re.search(r"[^\w.]", s) for s in folded)


def watermark_edits(text: str) -> list[Edit]:
    """The edits of rule ``site_watermark`` (see module doc), sorted, disjoint."""
    hits = [m.start() for m in _WWW.finditer(text)]
    if len(hits) < MIN_STAMPS:
        return []
    found = defaultdict(list)
    for h in hits:
        m = _ADDRESS.match(text[h : h + ADDRESS_CHARS].translate(_FOLD).lower())
        if m:
            found[re.sub("[^a-z0-9]", "", m.group())].append((h, h + m.end()))
    cuts: list[tuple[int, int]] = []
    names: set[str] = set()
    stamped = [
        key for key, spans in found.items()
        if len(spans) >= MIN_STAMPS and _disguised({text[a:b].lower() for a, b in spans})
    ]  # fmt: skip
    for key in stamped:
        names.update(_cut_address(text, a, b, cuts) for a, b in found[key])
    names.discard(None)
    names.discard("")
    # Clause other_sites: an address of fewer stamps followed by a stamped
    # site's name is one of its stamps ("www.xiabook.com＜t＜xt＞小＜说天？堂").
    for key, spans in found.items():
        if key not in stamped:
            for a, b in spans:
                if _tail_name(text, b) in names:
                    _cut_address(text, a, b, cuts)
    if stamped:  # clause stamped_name_line (session 34)
        names.update(_name_lines(text))
    folded = text.translate(_FOLD).lower() if names else ""
    for name in names:
        # The name alone, between marks and the letters of "txt", at the end of
        # a line ("（1930年6月作，选自《看云集》） t xt＋～小＜说＋天＞堂").
        stamp = "".join(f"{_JUNK}{re.escape(c)}" for c in name)
        for m in re.finditer(f"(?:{stamp})+{_JUNK}$", folded, re.MULTILINE):
            a = m.start()
            while folded[a] in _CLOSERS:
                a += 1
            if a == folded.rfind("\n", 0, a) + 1 or folded[a - 1] in _SPACES + _CLOSERS:
                cuts.append((a, m.end()))
    return _edits(text, cuts)


_NAME_LINE = re.compile(
    r"^[^\w\n]*[\u4e00-\u9fff](?:(?:[^\w\n]|[_tTxXｔｘ])*[\u4e00-\u9fff]){1,7}[^\w\n]*$", re.M
)
_SITE_NAME = re.compile(r".*小[说說].*(?:天堂|[网網吧屋阁閣城站])")


def _name_lines(text: str) -> set[str]:
    """Clause ``stamped_name_line``: the disguised site names on lines of their own,
    ``MIN_STAMPS`` times or more."""
    seen: dict[str, int] = defaultdict(int)
    for m in _NAME_LINE.finditer(text):
        line = m.group().strip(_SPACES)
        name = "".join(_NAME_CHAR.findall(line))
        inner = line[line.find(name[0]) : line.rfind(name[-1])]
        # guard name_line_disguised: marks between its characters
        if _SITE_NAME.fullmatch(name) and len(inner) + 1 > len(name):
            seen[name] += 1
    return {name for name, n in seen.items() if n >= MIN_STAMPS}


def _line(text: str, a: int, b: int) -> tuple[int, int]:
    end = text.find("\n", b)
    return text.rfind("\n", 0, a) + 1, len(text) if end < 0 else end


def _tail_name(text: str, b: int) -> str | None:
    """The CJK characters after an address to its line's end, when few (a name)."""
    tail = text[b : _line(text, b, b)[1]]
    cjk = _NAME_CHAR.findall(tail)
    return "".join(cjk) if len(cjk) <= NAME_CHARS else None


def _cut_address(text: str, a: int, b: int, cuts: list) -> str | None:
    """Cut one stamp (its bracket, or it with its line's tail and head when those
    hold no text); the site's name after it, if any."""
    start, end = _line(text, a, b)
    opening = max(text.rfind(o, start, a) for o in _OPEN)
    if opening >= 0 and a - opening <= BRACKET_CHARS:
        close = text.find(_CLOSE[text[opening]], b, end)
        if close >= 0 and close - opening <= BRACKET_CHARS:
            cuts.append((opening, close + 1))
            return None
    name = _tail_name(text, b)
    if name is not None:
        b = end
    scheme = _SCHEME_BEFORE.search(text, max(start, a - 8), a)
    if scheme is not None:  # clause watermark_scheme (session 35)
        a = scheme.start()
    if not re.search(r"\w", text[start:a]):
        a = start
    cuts.append((a, b))
    return name


def _edits(text: str, cuts: list[tuple[int, int]]) -> list[Edit]:
    out: list[Edit] = []
    for a, b in sorted(set(cuts)):
        if out and a < out[-1].end:
            if b > out[-1].end:
                out[-1] = Edit(out[-1].start, b, "", "site_watermark")
            continue
        out.append(Edit(a, b, "", "site_watermark"))
    edits = []
    for e in out:
        a, b = e.start, e.end
        line_start = text.rfind("\n", 0, a) + 1
        line_end = text.find("\n", b)
        line_end = len(text) if line_end < 0 else line_end
        if not text[line_start:a].strip() and not text[b:line_end].strip() and line_end < len(text):
            a, b = line_start, line_end + 1  # the line goes with its break
        elif b >= line_end:  # the spaces before a cut at the line's end go with it
            while a > line_start and text[a - 1] in _SPACES:
                a -= 1
        else:  # one space of those around the cut goes with it
            while b < line_end and text[b] in _SPACES:
                b += 1
        edits.append(Edit(a, b, "", "site_watermark"))
    return edits
