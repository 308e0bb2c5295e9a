"""Contents entries over several lines (clauses ``entry_lines``, ``entry_columns``,
``cjk_edge_indent`` of ``transforms.contents_wraps``), a section number after a line
that ends mid-sentence (clause ``section_number_not_date`` of
``transforms.line_marks``) and a listed heading whose second line is in capitals
(clause ``listed_rest_caps`` of ``transforms.contents``), session 21. Each test
fails with its clause taken out (checked by disabling it once)."""

from tests.transforms.test_technical_docs import _levels
from transforms.sections import find_sections

# debian-faq-ja 11.1 (debian-faq.ja.txt), shortened: the contents entries 3.1.4 to
# 3.1.6, 3.1.11 and 4.4 to 4.6 and their sections, as shipped. Entry 4.5 is set over
# four lines (three once unwrapped); entry 3.1.11's first line is 39 characters but 60
# columns; the rests "(unstable) ...", "(testing) ..." lose their indentation to the
# CJK layout.
FAQ_JA = """目次

3. Debian ディストリビューションの選択
        3.1.4. 別のディストリビューションへの変更を決心したとして、そ
        れは可能ですか?
        3.1.5. 安定版 (stable) やテスト版 (testing)、不安定版
        (unstable) をインストールすべきですか?
        3.1.6. テスト版 (testing) が壊れているということですがそれは
        どういう意味ですか?
        3.1.11. 現在安定版 (stable) を追跡しています。これをテスト版
        (testing) や不安定版 (unstable) に変更できますか? できるのな
        ら方法は?
4. 互換性の問題
    4.4. Debian と他の Unix システムではどのくらいソースコードの互換
    性がありますか?
    4.5. Debian パッケージ (「.deb」ファイル) を Red Hat/Slackware
    /... Linux システムで使うことはできますか? Red Hat パッケージ
    (「.rpm」ファイル) を Debian GNU/Linux システムで使うことはできま
    すか?
    4.6. Debian ではないプログラムはどのようにインストールすべきです
    か?

第3章 Debian ディストリビューションの選択

    Debian ディストリビューションには多くの様々なものがあります。適切
    な Debian ディストリビューションを選択することは重要な判断です。

3.1.4. 別のディストリビューションへの変更を決心したとして、それは可能
ですか?

    はい、できますがそれは一方向だけです。安定版 (stable) --> テスト

3.1.5. 安定版 (stable) やテスト版 (testing)、不安定版 (unstable) を
インストールすべきですか?

    これはどちらかというと主観的な問題です。必要なソフトウェアや、不
    具合発生時に対処する意志、システム管理の経験に依るため万能の回答

3.1.6. テスト版 (testing) が壊れているということですがそれはどういう
意味ですか?

    パッケージ管理ツール経由でパッケージがインストールできないことが
    あります。おそらくバグや未解決の依存関係のために (一時的に) 削除

3.1.11. 現在安定版 (stable) を追跡しています。これをテスト版
(testing) や不安定版 (unstable) に変更できますか? できるのなら方法は?

    現在安定版 (stable) を使っているなら /etc/apt/sources.list ファイ
    ルで 3 つ目のフィールドに「bullseye」か「stable」があるでしょう。

第4章互換性の問題

4.4. Debian と他の Unix システムではどのくらいソースコードの互換性が
ありますか?

    ほとんどのアプリケーションの Linux ソースコードが他の Unix システ

4.5. Debian パッケージ (「.deb」ファイル) を Red Hat/Slackware/...
Linux システムで使うことはできますか? Red Hat パッケージ (「.rpm」
ファイル) を Debian GNU/Linux システムで使うことはできますか?

    異なる Linux ディストリビューションでは異なるパッケージ形式、異な
    るパッケージ管理プログラムを使っています。

4.6. Debian ではないプログラムはどのようにインストールすべきですか?

    ディレクトリ /usr/local/ 以下にあるファイルは Debian パッケージ管
    理システムの制御下にはありません。したがって、プログラムのソース
"""

# debian-reference-de 2.x (debian-reference.de.txt), shortened: the contents of
# section 9.6 from 9.6.11 on and the first lines of its sections, as shipped. The
# list's entries 9.6.16 and 9.6.17 were one line after unwrapping ("... eingebunden
# wird" ends in a lower-case word, so "9.6.17." was read as a date).
REFERENCE_DE = """Inhaltsverzeichnis

9. Systemtipps
    9.6. Tipps zur Speicherung von Daten
        9.6.11. SMART verwenden, um Festplattenausfälle vorherzusehen
        9.6.12. Angeben eines Verzeichnisses für temporäre Dateien
        über $TMPDIR
        9.6.13. Vergrößerung des nutzbaren Speicherplatzes mittels
        LVM
        9.6.14. Vergrößerung des nutzbaren Speicherplatzes über das
        Einbinden anderer Partitionen
        9.6.15. Vergrößerung des nutzbaren Speicherplatzes, indem ein
        anderes Verzeichnis mit "mount --bind" eingebunden wird
        9.6.16. Vergrößerung des nutzbaren Speicherplatzes, indem ein
        anderes Verzeichnis mit "Overlay-mounting" eingebunden wird
        9.6.17. Vergrößerung des nutzbaren Speicherplatzes über einen
        symbolischen Link
    9.7. Das Festplatten-Abbild
        9.7.1. Erzeugung der Festplatten-Abbild-Datei

Kapitel 9. Systemtipps

    Hier beschreibe ich einige grundlegende Tipps zur Konfiguration
    und Verwaltung des Systems, überwiegend für die Konsole.

9.6. Tipps zur Speicherung von Daten

    Indem Sie Ihr System mit einer Linux Live-CD oder einer
    Debian-Installer-CD im Rettungsmodus starten, können Sie auf
    einfache Weise den Speicher auf Ihrem Boot-Laufwerk neu
    konfigurieren.

9.6.11. SMART verwenden, um Festplattenausfälle vorherzusehen

    Sie können Ihre Festplatte mit dem smartd(8)-Daemon überwachen
    und protokollieren, sofern diese mit dem SMART-Standard
    kompatibel ist:

9.6.12. Angeben eines Verzeichnisses für temporäre Dateien über
$TMPDIR

    Anwendungen erzeugen temporäre Dateien normalerweise unterhalb
    des temporären Verzeichnisses "/tmp". Falls "/tmp" nicht genug
    freien Speicherplatz bietet, können Sie für Anwendungen, die sich
    diesbezüglich korrekt verhalten, auch mittels der
    $TMPDIR-Variable festlegen, welches Verzeichnis für solche
    temporären Daten genutzt werden soll.

9.6.13. Vergrößerung des nutzbaren Speicherplatzes mittels LVM

    Partitionen, die bei der Installation über den Logical Volume

9.6.14. Vergrößerung des nutzbaren Speicherplatzes über das Einbinden
anderer Partitionen

    Wenn Sie eine leere Partition (z.B. "/dev/sdx") haben, können Sie
    sie mit mkfs.ext4(1) formatieren und dann mit mount(8) in ein
    Verzeichnis einbinden, in dem Sie mehr Platz benötigen (Sie

9.6.15. Vergrößerung des nutzbaren Speicherplatzes, indem ein anderes
Verzeichnis mit "mount --bind" eingebunden wird

    Wenn Sie ein leeres Verzeichnis (z.B. "/pfad/zu/leer") auf einer
    anderen Partition haben, auf der noch Platz frei ist, können Sie
    dieses Verzeichnis mit der mount-Option "--bind" in ein anderes

9.6.16. Vergrößerung des nutzbaren Speicherplatzes, indem ein anderes
Verzeichnis mit "Overlay-mounting" eingebunden wird

    Wenn Sie freien Platz auf einer anderen Partition haben (mit 2
    Verzeichnissen wie "/pfad/zu/leer" und "/pfad/zu/arbeit"), können

9.6.17. Vergrößerung des nutzbaren Speicherplatzes über einen
symbolischen Link

    Achtung

    Diese Methode ist überholt. Manche Software könnte nicht korrekt

9.7. Das Festplatten-Abbild

    Hier wird die Veränderung eines Festplatten-Abbilds behandelt.

"""

# The same book as the whole document's cleaning leaves it (find_sections' input):
# unwrapping keeps the body's break before "$TMPDIR" (a line in capitals), the list
# has the entry on one line.
REFERENCE_DE_CLEAN = """Inhaltsverzeichnis

9. Systemtipps
 9.6. Tipps zur Speicherung von Daten
 9.6.10. Optimierung von Solid State Disks
 9.6.11. SMART verwenden, um Festplattenausfälle vorherzusehen
 9.6.12. Angeben eines Verzeichnisses für temporäre Dateien über $TMPDIR
 9.6.13. Vergrößerung des nutzbaren Speicherplatzes mittels
 LVM

Kapitel 9. Systemtipps

 Hier beschreibe ich einige grundlegende Tipps zur Konfiguration und Verwaltung des Systems, überwiegend für die Konsole.


9.6. Tipps zur Speicherung von Daten

 Indem Sie Ihr System mit einer Linux Live-CD oder einer Debian-Installer-CD im Rettungsmodus starten, können Sie auf einfache Weise den Speicher auf Ihrem Boot-Laufwerk neu konfigurieren.

9.6.11. SMART verwenden, um Festplattenausfälle vorherzusehen

 Sie können Ihre Festplatte mit dem smartd(8)-Daemon überwachen und protokollieren, sofern diese mit dem SMART-Standard kompatibel ist:

9.6.12. Angeben eines Verzeichnisses für temporäre Dateien über
$TMPDIR

 Anwendungen erzeugen temporäre Dateien normalerweise unterhalb des temporären Verzeichnisses "/tmp". Falls "/tmp" nicht genug freien Speicherplatz bietet, können Sie für Anwendungen, die sich diesbezüglich korrekt verhalten, auch mittels der $TMPDIR-Variable festlegen, welches Verzeichnis für solche temporären Daten genutzt werden soll.


9.6.13. Vergrößerung des nutzbaren Speicherplatzes mittels LVM

"""


def test_entry_lines_an_entry_over_three_lines_names_its_heading():
    # Before: entry 4.5's third line was an entry of its own, the body's heading
    # (the three lines' words over two lines) matched nothing and 4.5 was lost.
    titles = [t for _, t in _levels(FAQ_JA)]
    assert any(t.startswith("4.5. Debian パッケージ") for t in titles)
    full = next(t for t in titles if t.startswith("4.5."))
    assert full.endswith(
        "Red Hat パッケージ (「.rpm」ファイル) を Debian GNU/Linux システムで使うことはできますか?"
    )


def test_entry_columns_and_cjk_edge_indent_a_wide_entry_goes_on():
    # Before: "3.1.11. 現在安定版 (stable) を追跡しています。これをテスト版" was too
    # short by characters to go on (3.1.11 lost), and the rest of 3.1.5 stood left
    # of its first line (3.1.5 lost).
    assert [(level, t.split()[0]) for level, t in _levels(FAQ_JA)] == [
        (1, "第3章"), (2, "3.1.4."), (2, "3.1.5."), (2, "3.1.6."), (2, "3.1.11."),
        (1, "第4章互換性の問題"), (2, "4.4."), (2, "4.5."), (2, "4.6."),
    ]  # fmt: skip


def test_section_number_not_date_keeps_the_list_entries_apart():
    assert [t[:7] for _, t in _levels(REFERENCE_DE)] == [
        "Kapitel", "9.6. Ti", "9.6.11.", "9.6.12.", "9.6.13.", "9.6.14.", "9.6.15.",
        "9.6.16.", "9.6.17.", "9.7. Da",
    ]  # fmt: skip
    titles = [t for _, t in _levels(REFERENCE_DE)]
    assert titles[7].endswith('mit "Overlay-mounting" eingebunden wird')


def test_listed_rest_caps_a_heading_whose_second_line_is_in_capitals():
    # Before: "$TMPDIR" was a candidate (a line in capitals) and the listed
    # heading over both lines was not made: 9.6.12 was lost.
    sections = find_sections(REFERENCE_DE_CLEAN)[0]
    assert [(s.level, s.title[:7]) for s in sections if s.title] == [
        (1, "Kapitel"), (2, "9.6. Ti"), (3, "9.6.11."), (3, "9.6.12."), (3, "9.6.13."),
    ]  # fmt: skip
    assert sections[4].title.endswith("Dateien über $TMPDIR")


def test_a_latin_line_indented_less_after_a_full_entry_is_an_entry_of_its_own():
    # clause cjk_edge_indent holds for CJK lines only: an unnumbered entry left of a
    # long numbered one ("Further reading" under the last section) stays an entry.
    text = (
        "Contents\n\n1. Introduction\n    1.1. Reading the configuration files of the system\n"
        "Further reading\n\nChapter 1. Introduction\n\nThis chapter introduces the tool and what it "
        "reads from the system, then how to run it.\n\n1.1. Reading the configuration files of "
        "the system\n\nThe files are read in order, the last one wins.\n\nFurther reading\n\n"
        "Books and papers on the formats the tool reads.\n"
    )
    assert [t for _, t in _levels(text)][-1] == "Further reading"
