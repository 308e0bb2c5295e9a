"""Rule ``numbered_run`` (``transforms.numbered_runs``) on Chinese text: review of
session 23 (branch wtA).

Real text: a Chinese "软件许可及服务协议" (software licence and service agreement; the
widely copied template, here the "价值线" app's, from the register page of a public
GitHub repository), its sections 一-三 as one paragraph a line; the long paragraphs are
cut after their first sentence. "Debian Edu / Skolelinux 12 Bookworm 手册" (Debian
``debian-edu-doc-zh-cn`` 2.12.23, ``debian-edu-bookworm-manual.pdf`` through pdftotext
-layout, poppler 22.12): its contents list's first entries (cut after 3.1) and the
body's headings 1-4.2, each with its first two lines.
"""

from __future__ import annotations

from transforms.normalize import normalize_text
from transforms.sections import find_sections

AGREEMENT = (
    "注册服务条款\n\n"
    "欢迎使用价值线软件及服务！\n\n"
    "除非你已阅读并接受本协议所有条款，否则你无权下载、安装或使用本软件及相关服务。\n\n"
    "一、协议的范围\n\n"
    "1.1 协议适用主体范围\n\n"
    "本协议是你与价值线之间关于下载、安装、使用等服务所订立的协议。\n\n"
    "二、关于服务\n\n"
    "2.1 本服务的内容\n\n"
    "本服务内容是指上海心砚科技有限公司向用户提供的跨平台的通讯工具，支持运单管理、"
    "物流跟踪，同时为用户提供包括但不限于库存查询和信用查询等功能或内容的软件许可及服务"
    "（以下简称“本服务”）。\n\n"
    "2.2 本服务的形式\n\n"
    "2.2.1 用户通过手机号注册平台账号。用户完成申请注册手续后，获得帐号的使用权。\n\n"
    "2.2.2 用户可以为非商业目的在单一台终端设备上安装、使用、显示、运行“价值线”软件。\n\n"
    "2.3 本服务许可的范围\n\n"
    "2.3.1 本公司有权针对以下情况中断或终止向用户提供本协议项下的网络服务，"
    "而无需对用户或任何第三方承担任何责任：\n\n"
    "（1）用户提供的个人资料不真实；\n\n"
    "（2）用户违反本协议中规定的使用规则；\n\n"
    "2.3.2 本条及本协议其他条款未明示授权的其他一切权利仍由上海心砚科技有限公司保留，"
    "用户在行使这些权利时须另外取得本公司的书面许可。\n\n"
    "三、软件的获取\n\n"
    "3.1 用户可以直接从价值线官方网站上获取本软件，也可以从得到本公司授权的第三方获取。\n\n"
    "3.2 如果从未经本公司授权的第三方获取本软件或与本软件名称相同的安装程序，"
    "本公司无法保证该软件能够正常使用，并对因此给你造成的损失不予负责。\n"
)


def test_run_cjk_sentence_end_clauses_are_no_sections():
    """Clause run_cjk_sentence_end: the clauses "2.3.1 ……责任：" and "2.3.2 ……许可。"
    end as a sentence does, in full-width marks; they are no headings. Without the
    clause they completed a chain of six (1.1-2.3.2) ranked above the agreement's own
    chapters "一、协议的范围", "二、关于服务", which fell from level 1 to level 3."""
    sections = find_sections(normalize_text(AGREEMENT))[0]
    titles = [s.title for s in sections]
    assert not any(t.startswith(("2.3.1", "2.3.2")) for t in titles)
    level = {s.title: s.level for s in sections}
    assert level["一、协议的范围"] == level["二、关于服务"] == level["三、软件的获取"] == 1


EDU_MANUAL = (
    "Contents\n"
    "\n"
    "1 Debian Edu 12 别名 Bookworm 的手册" + " " * 96 + "1\n"
    "\n"
    "2 关于 Debian Edu 和 Skolelinux" + " " * 99 + "1\n"
    "   2.1   部分历史及为何使用两个名称" + " ." * 41 + " " * 23 + "1\n"
    "\n"
    "3 结构" + " " * 123 + "2\n"
    "   3.1   网络" + " ." * 55 + "      2\n"
    "\n"
    "\n"
    "1   Debian Edu 12 别名 Bookworm 的手册\n"
    "\n"
    "这是 Debian Edu 12 (bookworm) 发行版的手册。\n"
    "这是 https://wiki.debian.org/DebianEdu/Documentation/Bookworm 上的维基版并且时常更新。\n"
    "\n"
    "\n"
    "2   关于 Debian Edu 和 Skolelinux\n"
    "\n"
    "Debian Edu 又名 Skolelinux 是一个基于 Debian 的 Linux 发行版，它提供了一个完整配置的学校网络的开箱即用环境。\n"
    "它实现了客户端-服务器方法。服务器和客户端是相互交互的软件。服务器提供客户端运行所需的信息。当服务器安装\n"
    "\n"
    "\n"
    "2.1 部分历史及为何使用两个名称\n"
    "\n"
    "Debian Edu / Skolelinux 是一个由 Debian Edu 项目创建的 Linux 发行版。它作为 Debian Pure Blend 发行版是正式的\n"
    "Debian 子项目。\n"
    "\n"
    "\n"
    "3   结构\n"
    "\n"
    "文档的这部分叙述 Skolelinux 安装所提供的网络架构和服务。\n"
    "这是张假定的网络拓扑草图。Skolelinux 网络默认设置假定有一个（而且仅是一个）主服务器，同时可以包含常规的工\n"
    "\n"
    "\n"
    "3.1 网络\n"
    "\n"
    "文档的这部分叙述 Skolelinux 安装所提供的网络架构和服务。\n"
    "这是张假定的网络拓扑草图。Skolelinux 网络默认设置假定有一个（而且仅是一个）主服务器，同时可以包含常规的工\n"
    "\n"
    "\n"
    "3.1.1 缺省网络设置\n"
    "\n"
    "DHCP 在主服务器上为 10.0.0.0/8 网络工作，提供可以选择安装新服务器/工作站，运行内存测试，或者从本地硬盘\n"
    "引导的 PXE 引导菜单。\n"
    "\n"
    "\n"
    "3.1.2 主服务器\n"
    "\n"
    "一个 Skolelinux 网络需要通过选择主服务器设定配置安装一台主服务器（主机名“tjener”是挪威语“服务器”之意）\n"
    "并预设默认 IP 地址为 10.0.2.2。除主服务器设定配置外还可以（但不必需）选择并安装 LTSP 服务器和工作站的设定\n"
    "\n"
    "\n"
    "3.1.3 运行在主服务器上的服务\n"
    "\n"
    "除了瘦客户机的管理之外，所有的服务最初设置在一台中央计算机上（主服务器）。为了性能的原因，LTSP 服务器将\n"
    "要分开来（不过在同一机器上可以安装主服务器和 LTSP 服务器两者的配置文件）。所有服务分配了专用 DNS 名称并\n"
    "\n"
    "\n"
    "3.1.4 LTSP 服务器\n"
    "\n"
    "一个 Skolelinux 网络上可以有许多 LTSP 服务器，这是由选择 LTSP 服务器的设定而安装的。\n"
    "LTSP 服务器设置接收来自瘦客户端和工作站的日志，并转递这些信息到中央日志接受者。\n"
    "\n"
    "\n"
    "3.1.5 瘦客户端\n"
    "\n"
    "瘦客户机设置使普通 PC 可以作为 (X-) 终端运行。这意味着机器直接从服务器上使用 PXE 启动，无需使用本地客户\n"
    "端硬盘。瘦客户机现在使用 X2Go 设置，因为 LTSP 已经停止对它维护与更新。\n"
    "\n"
    "\n"
    "3.2 管理\n"
    "\n"
    "可以从中央计算机，大概是服务器来管理所有用 Skolelinux 安装程序安装的 Linux 机器。其通过 SSH 将能登录到所有\n"
    "的机器，从而完全访问这些机器。作为 root 自己首先需要运行 kinit 来获得 Kerberos TGT。\n"
    "\n"
    "\n"
    "4   需求\n"
    "\n"
    "这是设置 Skolelinux 方案的不同方法。它可以被安装在一台单独应用的个人计算机上，或作为许多学校操作中心的整\n"
    "体方案。这个灵活性制定了网络部件，服务器和客户端机器的极为不同的配置。\n"
    "\n"
    "\n"
    "4.1 硬件需求\n"
    "\n"
    "不同设定的目的在网络架构一章中解释。\n"
    "如果计划使用 LTSP，需要看 LTSP 硬件需求 wiki 页面。\n"
    "\n"
    "\n"
    "4.2 所知工作的硬件\n"
    "\n"
    "在 https://wiki.debian.org/DebianEdu/Hardware/ 上提供了一份测试过的硬件清单。这一清单远不完整。\n"
    "https://wiki.debian.org/InstallingDebianOn 努力将如何在一些特定硬件上安装、配置和使用 Debian 记入文档，\n"
    "\n"
)


def test_run_listed_members_rank_with_the_run():
    """Clause run_listed_members: the contents list names 1-3.1 (rule listed ranks them
    by its indents), rule numbered_run finds 1-4.2; the listed members take the run's
    candidates, so every level follows the numbers. Without the clause "2.1" and "3.1"
    sat at level 3, their sub-sections "3.1.1"-"3.1.5" at level 2, above them."""
    sections = find_sections(normalize_text(EDU_MANUAL))[0]
    level = {s.title.split()[0]: s.level for s in sections if s.title[:1].isdigit()}
    assert [n for n in level if n.count(".") == 0] == ["1", "2", "3", "4"]
    for number, lv in level.items():
        assert lv == number.count(".") + 1, (number, lv)
