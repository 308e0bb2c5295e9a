"""Clauses docbook_navigation (transforms.html_text) and cjk_dotted_sections
(transforms.cjk_titles). Text and markup: Debian's maint-guide-fr 1.2.53
(html/first.fr.html, DocBook XSL's chunked output, cut short) and debian-reference-zh-cn
2.100 (ch04, "4.1. 一般的 Unix 认证")."""

from __future__ import annotations

from transforms.clean import clean_text
from transforms.html_text import html_to_text
from transforms.normalize import normalize_text
from transforms.structure import analyze_text

PAGE = """<html><head><title>Chapitre 2. Premiers pas</title></head><body>
<div class="navheader">
  <table width="100%" summary="Navigation header">
    <tr><th colspan="3" align="center">Chapitre 2. Premiers pas</th></tr>
    <tr>
      <td align="left"><a accesskey="p" href="start.fr.html"><img src="images/prev.png" alt="Précédent"/></a> </td>
      <th width="60%" align="center"> </th>
      <td align="right"> <a accesskey="n" href="modify.fr.html"><img src="images/next.png" alt="Suivant"/></a></td>
    </tr>
  </table>
  <hr/>
</div>
<div class="chapter">
  <div class="titlepage"><div><div><h1 class="title"><a id="first"></a>Chapitre 2. Premiers pas</h1></div></div></div>
  <p>La réécriture de ce tutoriel avec des contenus à jour et des exemples pratiques
  supplémentaires est disponible sur Guide du responsable Debian.</p>
</div>
<div class="navfooter">
  <hr/>
  <table width="100%" summary="Navigation footer">
    <tr>
      <td align="left"><a accesskey="p" href="start.fr.html"><img src="images/prev.png" alt="Précédent"/></a> </td>
      <td align="center"> </td>
      <td align="right"> <a accesskey="n" href="modify.fr.html"><img src="images/next.png" alt="Suivant"/></a></td>
    </tr>
    <tr>
      <td align="left" valign="top">Chapitre 1. Partir du bon pied </td>
      <td align="center"><a accesskey="h" href="index.fr.html"><img src="images/home.png" alt="Sommaire"/></a></td>
      <td align="right" valign="top"> Chapitre 3. Modification du code source</td>
    </tr>
  </table>
</div>
</body></html>
"""


def test_docbook_navigation_nav_header_and_footer_are_dropped():
    headings: list = []
    text = html_to_text(PAGE, page=True, headings=headings)
    assert text.count("Chapitre 2. Premiers pas") == 1  # the navheader's copy is gone
    assert "Chapitre 1" not in text and "Chapitre 3" not in text  # the footer's row
    assert "La réécriture de ce tutoriel" in text
    assert headings == [(1, "Chapitre 2. Premiers pas")]
    # the footer's row of titles opened a section of its own
    cleaned = clean_text(normalize_text(text)).text
    titles = [s.title for s in analyze_text(cleaned).sections if s.title]
    assert not [t for t in titles if "Chapitre 1" in t]


# debian-reference-zh-cn 2.100 ch04.zh-cn.html as read (its tables and code left out),
# up to "4.4.": the passwd/shadow/group field lists are short lines of their own.
ZH = "\n".join(
    [
        "第\xa04\xa0章\xa0认证和访问控制",
        "",
        "",
        "目录",
        "",
        "4.1. 一般的 Unix 认证",
        "",
        "4.2. 管理账号和密码信息",
        "",
        "4.3. 好密码",
        "",
        "4.4. 设立加密的密码",
        "",
        "4.5. PAM 和 NSS",
        "",
        "4.5.1. PAM 和 NSS 访问的配置文件",
        "",
        "4.5.2. 现代的集中式系统管理",
        "",
        "4.5.3. “为什么 GNU su 不支持 wheel 组”",
        "",
        "4.5.4. 严格的密码规则",
        "",
        "4.6. 安全认证",
        "",
        "4.6.1. 确保互联网上的的密码安全",
        "",
        "4.6.2. 安全 Shell",
        "",
        "4.6.3. 互联网额外的安全方式",
        "",
        "4.6.4. root 密码安全",
        "",
        "4.7. 其它的访问控制",
        "",
        "4.7.1. sudo",
        "",
        "4.7.2. PolicyKit",
        "",
        "4.7.3. 限制访问某些服务端的服务",
        "",
        "4.7.4. Linux 安全特性",
        "",
        "当用户（或程序）需要访问系统时，需要进行认证，确认身份是受信任。",
        "",
        "警告",
        "",
        "PAM 的配置错误可能会锁住你的系统。你必须有一个准备好的救援 CD，或者设立一个替代的 boot 分区。为了恢复系统，你需要使用它们启动系统并纠正错误。",
        "",
        "",
        "",
        "4.1.\xa0一般的 Unix 认证",
        "",
        "",
        "一般的 Unix 认证由 PAM （Pluggable Authentication Modules，即可插入的验证模块） 下的 pam_unix(8) 模块提供。它的 3 个重要文件如下，其内的条目使用 “:” 分隔。",
        "",
        "表\xa04.1.\xa0pam_unix(8) 使用的 3 个重要配置文件",
        "",
        "“/etc/passwd” 包含下列内容。",
        "",
        "如 passwd(5) 中所述，这个文件中被 “:” 分隔的每项含义如下。",
        "",
        "登录名",
        "",
        "密码形式说明",
        "",
        "数字形式的用户 ID",
        "",
        "数字形式的组 ID",
        "",
        "用户名或注释字段",
        "",
        "用户家目录",
        "",
        "可选的用户命令解释器",
        "",
        "“/etc/passwd” 的第二项曾经被用来保存加密后的密码。在引入了 “/etc/shadow” 后，该项被用来说明密码形式。",
        "",
        "表\xa04.2.\xa0“/etc/passwd” 第二项的内容",
        "",
        "“/etc/shadow” 包含下列内容。",
        "",
        "如 shadow(5) 中所述，这个文件中被 “:” 分隔的每项含义如下。",
        "",
        "登录名",
        "",
        "加密后的密码（开头的 “$1$” 表示使用 MD5 加密。“*” 表示无法登录。）",
        "",
        "最后一次修改密码的时间，其表示从 1970 年 1 月 1 日起的天数",
        "",
        "允许用户再次修改密码的天数间隔",
        "",
        "用户必须修改密码的天数间隔",
        "",
        "密码失效前的天数，在此期间用户会被警告",
        "",
        "密码失效后的天数，在次期间密码依旧会被接受",
        "",
        "账号失效的时间，其表示从 1970 年 1 月 1 日起的天数",
        "",
        "…",
        "",
        "“/etc/group” 包含下列内容。",
        "",
        "如 group(5) 中所述，这个文件中被 “:” 分隔的每项含义如下。",
        "",
        "组名称",
        "",
        "加密后的密码（不会被真正使用）",
        "",
        "数字形式的组 ID",
        "",
        "使用 “,” 分隔的用户名列表",
        "",
        "注意",
        "",
        "“/etc/gshadow” 为 “/etc/group” 提供了与 “/etc/shadow” 相似的功能，但没有被真正地使用。",
        "",
        "注意",
        "",
        '如果"auth optional pam_group.so" 这行添加到了"/etc/pam.d/common-auth"，并且在"/etc/security/group.conf" 里进行了设置，一个用户的实际组就可以被动态添加。参见 pam_group(8).',
        "",
        "注意",
        "",
        "base-passwd 软件包包含了一份用户和组的官方文档：“/usr/share/doc/base-passwd/users-and-groups.html”。",
        "",
        "",
        "",
        "4.2.\xa0管理账号和密码信息",
        "",
        "",
        "下面是一些管理账号信息的重要命令。",
        "",
        "表\xa04.3.\xa0管理账号信息的命令",
        "",
        "其中的一些功能只能被 root 使用。密码和数据的加密参见 crypt(3)。",
        "",
        "注意",
        "",
        "在设置了 PAM 和 NSS 的系统上（例如 Debian salsa 机器），本地的 “/etc/passwd”、“/etc/group” 和 “/etc/shadow” 可能不会被系统激活使用。上述的命令即使处于这种环境下依旧是有效的。",
        "",
        "",
        "",
        "4.3.\xa0好密码",
        "",
        "",
        "在系统安装时建立一个账号或使用 passwd(1) 命令时，你应该选择一个好密码，它应该由 6 到 8 个字符组成，其中包含下列根据 passwd(1) 设定的每个组合中的一个或多个字符。",
        "",
        "小写字母",
        "",
        "数字 0 到 9",
        "",
        "标点符号",
        "",
        "警告",
        "",
        "密码中不要使用可以猜到的词。账号名、身份证号码、电话号码、地址、生日、家庭成员或宠物的名字、字典单词、简单的字符序列（例如 “12345” 或 “qwerty”）等都是糟糕的选择。",
        "",
        "",
        "",
        "",
    ]
)


# Monkey HTTP Daemon 0.12.0 Documentation, "2. Bug Reporting Guidelines" (DocBook's DSSSL
# "Modular DocBook HTML Stylesheet Version 1.79": capital tags and class names), cut short.
DSSSL_PAGE = """<HTML><HEAD><TITLE>Bug Reporting Guidelines</TITLE><META
NAME="GENERATOR" CONTENT="Modular DocBook HTML Stylesheet Version 1.79"></HEAD
><BODY CLASS="sect1"><DIV CLASS="NAVHEADER"><TABLE SUMMARY="Header navigation table"
><TR><TH COLSPAN="3" ALIGN="center">Monkey HTTP Daemon 0.12.0 Documentation</TH></TR
><TR><TD><A HREF="f7" ACCESSKEY="P">Prev</A></TD><TD ALIGN="center">Preface</TD
><TD><A HREF="getting_started" ACCESSKEY="N">Next</A></TD></TR></TABLE><HR></DIV
><DIV CLASS="sect1"><H1 CLASS="sect1"><A NAME="bug-reporting">2. Bug Reporting Guidelines</A></H1
><P>When you find a bug in <SPAN CLASS="productname">Monkey</SPAN> we want to
  hear about it. Your bug reports play an important part in making
  <SPAN CLASS="productname">Monkey</SPAN> more reliable.</P></DIV
><DIV CLASS="NAVFOOTER"><HR><TABLE SUMMARY="Footer navigation table"
><TR><TD><A HREF="f7" ACCESSKEY="P">Prev</A></TD><TD><A HREF="index" ACCESSKEY="H">Home</A></TD
><TD><A HREF="getting_started" ACCESSKEY="N">Next</A></TD></TR
><TR><TD>Preface</TD><TD><A HREF="f7" ACCESSKEY="U">Up</A></TD><TD>Getting Started</TD></TR
></TABLE></DIV></BODY></HTML>"""


def test_docbook_navigation_case_dsssl_capital_class_names():
    """Clause docbook_navigation_case: DSSSL's CLASS="NAVHEADER"/"NAVFOOTER" are the same
    navigation rows as DocBook XSL's: the manual's title, "Preface", "Getting Started" go."""
    headings: list = []
    text = html_to_text(DSSSL_PAGE, page=True, headings=headings)
    assert "Monkey HTTP Daemon 0.12.0 Documentation" not in text
    assert "Preface" not in text and "Getting Started" not in text
    assert "Your bug reports play an important part" in text
    assert headings == [(1, "2. Bug Reporting Guidelines")]


def test_cjk_dotted_sections_list_items_of_a_manual_are_no_titles():
    titles = [s.title for s in analyze_text(clean_text(normalize_text(ZH)).text).sections]
    assert [t for t in titles if t] == [
        "4.1. 一般的 Unix 认证",
        "4.2. 管理账号和密码信息",
        "4.3. 好密码",
    ]  # without the clause also "用户家目录", "登录名", "组名称", "小写字母" ...
