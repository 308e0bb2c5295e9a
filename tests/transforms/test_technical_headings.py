"""Rules of transforms.technical_headings and the key-sentence rule
contents_entry on the Debian Reference (debian-reference-en / -ja 2.100, the
plain-text rendering Debian ships in /usr/share/debian-reference/): a DocBook
book whose contents list is indented by depth, whose body headings are
"1.1.7.\xa0Title" lines, whose "Note" / "Warning" boxes are labelled by a line
of their own, and whose shell examples are root prompts ("# chown ...").

Each test fails with its rule taken out (checked by reverse-applying the patch).
"""

import re

import numpy as np

from transforms import key_sentences as ks
from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.sections import find_headings, find_sections, section_paths
from transforms.structure import analyze_text

# The English book's contents entries for chapter 1 up to 1.1.4, then the body
# from "Chapter 1." to the start of 1.1.4, as the package ships them (NBSPs kept).
DEBIAN_REFERENCE_EN = """Table of Contents

1. GNU/Linux tutorials
    1.1. Console basics
        1.1.1. The shell prompt
        1.1.2. The shell prompt under GUI
        1.1.3. The root account
        1.1.4. The root shell prompt


Chapter\xa01.\xa0GNU/Linux tutorials

    I think learning a computer system is like learning a new foreign
\xa0\xa0\xa0 language. Although tutorial books and documentation are helpful,
    you have to practice it yourself. In order to help you get
    started smoothly, I elaborate a few basic points.

    The powerful design of Debian GNU/Linux comes from the Unix
\xa0\xa0\xa0 operating system, i.e., a multiuser, multitasking operating
    system. You must learn to take advantage of the power of these
    features and similarities between Unix and GNU/Linux.

\xa0\xa0\xa0 Don't shy away from Unix oriented texts and don't rely solely on
    GNU/Linux texts, as this robs you of much useful information.

    Note

\xa0\xa0\xa0 If you have been using any Unix-like system for a while with
    command line tools, you probably know everything I explain here.
    Please use this as a reality check and refresher.

1.1.\xa0Console basics

1.1.1.\xa0The shell prompt

    Upon starting the system, you are presented with the character
\xa0\xa0\xa0 based login screen if you did not install any GUI environment
    such as GNOME or KDE desktop system. Suppose your hostname is
    foo, the login prompt looks as follows.

    If you installed a GUI environment, then you can still get to the
\xa0\xa0\xa0 character based login prompt by Ctrl-Alt-F3, and you can return
    to the GUI environment via Ctrl-Alt-F2 (see Section\xa01.1.6,
    “Virtual consoles” below for more).

\xa0\xa0\xa0 foo login:

    At the login prompt, you type your username, e.g. penguin, and
\xa0\xa0\xa0 press the Enter-key, then type your password and press the
    Enter-key again.

    Note

    Following the Unix tradition, the username and password of the
\xa0\xa0\xa0 Debian system are case sensitive. The username is usually chosen
    only from the lowercase. The first user account is usually
    created during the installation. Additional user accounts can be
    created with adduser(8) by root.

\xa0\xa0\xa0 The system starts with the greeting message stored in "/etc/motd"
    (Message Of The Day) and presents a command prompt.

    Debian GNU/Linux 11 foo tty1

    foo login: penguin
    Password:
    Linux foo 5.10.0-6-amd64 #1 SMP Debian 5.10.28-1 (2021-04-09) x86_64

\xa0\xa0\xa0 The programs included with the Debian GNU/Linux system are free software;
    the exact distribution terms for each program are described in the
    individual files in /usr/share/doc/*/copyright.

    Debian GNU/Linux comes with ABSOLUTELY NO WARRANTY, to the extent
    permitted by applicable law.
    Last login: Thu May 13 08:47:13 JST 2021 on tty1
    foo:~$

\xa0\xa0\xa0 Now you are in the shell. The shell interprets your commands.

1.1.2.\xa0The shell prompt under GUI

    If you installed a GUI environment during the installation, you
    are presented with the graphical login screen upon starting your
\xa0\xa0\xa0 system. You type your username and your password to login to the
    non-privileged user account. Use tab to navigate between username
    and password, or use the primary click of the mouse.

    You can gain the shell prompt under GUI environment by starting a
    x-terminal-emulator program such as gnome-terminal(1), rxvt(1) or
\xa0\xa0\xa0 xterm(1). Under the GNOME Desktop environment, press SUPER-key
    (Windows-key) and typing in "terminal" to the search prompt does
    the trick.

    Under some other Desktop systems (like fluxbox), there may be no
\xa0\xa0\xa0 obvious starting point for the menu. If this happens, just try
    (right) clicking the background of the desktop screen and hope
    for a menu to pop-up.

1.1.3.\xa0The root account

    The root account is also called superuser or privileged user.
\xa0\xa0\xa0 From this account, you can perform the following system
    administration tasks.

      * Read, write, and remove any files on the system irrespective
        of their file permissions

\xa0\xa0\xa0   * Set file ownership and permissions of any files on the system

      * Set the password of any non-privileged users on the system

      * Login to any accounts without their passwords

\xa0\xa0\xa0 This unlimited power of root account requires you to be
    considerate and responsible when using it.

    Warning
\xa0\xa0\xa0
    Never share the root password with others.

    Note

    File permissions of a file (including hardware devices such as
    CD-ROM etc. which are just another file for the Debian system)
\xa0\xa0\xa0 may render it unusable or inaccessible by non-root users.
    Although the use of root account is a quick way to test this kind
    of situation, its resolution should be done through proper
    setting of file permissions and user's group membership (see
    Section\xa01.2.3, “Filesystem permissions”).

1.1.4.\xa0The root shell prompt

\xa0\xa0\xa0 Here are a few basic methods to gain the root shell prompt by
    using the root password.

      * Type root at the character based login prompt.

      * Type "su -l" from any user shell prompt.
"""

# English, section 1.2.3: two runs of root prompts, here set at the margin (as
# a plain-text README prints them; the book indents them four columns, which
# rule indented_prompt covers), and 1.1.6's single prompt.
PERMISSIONS = """
    chown(1) is used from the root account to change the owner of the
    file. chgrp(1) is used from the file's owner or root account to
\xa0\xa0\xa0 change the group of the file. chmod(1) is used from the file's
    owner or root account to change file and directory access
    permissions. Basic syntax to manipulate a foo file is the
    following.

    # chown newowner foo
\xa0\xa0\xa0 # chgrp newgroup foo
    # chmod  [ugoa][+-=][rwxXst][,...] foo

\xa0\xa0\xa0 For example, you can make a directory tree to be owned by a user
    foo and shared by a group bar by the following.

    # cd /some/location/
\xa0\xa0\xa0 # chown -R foo:bar .
    # chmod -R ug+rwX,o=rX .


    In the GUI environment, you can switch to the character console 3.

# chvt 3
"""
PERMISSIONS = re.sub(r"(?m)^[ \xa0]+(?=# )", "", PERMISSIONS)

# The English "List of Tables" and two pieces of the Japanese contents list.
LIST_OF_TABLES = """List of Tables

1.1. List of interesting text-mode program packages
1.2. List of informative documentation packages
1.3. List of usage of key directories
1.4. List of the first character of "ls -l" output
1.5. The numeric mode for file permissions in chmod(1) commands
1.6. The umask value examples
1.7. List of notable system-provided groups for file access
"""
JA_CONTENTS = """    4.5. PAM と NSS
        4.5.1. PAM と NSS によってアクセスされる設定ファイル
        4.5.2. 最新の集中システム管理
        4.5.3. 「どうして GNU の su は wheel グループをサポートしない
        9.10.5. ハードウエアードライバーとファームウエアー
    9.11. 仮想化システム
        9.11.1. Virtualization and emulation tools
        9.11.2. 仮想化の業務フロー
        9.11.3. 仮想ディスクイメージファイルをマウント。
        9.11.4. Chroot システム
        9.11.5. 複数のデスクトップシステム
"""


def _clean(text):
    return clean_text(normalize_text(text)).text


def test_decimal_sections_nest_under_their_parents():
    # Rules decimal_levels and nbsp_keyword ("Chapter\xa01."): 1.1.1 under 1.1
    # under Chapter 1; before, every section was level 1 and the chapter none.
    text = _clean(DEBIAN_REFERENCE_EN)
    paths = [p for p in section_paths(find_sections(text)[0]) if p]
    ch, basics = "Chapter 1. GNU/Linux tutorials", "1.1. Console basics"
    assert paths == [
        [ch],
        [ch, basics],
        [ch, basics, "1.1.1. The shell prompt"],
        [ch, basics, "1.1.2. The shell prompt under GUI"],
        [ch, basics, "1.1.3. The root account"],
        [ch, basics, "1.1.4. The root shell prompt"],
    ]


def test_a_decimal_title_without_a_parent_heading_keeps_its_level():
    # "3.14" after a section "1." is no subsection: no "3" heading before it.
    text = _clean(DEBIAN_REFERENCE_EN).replace("1.1.2.\xa0The shell", "3.14.\xa0The shell")
    text = text.replace("1.1.2. The shell", "3.14. The shell")
    levels = {s.title: s.level for s in find_sections(text)[0]}
    assert levels["3.14. The shell prompt under GUI"] == levels["Chapter 1. GNU/Linux tutorials"]
    assert levels["1.1.3. The root account"] == levels["1.1. Console basics"] + 1


def test_admonition_labels_are_no_sections():
    # Rule admonition_label: the excerpt's three "Note" and one "Warning" lines.
    text = _clean(DEBIAN_REFERENCE_EN)
    assert len(re.findall(r"(?m)^ *(?:Note|Warning)$", text)) == 4
    titles = [s.title for s in find_sections(text)[0]]
    assert "Note" not in titles and "Warning" not in titles
    # One "NOTE." over a book's first page is still a named heading.
    book = "NOTE.\n\n" + text.split("1.1.\xa0Console basics")[0].split("Chapter\xa01.")[1]
    assert [h.title for h in find_headings(book)][:1] == ["NOTE."]


def test_root_prompts_at_the_margin_open_no_section():
    # Rule prompt_run: "# chown ..." next to "# chgrp ..." is a command, and then
    # so is the lone "# chvt 3"; before, each was a level-1 Markdown heading.
    text = _clean(PERMISSIONS)
    assert "\n# chown newowner foo\n" in text and "\n# chvt 3\n" in text
    assert [h.title for h in find_headings(text)] == []


def test_markdown_headings_stacked_or_alone_still_count():
    text = "# longctx\n## Install\n\nRun the command below.\n\n$ make install\n\n# Usage\n\nText.\n"
    assert [h.title for h in find_headings(text)] == ["longctx", "Install", "Usage"]


def _contents_sentences(text):
    s = analyze_text(text)
    eligible = ks.eligible_sentences(text, s.sentences, 6, [])
    return s.sentences, eligible


def test_contents_entries_are_no_key_sentences():
    # Rule contents_entry: the list's entries run into each other ("List of
    # informative documentation packages\n1.3. "), each taking the next number's
    # period; every one of them was eligible before.
    text = _clean(LIST_OF_TABLES + "\n" + JA_CONTENTS)
    spans, eligible = _contents_sentences(text)
    picked = [text[a:b] for (a, b), ok in zip(spans, eligible, strict=True) if ok]
    assert picked == [], picked
    dropped = ks.contents_entries(text, spans)
    assert len(dropped) >= 8
    # A real sentence that ends before a numbered list item stays eligible.
    prose = _clean(
        "Here are some Unix file basics, listed in the order of importance.\n"
        "1. Filenames are case sensitive.\n"
    )
    spans, eligible = _contents_sentences(prose)
    assert bool(eligible[0]) and len(ks.contents_entries(prose, spans)) == 0
    assert isinstance(dropped, np.ndarray)


# Debian Policy 4.6.2.0 (debian-policy, policy.txt: Sphinx's text output of
# reStructuredText), chapter 1 from its title to the start of 1.3.
POLICY = """1. About this manual
********************


1.1. Scope
==========

This manual describes the policy requirements for the Debian
distribution. This includes the structure and contents of the Debian
archive and several design issues of the operating system, as well as
technical requirements that each package must satisfy to be included
in the distribution.

This manual also describes Debian policy as it relates to creating
Debian packages. It is not a tutorial on how to build packages, nor is
it exhaustive where it comes to describing the behavior of the
packaging system. Instead, this manual attempts to define the
interface to the package management system with which the developers
must be conversant.  [1]

This manual cannot and does not prohibit every possible bug or
undesirable behaviour.  The fact that something is not prohibited by
Debian policy does not mean that it is not a bug, let alone that it is
desirable.  Questions not covered by policy should be evaluated on
their merits.

The footnotes present in this manual are merely informative, and are
not part of Debian policy itself.

The appendices to this manual are not necessarily normative, either.
Please see Introduction and scope of these appendices for more
information.

In the normative part of this manual, the following terms are used to
describe the importance of each statement:  [2]

* The terms *must* and *must not*, and the adjectives *required* and
  *prohibited*, denote strong requirements. Packages that do not
  conform to these requirements will generally not be considered
  acceptable for the Debian distribution. These statements correspond
  to the *critical*, *grave*, and *serious* bug severities (normally
  serious). They are collectively called *Policy requirements*.

* The terms *should* and *should not*, and the adjective
  *recommended*, denote best practices. Non-conformance with these
  guidelines will generally be considered a bug, but will not
  necessarily render a package unsuitable for distribution. These
  statements correspond to bug severities of *important*, *normal*,
  and *minor*. They are collectively called *Policy recommendations*.

* The adjectives *encouraged* and *discouraged* denote places where
  Policy offers advice to maintainers, but maintainers are free to
  follow or not follow that advice. Non-conformance with this advice
  is normally not considered a bug; if a bug seems worthwhile,
  normally it would have a severity of *wishlist*. These statements
  are collectively called *Policy advice*.

* The term *may* and the adjective *optional* are used to clarify
  cases where it may otherwise appear that Policy is specifying a
  requirement or recommendation. In those cases, these words describe
  decisions that are truly optional and at the maintainer’s
  discretion.

The Release Team can, at their discretion, downgrade a Policy
requirement to a Policy recommendation for a given release of the
Debian distribution. This may be done for only a specific package or
for the archive as a whole. This provision is intended to provide
flexibility to balance the quality standards of the distribution
against the release schedule and the importance of making a stable
release.

Much of the information presented in this manual will be useful even
when building a package which is to be distributed in some other way
or is intended for local use only.

udebs (stripped-down binary packages used by the Debian Installer) and
source packages that produce only udebs do not comply with all of the
requirements discussed here. See the Debian Installer internals manual
for more information about them.

[1] Informally, the criteria used for inclusion is that the material
    meet one of the following requirements:

    Standard interfaces
       The material presented represents an interface to the packaging
       system that is mandated for use, and is used by, a significant
       number of packages, and therefore should not be changed without
       peer review. Package maintainers can then rely on this
       interface not changing, and the package management software
       authors need to ensure compatibility with this interface
       definition. (Control file and changelog file formats are
       examples.)

    Chosen Convention
       If there are a number of technically viable choices that can be
       made, but one needs to select one of these options for inter-
       operability. The version number format is one example.

    Please note that these are not mutually exclusive; selected
    conventions often become parts of standard interfaces.

[2] Compare RFC 2119. Note, however, that these words are used in a
    different way in this document.


1.2. New versions of this document
==================================

This manual is distributed via the Debian package debian-policy.

The current version of this document is also available from the Debian
web mirrors at https://www.debian.org/doc/debian-policy/. Also
available from the same directory are several other formats:
policy.epub, policy.txt and policy.pdf. Included in both the same
directory and in the debian-policy package is a standalone copy of
Upgrading checklist, which indicates policy changes between versions
of this document.


1.3. Authors and Maintainers
============================


"""


def test_underlines_keep_their_lines_and_stars_head_chapters():
    # Rule underline (transforms.line_marks): "=====" under "1.2. New versions
    # of this document" was joined onto it as a wrap, so 102 of the manual's 326
    # titles were no headings; clause rst_chapter: "*****" heads the chapter.
    text = _clean(POLICY)
    assert "\n1.2. New versions of this document\n=====" in text
    paths = [p for p in section_paths(find_sections(text)[0]) if p]
    ch = "1. About this manual"
    assert paths == [
        [ch],
        [ch, "1.1. Scope"],
        [ch, "1.2. New versions of this document"],
        [ch, "1.3. Authors and Maintainers"],
    ]


def test_a_short_star_rule_is_no_underline():
    # "***" shorter than the line above is a thematic break, not a chapter title.
    text = "Some closing words of a chapter\n***\n\n" + _clean(POLICY)
    assert "Some closing words of a chapter" not in [h.title for h in find_headings(text)]


def test_a_numbered_list_item_is_no_parent_number():
    # The book's three steps confirmed as a numbered series of a lower rank
    # (in sections 2.3.5, 2.5.9 and 4.6.4), put here in chapter 1: the step "1." must not take
    # the place of chapter 1 as the parent of 1.1.
    steps = [
        '1. Read previous "Release Notes".',
        '2. Execute "package_name.preinst" using debconf(1)',
        "3. Reboot system.",
    ]
    text = DEBIAN_REFERENCE_EN
    for step, before in zip(steps, ["1.1.\xa0Console", "1.1.2.\xa0The shell", "1.1.3.\xa0The root"],
                            strict=True):  # fmt: skip
        text = text.replace(before, f"    {step}\n\n{before}")
    sections = find_sections(_clean(text))[0]
    levels = {s.title: s.level for s in sections}
    assert levels[steps[0]] > levels["Chapter 1. GNU/Linux tutorials"]
    assert levels["1.1. Console basics"] == levels["Chapter 1. GNU/Linux tutorials"] + 1


# English, section 2.5.3: the paragraph before Table 2.17 and its first three rows
# (and closing border), as shipped.
DPKG_FILES_TABLE = """\xa0\xa0\xa0 The debconf system provides standardized user interaction with
    I18N and L10N (Chapter\xa08, I18N and L10N) supports.

    Table\xa02.17.\xa0The notable files created by dpkg

    +---------------------------------------------------------------+
    |         file         |        description of contents         |
    |----------------------+----------------------------------------|
    |/var/lib/dpkg/info/   |list of configuration files. (user      |
    |package_name.conffiles|modifiable)                             |
    |----------------------+----------------------------------------|
    |/var/lib/dpkg/info/   |list of files and directories installed |
    |package_name.list     |by the package                          |
    |----------------------+----------------------------------------|
    |/var/lib/dpkg/info/   |list of MD5 hash values for files       |
    |package_name.md5sums  |installed by the package                |
    |----------------------+----------------------------------------|
    +---------------------------------------------------------------+
"""


def test_table_pieces_are_no_key_sentences():
    # Rule table_rule: the table's cells split at "files. (user" and similar;
    # each piece holding a "|-----+-----|" rule line was eligible before.
    text = _clean(DPKG_FILES_TABLE)
    spans, eligible = _contents_sentences(text)
    picked = [text[a:b] for (a, b), ok in zip(spans, eligible, strict=True) if ok]
    assert picked, "the paragraph's sentence stays eligible"
    assert not [p for p in picked if "---" in p], picked
    assert len(ks.table_rules(text, spans)) >= 2
