"""Clause ``traditional_ad_words``: the Traditional forms of the words the
site-advertisement rules key on, read as their Simplified forms.

The download-site words of ``transforms.site_ads`` ("下载", "请访问", "电子书",
"小说网", "本书由", "版权" ...) and its site name's "网" were written in
Simplified characters only; a Traditional e-book's notice says the same in
Traditional ("下載最新版本，請訪問: https://github.com/bgc2017/chtxt", the first
line of each of the 84 texts of oscarsun72/chtxt; "本書由「ePUBw.COM」整理",
"台灣小說網") and stayed in the training text while its Simplified twin was
cut. ``simplified_forms`` maps each Traditional character of those words to its
Simplified form, one character for one (offsets hold), before the words are
matched; the evidence each clause needs (a link, a repeat, a bracket) is
unchanged. Only the characters of the word lists are mapped, not a general
conversion: nothing else reads the result.

Cost: one ``str.translate`` of the short strings already being matched.
"""

from __future__ import annotations

# Traditional -> Simplified, the characters of site_ads' word lists
_PAIRS = "電电書书載载說说網网傳传費费製制請请訪访問问歡欢陸陆錄录圖图僅仅權权刪删評评閱阅讀读"
TRADITIONAL_TO_SIMPLIFIED = {ord(_PAIRS[i]): ord(_PAIRS[i + 1]) for i in range(0, len(_PAIRS), 2)}


def simplified_forms(s: str) -> str:
    """``s`` with the Traditional characters of the ad words in Simplified form
    ("請訪問" -> "请访问"), the same length."""
    return s.translate(TRADITIONAL_TO_SIMPLIFIED)
