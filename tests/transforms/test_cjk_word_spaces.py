"""Clause ``cjk_word_spaces`` (``transforms.cjk_word_spaces``, used by
``transforms.unwrap``): a CJK text that spaces its words joins its wraps with a
space; one that does not joins them tight."""

import numpy as np
import pytest

import transforms.unwrap as unwrap
from tests.transforms.test_cjk_layout import HONGLOU
from transforms.cjk_word_spaces import spaces_words
from transforms.clean import clean_text
from transforms.normalize import normalize_text

# manpages-zh 1.6.4.0, showkey(1) rendered by man at 80 columns (lines 14-21).
SHOWKEY = (
    "描述 (DESCRIPTION)\n"
    "       按下/松开 任一个 键 时, showkey 在  标准输出  显示  对应的  扫描码(scan\n"
    "       code),   键盘码(keycode),  或者  字符值.   如果  连续  10  秒钟  没发生\n"
    "       按下/松开 按键 事件 (该值 可用 --timeout 或 -t 设置), 本程序 自动 结束.\n"
    "       来自 其他进程 的 某些 信号 也可以 结束 程序, 例如 SIGTERM.\n"
    "\n"
    "       showkey   有   三种   操作模式,   显示   扫描码,   键盘码,   以及  测试\n"
    "       键盘映射(keymap), 可以 通过 命令行选项 选择 操作模式.\n"
)


def _clean(text: str) -> str:
    return clean_text(normalize_text(text)).text


def _cp(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)


def test_cjk_word_spaces_showkey_keeps_the_space_it_breaks_at():
    clean = _clean(SHOWKEY)
    assert "以及 测试 键盘映射(keymap)" in clean
    assert "秒钟 没发生 按下/松开" in clean
    # Only spaces differ from the page's words.
    assert clean.split() == SHOWKEY.split()


def test_cjk_word_spaces_off_glues_the_words(monkeypatch):
    monkeypatch.setattr(unwrap, "spaces_words", lambda cp: False)
    clean = _clean(SHOWKEY)
    assert "测试键盘映射" in clean and "没发生按下" in clean


@pytest.mark.parametrize(("text", "spaced"), [(SHOWKEY, True), (HONGLOU, False)])
def test_cjk_word_spaces_measure(text, spaced):
    assert spaces_words(_cp(text)) is spaced


def test_cjk_word_spaces_unspaced_prose_joins_tight():
    # 红楼梦 (the shared file): wrapped prose joins without a space, as before.
    clean = _clean(HONGLOU)
    assert "故将真事隐去，而借通灵说" in clean
