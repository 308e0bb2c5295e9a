"""Rule diary_date_lines (``transforms.diary_dates``): a diary's dated entries are its
sections. Excerpts of Aozora Bunko texts (GitHub aozorahack/aozorabunko_text, as the
pipeline cleans them: ruby and the typist's notes cut), each line cut after its first
sentence."""

from transforms.sections import find_sections

# 宮本百合子「日記 一九二七年（昭和二年）」(cards/000311/files/46245_ruby_55950): each entry
# opens with its date and weekday, the weather after the brackets ("（土曜）晴　暖").
YURIKO = """日記
一九二七年（昭和二年）
宮本百合子

一月七日（金曜）
『文芸春秋』のために、小説を書く。

一月十日（月曜）
風の工合どうもよろしからず。一日床につく。
Ｙ、会、買物。

松川やより返事。今が温泉にはよいときの由。寒温泉とか云う。
Ｙ行けばよし。

一月十一日（火曜）
サダをうちにやる。
午後、自分で来。
夕飯ありあわせですませ、秋庭さん十一時すぎてかえる。

一月十三日（木曜）
Ｙの留守のため、仕事す。

この日記十七日につけて居るのだが……

一月十四日（金曜）
『ウーマンカレント』のために感想「是は現実的な感想」。

一月十五日（土曜）晴　暖
今日は十五日正月。
"""

# 種田山頭火「其中日記（九）」(cards/000146/files/49258_ruby_36099): the date, a space and
# the weather; "七月廿四日　五日　六日" heads three days.
SANTOKA = """其中日記
（九）
種田山頭火

昭和十一年（句稿別冊）


七月二十二日　曇、晴、混沌として。

広島の酔を乗せて、朝の五時前に小郡へ着いた。
恥知らずめ！　不良老人め！

七月廿三日　曇。

夜も昼もこん〳〵睡りつゞけてゐたが、夕方ふつと眼覚めて街へ出かけた。
雨、風、泥酔、自棄。

七月廿四日　五日　六日

何ともいへない三日間だつた、転々してゐるうちに明けたり暮れたりした。

七月廿七日　晴。

暴風一過、けろりと凪いだ。……
身辺整理。

七月廿八日　曇。

元気なし、あたりまへだ、歯痛痔痛同時に起る、あたりまへだ。
"""


def _titles(text):
    sections, _ = find_sections(text)
    return [s.title for s in sections if s.title]


def test_diary_entries_with_weekday_are_sections():
    assert _titles(YURIKO) == [
        "一月七日（金曜）",
        "一月十日（月曜）",
        "一月十一日（火曜）",
        "一月十三日（木曜）",
        "一月十四日（金曜）",
        "一月十五日（土曜）晴 暖",
    ]


def test_diary_entries_with_weather_after_a_space_are_sections():
    assert _titles(SANTOKA) == [
        "七月二十二日 曇、晴、混沌として。",
        "七月廿三日 曇。",
        "七月廿四日 五日 六日",
        "七月廿七日 晴。",
        "七月廿八日 曇。",
    ]
