"""Contents lists of Debian's DocBook text output (session 16): clauses
``numbered_twice`` (with ``list_goes_on``), ``entry_second_line``,
``own_contents`` and ``european_openers`` ("Tabla de contenidos") of rule
``contents_list`` (``transforms.contents``) and clause ``listed_numbered`` of
``transforms.sections``.

Each test fails with its clause taken out (checked by reverting it).
"""

from tests.transforms.test_technical_headings import _clean
from transforms.sections import find_sections

# The Filesystem Hierarchy Standard 3.0 (debian-policy 4.6.2.0,
# /usr/share/doc/debian-policy/fhs/fhs-3.0.txt), lines 57-63 and 341-420:
# the book's contents (abridged) and chapters 1 and 2 (paragraphs abridged),
# each chapter with its own "Table of Contents" and one blank line after it.
FHS = """   Table of Contents

   1. Introduction

        1.1. Purpose
        1.2. Conventions

   2. The Filesystem


Chapter 1. Introduction

   Table of Contents

   1.1. Purpose
   1.2. Conventions

1.1. Purpose

   This standard enables:
     * Software to predict the location of installed files and
       directories, and
     * Users to predict the location of installed files and
       directories.

   The FHS document has a limited scope:
     * Local placement of local files is a local issue, so FHS
       does not attempt to usurp system administrators.
     * FHS addresses issues where file placements need to be
       coordinated between multiple parties such as local sites,
       distributions, applications, documentation, etc.

1.2. Conventions

   We recommend that you read a typeset version of this document
   rather than the plain text version. In the typeset version, the
   names of files and directories are displayed in a
   constant-width font.

   Variable substrings of directory names and filenames are
   indicated by "*".

Chapter 2. The Filesystem

   This standard assumes that the operating system underlying an
   FHS-compliant file system supports the same basic security
   features found in most UNIX filesystems.

   It is possible to define two independent distinctions among
   files: shareable vs. unshareable and variable vs. static. In
   general, files that differ in either of these respects should
   be located in different directories. This makes it easy to
   store files with different usage characteristics on different
   filesystems.

   "Shareable" files are those that can be stored on one host and
   used on others. "Unshareable" files are those that are not
   shareable. For example, the files in user home directories are
   shareable whereas device lock files are not.

   Historical UNIX-like filesystem hierarchies contained both
   static and variable files under both /usr and /etc. In order to
   realize the advantages mentioned above, the /var hierarchy was
   created and all variable files were transferred from /usr to
   /var. Consequently /usr can now be mounted read-only (if it is
   a separate filesystem).
"""


def _levels(text):
    return [(s.level, s.title) for s in find_sections(_clean(text))[0] if s.title]


def test_a_chapter_list_ends_at_its_first_section():
    # Clause numbered_twice: "1.1. Purpose" after the chapter's own list (one
    # blank line, not two) opens the body, so the list does not run on over
    # the short lines under it; clause own_contents: that list is no front
    # matter, so "Chapter 1." and the sections above its end are headings.
    assert _levels(FHS) == [
        (1, "Chapter 1. Introduction"),
        (2, "1.1. Purpose"),
        (2, "1.2. Conventions"),
        (1, "Chapter 2. The Filesystem"),
    ]


# debian-reference-ja 2.100 (/usr/share/debian-reference/debian-reference.ja.txt),
# lines 672-725 and 750-770: the preface's own contents list (one blank line
# before the body) and its first sections, as shipped (NBSPs kept).
REFERENCE_JA_PREFACE = (
    "序章\n"
    "\n"
    "目次\n"
    "\n"
    "1. 免責事項\n"
    "2. Debian とはなにか\n"
    "3. 本書について\n"
    "    3.1. 編集指針\n"
    "    3.2. 前提条件\n"
    "    3.3. 文書様式\n"
    "    3.4. ポプコン\n"
    "    3.5. パッケージサイズ\n"
    "    3.6. 本書へのバグ報告\n"
    "4. 新規ユーザーへのリマインダー\n"
    "5. 新規ユーザーへの引用文\n"
    "\n"
    "このDebian リファレンス (第2.100版) (2023-02-04 11:59:01 UTC) はシス\n"
    "テムインストール後のユーザー向け案内書として Debian のシステム管理に\n"
    "関する概論の提供を目指しています。\n"
    "\n"
    "本書が対象とする読者は、 GNU/Linux システムがどう機能するかを理解する\n"
    "のに、シェルスクリプトぐらいは学ぶ気はあるが、全ての C のソースまで読\n"
    "む気がない人です。\n"
    "\n"
    "インスト─ルの方法は、以下を参照ください:\n"
    "\n"
    "  * 現行安定システム用 Debian GNU/Linux インストールガイド\n"
    "\n"
    "  * 現行テスティング(testing)システム用 Debian GNU/Linux インストール\n"
    "    ガイド\n"
    "\n"
    "1. 免責事項\n"
    "\n"
    "\xa0\xa0\xa0 一切保証は致しません。全ての商標はそれぞれの商標の所有者の財産で\n"
    "    す。\n"
    "\n"
    "    The Debian system itself is a moving target. This makes its\n"
    "    documentation difficult to be current and correct. Although the\n"
    "\xa0\xa0\xa0 current testing version of the Debian system was used as the\n"
    "    basis for writing this, some contents may be already outdated by\n"
    "    the time you read this.\n"
    "\n"
    "    本書はあくまで二次的参考文献として扱って下さい。本書は正式の案内\n"
    "\xa0\xa0\xa0 書を置き換えません。著者及び本書への貢献者は本書中の誤謬や欠落や\n"
    "    曖昧さが引き起こす結果に一切責任を負いません。\n"
    "\n"
    "2. Debian とはなにか\n"
    "\n"
    "    Debian プロジェクトはフリーなオペレーティングシステムを作ろうとい\n"
    "\xa0\xa0\xa0 う共通目的を持った個人の集団です。そのディストリビューションは次\n"
    "    の特徴があります。\n"
    "\n"
    "      * ソフトウェアの自由へのコミットメント: Debian 社会契約と\n"
    "        Debian フリーソフトウエアーガイドライン (DFSG)\n"
    "\n"
    "3. 本書について\n"
    "\n"
    "3.1. 編集指針\n"
    "\n"
    "\xa0\xa0\xa0 本書の作成にあたり次の編集指針を守りました。\n"
    "\n"
    "      * 概論を提供し枝葉末節は省略します。(全体像)\n"
    "\n"
    "      * 簡潔を心がけました。(KISS)\n"
    "\n"
    "\xa0\xa0\xa0   * 車輪の再発明をしません。(既存の参考文献へのポインターの利用)\n"
    "\n"
    "      * 非 GUI ツールとコンソールを重視します。(シェル例示を使用)\n"
    "\n"
    "      * 客観的であるようにします。(ポプコン等の利用)\n"
    "\n"
    "    ヒント\n"
    "\xa0\xa0\xa0\n"
    "    私はシステムの階層的側面やシステムの低レベルを明らかにしようとし\n"
    "    ました。\n"
    "\n"
)


def test_a_preface_list_ends_and_names_its_numbered_sections():
    # Clause numbered_twice: "1. 免責事項" ends the preface's list (the list
    # ran on over the short CJK lines and took 1-3.1 with it); clause
    # listed_numbered: "2. Debian とはなにか", a numbered line with no series
    # (1. and 3. have CJK titles, no candidates), is a heading as the list names it.
    assert _levels(REFERENCE_JA_PREFACE) == [
        (1, "1. 免責事項"),
        (1, "2. Debian とはなにか"),
        (1, "3. 本書について"),
        (2, "3.1. 編集指針"),
    ]


# Debian perl-policy (debian-policy 4.6.2.0, /usr/share/doc/debian-policy/
# perl-policy.txt), lines 43-121 and 217-236 as shipped: the contents, whose
# entry 4.4.2 is set over two lines ("... Dependent" / "Modules"), chapters 1
# and 2 with chapter 2's own list, and section 2.4 with its list of terms.
PERL_POLICY = (
    "   Table of Contents\n"
    "\n"
    "   1. About this document\n"
    "\n"
    "   2. Perl Packaging\n"
    "\n"
    "                2.1. Versions\n"
    "\n"
    "                2.2. Base Package\n"
    "\n"
    "                2.3. Module Path\n"
    "\n"
    "                2.4. Documentation\n"
    "\n"
    "   3. Locally Installed Modules\n"
    "\n"
    "                3.1. Site Directories\n"
    "\n"
    "                3.2. Site Installation\n"
    "\n"
    "   4. Packaged Modules\n"
    "\n"
    "                4.1. Vendor Directories\n"
    "\n"
    "                4.2. Module Package Names\n"
    "\n"
    "                4.3. Vendor Installation\n"
    "\n"
    "                4.4. Module Dependencies\n"
    "\n"
    "                             4.4.1. Architecture-Independent Modules\n"
    "\n"
    "                             4.4.2. Binary and Other Architecture Dependent\n"
    "                             Modules\n"
    "\n"
    "                             4.4.3. Automating Perl Dependencies\n"
    "\n"
    "   5. Perl Programs\n"
    "\n"
    "                5.1. Script Magic\n"
    "\n"
    "                5.2. Program Dependencies\n"
    "\n"
    "   6. Programs Embedding Perl\n"
    "\n"
    "                6.1. Building Embedded Programs\n"
    "\n"
    "                6.2. Embedded Perl Dependencies\n"
    "\n"
    "                6.3. Perl Package Upgrades\n"
    "\n"
    "   A. Perl 6\n"
    "\n"
    "   List of Tables\n"
    "\n"
    "   4.1. Module to package mappings\n"
    "\n"
    "                         Chapter\xa01.\xa0About this document\n"
    "\n"
    "   This document is distributed as the perl-policy files in the Debian\n"
    "   package debian-policy. It is also available from the Debian web mirrors at\n"
    "   https://www.debian.org/doc/packaging-manuals/perl-policy/.\n"
    "\n"
    "                           Chapter\xa02.\xa0Perl Packaging\n"
    "\n"
    "   Table of Contents\n"
    "\n"
    "   2.1. Versions\n"
    "\n"
    "   2.2. Base Package\n"
    "\n"
    "   2.3. Module Path\n"
    "\n"
    "   2.4. Documentation\n"
    "\n"
    "2.1.\xa0Versions\n"
    "\n"
    "   At any given time, the package perl should represent the current stable\n"
    "   upstream version of Perl revision 5 (see Appendix\xa0A, Perl 6).\n"
    "\n"
    "2.4.\xa0Documentation\n"
    "\n"
    "   The POD files and manual pages which do not refer to programs may be split\n"
    "   out into a separate perl-doc package.\n"
    "\n"
    "   Manual pages distributed with packages built from the perl source package\n"
    "   must be installed into the standard directories:\n"
    "\n"
    "   Programs\n"
    "\n"
    "           Manual pages for programs and scripts are installed into\n"
    "           /usr/share/man/man1 with the extension .1.\n"
    "\n"
    "   Modules\n"
    "\n"
    "           Manual pages for modules are installed into /usr/share/man/man3\n"
    "           with the extension .3perl.\n"
    "\n"
    "   The extensions used for manual pages distributed with module packages are\n"
    "   different. See Section\xa04.1, “Vendor Directories”.\n"
)


def test_a_second_entry_line_names_no_heading():
    # Clause entry_second_line: "Modules", the second line of the entry
    # 4.4.2, is no entry, so the term "Modules" in 2.4 is no heading; the
    # sections under chapter 2's own list are (own_contents, numbered_twice).
    assert _levels(PERL_POLICY) == [
        (1, "Chapter 1. About this document"),
        (1, "Chapter 2. Perl Packaging"),
        (2, "2.1. Versions"),
        (2, "2.4. Documentation"),
    ]


# A double-spaced contents whose parts each count from 1 and share a title
# ("1. Introduction" in both), as multi-part manuals and readers are laid out
# (constructed in that form for the review: no such list was found in the texts
# at hand).
_PROSE = (
    "This is a sentence of ordinary prose that runs on for a while to make a\n"
    "paragraph of real text, as the body of any chapter of such a book does.\n"
)
PARTS = (
    "CONTENTS\n\nPART I. THE SHIP\n\n1. Introduction\n\n2. The crew\n\n"
    "PART II. THE ISLAND\n\n1. Introduction\n\n2. The natives\n\n\n"
    f"PART I. THE SHIP\n\n1. Introduction\n\n{_PROSE}\n2. The crew\n\n{_PROSE}\n"
    f"PART II. THE ISLAND\n\n1. Introduction\n\n{_PROSE}\n2. The natives\n\n{_PROSE}"
)


def test_a_list_that_counts_again_goes_on():
    # Clause list_goes_on of numbered_twice: the second "1. Introduction" of the
    # list is followed by "2. The natives", an entry not named yet: the list goes
    # on (numbered_twice alone ended it there and made that "1. Introduction",
    # inside the contents, a heading above "PART I.").
    assert _levels(PARTS) == [
        (1, "PART I. THE SHIP"),
        (2, "1. Introduction"),
        (2, "2. The crew"),
        (1, "PART II. THE ISLAND"),
        (2, "1. Introduction"),
        (2, "2. The natives"),
    ]


# Debian's "Una breve historia de Debian" (debian-history 2.28,
# /usr/share/doc/debian-history/docs/project-history.es.txt.gz), lines 59-64
# and 108-176 (paragraphs abridged).
HISTORY_ES = """Tabla de contenidos

1. Introducción: ¿Qué es el proyecto Debian?
    1.1. El comienzo
    1.2. Pronunciación de Debian
2. Líderes

---------------------------------------------------------------------

Capítulo 1. Introducción: ¿Qué es el proyecto Debian?

    El proyecto Debian es un grupo mundial de voluntarios que se
    esfuerzan por producir una distribución de sistema operativo que
    esté compuesta enteramente de software libre.

1.1. El comienzo

    Debian estaba pensada para ser desarrollada cuidadosa y
    conscientemente y ser mantenida y soportada con un cuidado
    similar.

1.2. Pronunciación de Debian

    La pronunciación oficial de Debian es «deb i an». El nombre tiene
    su origen en los nombres del creador de Debian, Ian Murdock, y su
    esposa, Debra.

Capítulo 2. Líderes

    Debian ha tenido varios líderes desde sus comienzos en 1993.
"""


def test_a_spanish_table_of_contents_opens_a_list():
    # Clause european_openers: "Tabla de contenidos" opens the list as "Índice"
    # does; without it the list's lines stood in no list and "1.1."/"1.2." of
    # the body were not found (5 sections of 43 in the whole history).
    assert _levels(HISTORY_ES) == [
        (1, "Capítulo 1. Introducción: ¿Qué es el proyecto Debian?"),
        (2, "1.1. El comienzo"),
        (2, "1.2. Pronunciación de Debian"),
        (1, "Capítulo 2. Líderes"),
    ]
