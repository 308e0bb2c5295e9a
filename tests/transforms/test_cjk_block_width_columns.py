"""Clause ``block_width_columns`` (``transforms.cjk_block_width.block_wraps``): a
line's width in its block is its display columns (a CJK character two, ASCII one)
and its indent, so a line holding Latin words is not taken for the block's widest
and the block's full CJK lines still join."""

from transforms.clean import clean_text
from transforms.normalize import normalize_text

# fortunes-zh 2.98 ``chinese`` lines 3439-3447, the Debian Social Contract's entry on
# non-free works (its colour codes left out), wrapped at 56 columns.
DFSG = (
    "          + 我们明了，某些我们的用户需要使用不符合 Debian 自由软件指\n"
    "            导方针的作品。我们为这些作品，在我们的档案库中留出了\n"
    '            “contrib" 以及 “non-free" 目录。在这些目录下的软件包，并\n'
    "            不属于 Debian 系统尽管它们已被配置成可以在 Debian 下使用\n"
    "            。我们鼓励光盘制造商阅读这些目录下的软件的许可证，以判断\n"
    "            他们是否可以在光盘中发行这些软件。所以，尽管非自由软件并\n"
    "            非 Debian 系统的一部分，我们仍支持它们的使用，并且我们为\n"
    "            非自由软件提供了公共资源 (诸如我们的缺陷跟踪系统以及邮件\n"
    "            列表)。\n"
)


# The same file, lines 29971-29975: 诗经 小戎 set a stanza a line, 104-106 columns.
# Lines like these make the document's wrap width twice the entry's, so the entry
# is joined at its own block's width (clause block_width).
XIAORONG = (
    "《詩經‧ 國風‧ 秦‧ 小戎》\n"
    "\n"
    "    小戎俴收，五楘梁輈，游環脅驅，陰靷鋈續，文茵暢轂，駕我騏馵。言念君子，溫其如玉。在其板屋，亂我心曲。\n"
    "    四牡孔阜，六轡在手，騏駵是中，騧驪是驂，龍盾之合，鋈以觼軜。言念君子，溫其在邑。方何為期，胡然我念之。\n"
    "    俴駟孔羣，厹矛鋈錞，蒙伐有苑，虎韔鏤膺，交韔二弓，竹閉緄縢。言念君子，載寢載興。厭厭良人，秩秩德音。\n"
)


def _clean(text: str) -> str:
    return clean_text(normalize_text(text)).text


def test_block_width_columns_full_cjk_lines_beside_latin_words_join():
    out = _clean(DFSG + "%\n" + XIAORONG).partition("%")[0]
    assert "以判断他们是否可以" in out
    assert "非自由软件并非 Debian 系统" in out
    assert "并且我们为非自由软件提供了" in out
    # The text itself is kept: only line breaks go.
    assert "".join(out.split()) == "".join(DFSG.split())
