"""Rule ``numbered_run`` (``transforms.numbered_runs``) on Chinese text: review of
session 23 (branch wtA).

Real text: a Chinese "软件许可及服务协议" (software licence and service agreement; the
widely copied template, here the "价值线" app's, from the register page of a public
GitHub repository), its sections 一-三 as one paragraph a line; the long paragraphs are
cut after their first sentence.
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
