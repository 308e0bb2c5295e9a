"""Rule indented_prompt on the Debian Reference (Japanese, debian-reference-ja
2.100, its plain-text rendering): a root shell prompt set in from the prose is
no Markdown heading.

The text renders shell examples four columns in, as "    # chvt 3" or behind
three no-break spaces (U+00A0) and a space. Normalization collapses either
indent to one space, and before the rule each of the book's 97 such lines that
the heading rules confirmed opened a level-1 section ("chvt 3"), under which
the numbered sections that followed ("1.1.7. ...") nested."""

from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.sections import find_sections, section_paths

# Sections 1.1.6 to 1.1.10 of the book, as the package ships them.
DEBIAN_REFERENCE = """1.1.6. 仮想コンソール

    デフォルトの Debian システムでは、6つの切り替え可能な VT100 様の
    文字コンソールが利用でき、Linux ホスト上で直接コマンドシェルを起
    動できます。GUI 環境下でない場合は、Left-Alt-key と F1 — F6 の中
\xa0\xa0\xa0 の一つのキーを同時に押すことで仮想コンソール間の切り替えができま
    す。それぞれの文字コンソールはアカウントに独立してログインするこ
    とができ、マルチユーザー環境を提供します。このマルチユーザー環境
    は Unix の素晴らしい機能で、癖になります。

    GUI 環境下では、Ctrl-Alt-F3 キーを押す、つまり left-Ctrl-key と
\xa0\xa0\xa0 left-Alt-key と F3-key キーを同時に押すと文字コンソール3にアクセ
    スできます。通常仮想コンソール2で実行されている GUI 環境には
    Alt-F2 を押すことにより戻れます。

\xa0\xa0\xa0 これとは別の方法で、例えば仮想ターミナル3という今とは違う仮想ター
    ミナルへの変更がコマンドラインから出来ます。

\xa0\xa0\xa0 # chvt 3

1.1.7. コマンドプロンプトからの退出方法

    コマンドプロンプトで Ctrl-D、つまり left-Ctrl-key と d-key の同時
    押しをするとシェルでのアクティビティーを終了できます。文字コンソ
\xa0\xa0\xa0 ールの場合は、こうすると login プロンプト戻ります。これらのコント
    ロール文字は通常 "control D" と大文字を使って表記されますが、
    Shift キーを押す必要はありません。また Ctrl-D に関する簡略表記 ^D
    も使われます。この代わりに "exit" とタイプすることができます。

\xa0\xa0\xa0 x-terminal-emulator(1) にあっては、このようにすることで
    x-terminal-emulator のウィンドウが閉じることができます。

1.1.8. システムをシャットダウンする方法

    ファイル操作の際にパーフォーマンス向上のためにメモリーへのデータ
    ーのキャッシュがされる他の現代的な OS と同様に、Debian システムで
    も電源を安全に切る前に適正なシャットダウン手順を取る必要がありま
\xa0\xa0\xa0 す。これはすべてのメモリー上の変更を強制的にディスクに書き出しす
    ことで、ファイルの完全性を維持するためです。ソフトウエアー電源コ
    ントロールが利用できる場合、シャットダウン手続きはシステムの電源
    を自動的に落とします。(これがうまくいかない時には、シャットダウン
    手続きの後で数秒間電源ボタンを押す必要があるかもしれません。)

\xa0\xa0\xa0 通常のマルチユーザーモードからのシステムのシャットダウンがコマン
    ドラインから出来ます。

\xa0\xa0\xa0 # shutdown -h now

\xa0\xa0\xa0 シングルユーザーモードからのシステムのシャットダウンがコマンドラ
    インから出来ます。

\xa0\xa0\xa0 # poweroff -i -f

\xa0\xa0\xa0 「SSH 上のリモートシステムをシャットダウンする方法」を参照下さい
    。

1.1.9. まともなコンソールの復元

    例えば "cat some-binary-file" のような変な事をした後でスクリーン
    が無茶苦茶になった場合、コマンドプロンプトに "reset" と入力して下
\xa0\xa0\xa0 さい。このときコマンドを入力してもスクリーンには読み取れる表示が
    されないかもしれません。"clear" とすればスクリーンが消去できます
    。

1.1.10. 初心者向け追加パッケージの提案

    デスクトップ環境タスク抜きの最小限インストレーション Debian シス
    テムですら基本的な Unix 機能は提供されますが、コマンドラインや
\xa0\xa0\xa0 curses に基づく mc や vim 等のいくつかの文字ターミナルパッケージ
    を apt-get(8) を使って次のように追加インストールすることから始め
    ることを初心者にお薦めします。

    # apt-get update
\xa0\xa0\xa0  ...
    # apt-get install mc vim sudo aptitude
     ...

\xa0\xa0\xa0 既にこれらのパッケージがインストールされている場合には、新しいパ
    ッケージはインストールされません。
"""

PROMPTS = ["chvt 3", "shutdown -h now", "poweroff -i -f", "apt-get update",
           "apt-get install mc vim sudo aptitude"]  # fmt: skip


def test_indented_root_prompts_open_no_section():
    text = clean_text(normalize_text(DEBIAN_REFERENCE)).text
    for prompt in PROMPTS:  # each stays a line of its own, its indent kept
        assert f"\n # {prompt}\n" in text
    sections, headings = find_sections(text)
    titles = [h.title for h in headings]
    assert not [t for t in titles if t in PROMPTS], titles
    assert all(not p for p in section_paths(sections)), section_paths(sections)


def test_markdown_heading_at_the_margin_still_counts():
    # The same prompt at the margin is a Markdown heading: the rule reads the indent.
    text = "# chvt 3\n\n" + clean_text(normalize_text(DEBIAN_REFERENCE)).text
    sections, headings = find_sections(text)
    assert [(h.title, h.kind) for h in headings] == [("chvt 3", "md")]
    assert [p for p in section_paths(sections) if p] == [["chvt 3"]]
