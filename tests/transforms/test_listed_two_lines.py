"""Clause ``listed_two_lines`` of ``transforms.contents`` (session 20, wave 2): a
numbered heading the body sets over two lines, which the contents list names as one
entry, is one heading with both lines' words. Fails with the clause taken out
(checked by reverting it)."""

from tests.transforms.test_technical_docs import _levels

# debian-faq-ja 11.1 (debian-faq.ja.txt), shortened: chapter 1's entries 1.4 to 1.7
# and its body, as shipped. The list's entry 1.5 is one line once unwrapped; the
# body keeps its title's break after "何?".
FAQ_JA = """目次

1. 定義と概要
    1.4. Debian は GNU/Linux だけ?
    1.5. Debian GNU/Linux と他の Linux ディストリビューションの違いは
    何? 他のディストリビューションよりも Debian を選択すべき理由は?
    1.6. Debian プロジェクトは Free Software Foundation の GNU プロ
    ジェクトにとってどういう存在?
    1.7. Debian の発音とその意味は何?

第1章定義と概要

1.4. Debian は GNU/Linux だけ?

    現在 Debian は Linux のみが利用可能ですが、Debian GNU/Hurd 及び
    BSD カーネル上の Debian から、開発、サーバ、デスクトップ基盤用に
    Linux ベースではない OS の提供も開始しました。

1.5. Debian GNU/Linux と他の Linux ディストリビューションの違いは何?
他のディストリビューションよりも Debian を選択すべき理由は?

    他の Linux ディストリビューションと Debian の違いを特徴づける重要
    な特色は:

1.6. Debian プロジェクトは Free Software Foundation の GNU プロジェク
トにとってどういう存在?

    Debian システムは Free Software Foundation (https://www.gnu.org/)
    と特に Richard Stallman (https://www.stallman.org/) により初めて

1.7. Debian の発音とその意味は何?

    プロジェクト名は Deb'-ee-en と発音し、Deb に短い e、最初の音節に
    強勢があります。この語はプロジェクトを創設した Debra と Ian
    Murdock という名を短縮したものです。
"""


def test_listed_two_lines_the_body_heading_over_two_lines_is_the_entry():
    # Before: "1.5." had text right under it, so it was no candidate, and the
    # list's entry (both lines) named no line of the body: 1.5 was lost.
    assert [(level, t[:40]) for level, t in _levels(FAQ_JA)] == [
        (1, "第1章定義と概要"),
        (2, "1.4. Debian は GNU/Linux だけ?"),
        (2, "1.5. Debian GNU/Linux と他の Linux ディストリビュー"),
        (2, "1.6. Debian プロジェクトは Free Software Founda"),
        (2, "1.7. Debian の発音とその意味は何?"),
    ]
    title = _levels(FAQ_JA)[2][1]
    assert title.endswith("違いは何? 他のディストリビューションよりも Debian を選択すべき理由は?")
