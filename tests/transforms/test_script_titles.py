"""Rule any_script_titles (``transforms.script_titles``): numbered titles that open
with a letter outside A-Z, on real lines of Debian's live-manual (fr, ja) and the
Ubuntu Packaging Guide (ru); lines main already reads (a line in capitals) keep
their reading."""

from transforms import headings as hd
from transforms.script_titles import number_candidates, script_title_candidates
from transforms.sections import find_sections


def _titles(text: str) -> list[tuple[int, str]]:
    return [(s.level, s.title) for s in find_sections(text)[0] if s.title]


def _kinds(line: str) -> list[str]:
    found = hd.line_candidates(line, 0, 0, len(line))
    return [c.kind for c in found or number_candidates(line, 0, 0, len(line))]


# live-manual.fr.epub (Debian live-manual 1:20180714), chapters 1-3 and their
# first sentences: "1." and "2." open with "À", "3." with A-Z (one series).
FRENCH = """1. À propos de ce manuel

L'objectif principal de ce manuel est de servir de point d'accès unique à tous les documents liés au Live Systems Project et particulièrement aux logiciels produits par le projet pour Debian 9.0 «stretch».

2. À propos du Live Systems Project

Lorsque le Live Systems Project a été lancé, il y avait déjà plusieurs systèmes live basés sur Debian et ils faisaient un excellent travail.

3. Installation

Les exigences pour la création des images des systèmes live sont très faibles:
"""

JAPANESE = """1. このマニュアルについて

このマニュアルは Live システムプロジェクトと、特に Debian 9.0「stretch」リリースに向けてプロジェクトにより作られるソフトウェアに関連するあらゆる文書にアクセスするための一元的な起点となります。

2. Live システムプロジェクトについて

Live システムプロジェクトが始まったとき、利用可能な Debian ベースの Live システムは既に複数あり、素晴らしい作業を行っていました。

3. インストール

Live システムイメージのビルドにはわずかながらシステム要件があります:
"""

# ubuntu-packaging-guide-epub-ru: its chapters, and a numbered list of steps
# (lower-case or sentence-long items) that stays text.
RUSSIAN = """1. Введение в разработку Ubuntu


Ubuntu состоит из тысяч различных компонентов, написанных на множестве языков программирования.

2. Подготовка


Существует несколько вещей, которые нужно сделать перед началом разработки в Ubuntu.

3. Исправление ошибок в Ubuntu


Если вы следовали инструкциям по подготовке к разработке Ubuntu, всё должно быть уже готово к работе.

1. Выполнить сборку пакета и проверить, что он компилируется без ошибок и компилятор не выдаёт дополнительных предупреждений

2. Выполнить обновление с предыдущей версии пакета до новой версии

Если это уязвимость в безопасности, о которой ещё не объявлено публично, то не отправляйте её.
"""


def test_any_script_titles_french_chapters_opening_with_a_capital_a_grave():
    assert _titles(FRENCH) == [
        (1, "1. À propos de ce manuel"),
        (1, "2. À propos du Live Systems Project"),
        (1, "3. Installation"),
    ]


def test_any_script_titles_japanese_chapters_caseless_titles():
    assert _titles(JAPANESE) == [
        (1, "1. このマニュアルについて"),
        (1, "2. Live システムプロジェクトについて"),
        (1, "3. インストール"),
    ]


def test_any_script_titles_russian_chapters_not_its_numbered_steps():
    assert _titles(RUSSIAN) == [
        (1, "1. Введение в разработку Ubuntu"),
        (1, "2. Подготовка"),
        (1, "3. Исправление ошибок в Ubuntu"),
    ]


def test_any_script_titles_lines_in_capitals_keep_their_kind():
    # Serbian (ELTeC srp, Dva idola) and Romanian (ELTeC rom) chapter lines in
    # capitals: main reads them as "caps"; the rule adds nothing to a line that
    # has a candidate (moving them into the numbered series lost chapters).
    for line in ("XVIII ГУБИЛИШТЕ", "XX. СВРШЕТАК", "I. ȚERILE ROMÂNE"):
        assert _kinds(line) == ["caps"], line
    assert script_title_candidates("XVIII ГУБИЛИШТЕ", 0, 0, 15)  # it would read it
    assert _kinds("1. À propos de ce manuel") == ["numbered"]
    assert _kinds("3. Installation") == ["numbered"]  # headings' own reading


def test_any_script_titles_lower_case_and_cjk_prose_lines_are_no_titles():
    # Hard-wrapped lines of a Chinese marketing book (世界营销绝招800例) that
    # open with a date or a time (clause cjk_quantity), items of a list in a
    # Chinese book on finance (clause caseless_title: a clause mark), and dates
    # in Czech and Serbian novels (ELTeC: a lower-case word after the number).
    for line in (
        "8 月初，当可果美第一批货品开始上市前，他们先决定了初步的销售目",
        "11 点开幕。由于号称是东南亚最大的综合百货公司，因此，开幕之前即利用",
        "8 月初",
        "1. 加强金融监管；",
        "18. června.",
        "18. октобра 1890",
    ):
        assert number_candidates(line, 0, 0, len(line)) == [], line


# ELTeC srp, Jovan Subotić's Kaluđer (1873, the old orthography): a part in
# capitals over chapters numbered "3. Код адвоката." (titles in Cyrillic).
KALUDJER = """

ДѢО ПРВИ.


I. Бал у манастиру.

Дебео снег бијаше поља покрио, и овај се напрам пуног мѣсеца блистао, као да је најлѣпшим разнобојним драгим камењем посут.

3. Код адвоката.

Кад ђак отиде, приступи о. Теофан к столу, на ком је јестиво било стављено, и сѣдне, да се мало подкрѣпи.

4. Екселенција.

Осване дан, кад ће сиромах о. Теофан да приступи Његовој Екселенцији.

5. Дворска комесија.

О. Теофан није био „сазидан“ од примања код Његове Екселенције. Више је очекивао од свога говора. Смислио бијаше све лѣпо и красно: како ће екселенцију задобити, показујући му се највећим привржеником и поштоватељем његових великих заслуга.
"""


def test_additive_only_keeps_the_part_its_numbered_chapters_would_drop():
    # Without the rule: the part alone (a line in capitals, by layout). The
    # numbered chapters alone make the book "numbered", and the layout rule
    # confirms no part: clause additive_only keeps the part over them.
    chapters = [(2, "3. Код адвоката."), (2, "4. Екселенција."), (2, "5. Дворска комесија.")]
    assert _titles(KALUDJER) == [(1, "ДѢО ПРВИ.")] + chapters


def test_additive_only_any_indent_ideographic_space():
    # Clause any_indent (review, wtA18r): Chinese e-texts indent every line with
    # ideographic spaces (U+3000), which the rules strip; the gate of clause
    # additive_only read only spaces and tabs, so such a text skipped the check
    # and lost the part in capitals (and 邓力群自述 so laid out lost 21 chapter
    # titles, "二 关于理论工作务虚会" among them).
    indented = "\n".join(
        "\u3000\u3000" + line if line.strip() else line for line in KALUDJER.split("\n")
    )
    chapters = [(2, "3. Код адвоката."), (2, "4. Екселенција."), (2, "5. Дворска комесија.")]
    assert _titles(indented) == [(1, "ДѢО ПРВИ.")] + chapters


# Pliny's Natural History (Bohn, Gutenberg 57493), lines of its contents: a
# number and a title opening with "Æ" that the rule gives no candidate.
PLINY = """3. Ætolia 275

32. Æolis 472

4. Locris and Phocis 276
"""


def test_one_pass_text_the_rule_gives_no_candidate():
    # Clause one_pass (review, wtA18r): a text whose lines the rule reads but
    # gives no candidate is read once, not twice (the cost of additive_only).
    from transforms.script_titles import additive_only
    from transforms.sections import find_headings, sections_from_headings

    calls = []

    def counting(text, any_script=True):
        calls.append(any_script)
        return find_headings(text, any_script=any_script)

    assert additive_only(PLINY, counting, sections_from_headings)[1] == find_headings(PLINY)
    assert len(calls) == 1
    calls.clear()
    additive_only(FRENCH, counting, sections_from_headings)  # a candidate: two passes
    assert len(calls) == 2


# Debian Reference zh-cn (debian-reference-zh-cn, chapter 2, sections 2.1.3 and
# 2.5.9): numbered steps; the first list follows a line ending with a colon. The
# rule's candidates chained "1." of the first list, "2." of the second and "3."
# of dpkg's steps into three sections (its English original: no heading on main).
APT_STEPS = """这是 APT 提供的软件包管理的简单事件流摘要。

更新（“apt update”、“aptitude update” 或 “apt-get update”）：

1. 从远程档案库获取档案库元数据

2. 重建和更新 APT 使用的本地元数据

升级（“apt upgrade” 和 “apt full-upgrade”，或 “aptitude safe-upgrade” 和 “aptitude full-upgrade”，或 “apt-get upgrade” 和 “apt-get dist-upgrade”）：

1. Choose candidate version which is usually the latest available version for all installed packages (see 第 2.7.3 节 “调整候选版本” for exception)

2. 解决软件包依赖关系


2.5.9. dpkg 命令


dpkg(1) 是 Debian 软件包管理中最底层的工具。它非常强大，必须小心使用。

当安装名为 “package_name” 的软件包时，dpkg 会按照下列的顺序处理它。

1. 解包 deb 文件（等同于 “ar -x”）

2. 使用 debconf(1) 执行 “package_name.preinst”

3. 将软件包安装到系统中（等同于 “tar -x”）

4. 使用 debconf(1) 执行 “package_name.postinst”

"""


def test_colon_list_numbered_steps_after_a_colon_are_no_sections():
    # Clause colon_list (review, wtA18r): as cjk_colon_list for "一、", the items
    # of a list that a line ending with a colon introduces are no candidates.
    assert _titles(APT_STEPS) == []  # the lone "2.5.9. dpkg 命令" is confirmed by no series


# live-manual.ja.epub (Debian live-manual 1:20151217), chapters 15-19, each with
# its first sentence.
JAPANESE_EXAMPLES = """15. コーディングスタイル

この章では Live システムで利用されているコーディングスタイルについて述べます。

16. 手順

この章では、Debian の他のチームと協調する必要のある、Live システムプロジェクトの様々な作業の手順について触れます。

17. Gitリポジトリ

Live システムプロジェクトの利用可能な全リポジトリ一覧は <http://http://anonscm.debian.org/cgit/debian-live/> にあります。

18. 例

この章では特定の Live システム活用事例向けの見本ビルドについて触れます。

19. スタイルガイド

この節では Live マニュアル向けの技術的文書を記述する際に一般的に考慮すべき事項を扱います。
"""


def test_one_character_title_examples_chapter():
    # Clause one_character_title: "18. 例" (one character) is a title, and the
    # run goes on to "19. スタイルガイド"; a cased one-letter title is none.
    assert [t for _, t in _titles(JAPANESE_EXAMPLES)] == [
        "15. コーディングスタイル",
        "16. 手順",
        "17. Gitリポジトリ",
        "18. 例",
        "19. スタイルガイド",
    ]
    assert _kinds("18. 例") == ["numbered"]
    assert _kinds("1. Я") == []
