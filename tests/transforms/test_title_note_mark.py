"""Session 29 (branch wtG): a title line closed by one note reference ("〔１〕") is a
title like its bare text (clause ``title_note_mark``, transforms.cjk_titles).

Excerpt: tallusil/luxun-novel-analysis (GitHub), data/combined/热风.txt (鲁迅, 热风, an
annotated edition, hard-wrapped at 38 columns, titles centred), the openings of three
随感录 pieces (五十七, 四十七, 六十六), each cut after its first two paragraphs.
"""

from __future__ import annotations

from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.structure import analyze_text

REFENG = (
    "                    \u3000\u3000五十七\u3000现在的屠杀者〔１〕\n"
    "\n"
    "\n"
    "    高雅的人说，“白话鄙俚浅陋，不值识者一哂之者也。”\n"
    "\u3000\u3000中国不识字的人，单会讲话，“鄙俚浅陋”，不必说了。“因为自己不通，所以提倡白\n"
    "话，以自文其陋”如我辈的人，正是“鄙俚浅陋”，也不在话下了。最可叹的是几位雅人，\n"
    "也还不能如《镜花缘》〔２〕里说的君子国的酒保一般，满口“酒要一壶乎，两壶乎，菜要\n"
    "一碟乎，两碟乎”的终日高雅，却只能在呻吟古文时，显出高古品格；一到讲话，便依然是\n"
    "“鄙俚浅陋”的白话了。四万万中国人嘴里发出来的声音，竟至总共“不值一哂”，真是可\n"
    "怜煞人。\n"
    "\n"
    "\n"
    "                            四\u3000十\u3000七〔１〕\n"
    "\n"
    "\n"
    "\u3000\u3000有人做了一块象牙片，半寸方，看去也没有什么；用显微镜一照，却看见刻着一篇行书\n"
    "的《兰亭序》〔２〕。我想：显微镜的所以制造，本为看那些极细微的自然物的；现在既用\n"
    "人工，何妨便刻在一块半尺方的象牙板上，一目了然，省却用显微镜的工夫呢？\n"
    "\u3000\u3000张三李四是同时人。张三记了古典来做古文；李四又记了古典，去读张三做的古文。我\n"
    "想：古典是古人的时事，要晓得那时的事，所以免不了翻着古典；现在两位既然同时，何妨\n"
    "老实说出，一目了然，省却你也记古典，我也记古典的工夫呢？\n"
    "\n"
    "\n"
    "                         六十六\u3000生命的路〔１〕 \n"
    "\n"
    "\n"
    "\u3000\u3000想到人类的灭亡是一件大寂寞大悲哀的事；然而若干人们的灭亡，却并非寂寞悲哀的事。\n"
    "\u3000\u3000生命的路是进步的，总是沿着无限的精神三角形的斜面向上走，什么都阻止他不得。\n"
)


def test_title_note_mark_titles_are_sections():
    text = clean_text(normalize_text(REFENG)).text
    titles = [s.title for s in analyze_text(text).sections]
    # was [""]: the note mark made each title read as punctuated text
    assert titles == [
        "五十七\u3000现在的屠杀者〔１〕",
        "四\u3000十\u3000七〔１〕",
        "六十六\u3000生命的路〔１〕",
    ]
