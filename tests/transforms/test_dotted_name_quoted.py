"""Guard dotted_name_quoted (session 44, integrator): a name parted by "·" alone in
quotation marks is prose citing a name, not a site stamp in a bracket; it stays. A
bracket, a pipe pair, a credit or an address still mark a stamp. Found by the README
itself read as a book (tests/transforms/test_code_blocks.py): its example sentence lost
the quoted name."""

from __future__ import annotations

from transforms.clean import clean_text
from transforms.normalize import normalize_text


def _clean(text: str) -> str:
    return clean_text(normalize_text(text)).text


def test_a_quoted_dotted_name_in_chinese_prose_stays():
    line = '他在报上看到"新·浪·网"三个字，才想起那家公司。\n'
    assert _clean(line) == line


def test_the_readme_sentence_keeps_its_example():
    line = 'a name parted by "·" or "/" goes only in a closing bracket, while a story\'s "新·浪·网" stays.\n'
    assert '"新·浪·网"' in _clean(line)


def test_bracketed_and_piped_dotted_stamps_still_go():
    # 货币战争's stamp (the one dotted stamp in the 4,467 Chinese texts) and a pipe pair
    assert _clean("第十章[奇·书·网]金融战争\n") == "第十章金融战争\n"
    assert _clean("看书到|新·浪·网|。\n") == "看书到。\n"


def test_a_quoted_stamp_with_other_marks_still_goes():
    assert _clean('欢迎访问"奇-书-网"。\n') == "欢迎访问。\n"
