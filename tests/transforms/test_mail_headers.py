"""Rule mail_header (``transforms.mail_headers``, run by the boilerplate stage):
each message's "From " line and header fields in an mbox file are cut.

Samples: perceval 1.6.1's tests/data/pipermail/pipermail_2016_march.mbox (a
pipermail monthly archive) and tests/data/mbox/mbox_complex.mbox (a GNOME list
archive; header fields shortened to a few of each kind)."""

from transforms.boilerplate import BoilerplateConfig, find_boilerplate
from transforms.clean import CleanConfig, clean_text
from transforms.mail_headers import mail_header_edits
from transforms.normalize import normalize_text

PIPERMAIL = """From gpoo at example.com  Thu Mar  3 18:20:35 2016
From: gpoo at example.com (=?ISO-8859-1?Q?Germ=E1n_Poo-Caama=F1o?=)
Date: Thu, 03 Mar 2016 09:20:35 -0800
Subject: [Metrics-grimoire] MLStats may change the semantic of --force any
\ttime soon
Message-ID: <1457025635.7479.7.camel@calcifer.org>

Hi,

For those of you who rely in the option --force to download everything
and anything available from web directories, I pushed some changes you
may be interested in.
"""

MBOX = """From eloli@hotmail.com  Wed Sep 22 05:05:28 2004
Return-Path: <eloli@hotmail.com>
Received: from localhost (unknown [127.0.0.1])
\tby menubar.gnome.org (Postfix) with ESMTP
\tid 1CD323B0C99; Wed, 22 Sep 2004 05:05:27 -0400 (EDT)
From: "Eugenia Loli-Queru" <eloli@hotmail.com>
Subject: Re: Revisiting the Gnome Bindings
List-Unsubscribe: <http://mail.gnome.org/mailman/listinfo/desktop-devel-list>,
\t<mailto:desktop-devel-list-request@gnome.org?subject=unsubscribe>

>I don't think it's fair to blame the Foundation [...]
>of packaging since it's really not (just) a case [...]
>marketing.

No matter what is really to blame, it ultimately [...]

Rgds,
Eugenia

From danilo@adsl-236-193.eunet.yu  Mon Mar 17 09:35:25 2008
Return-Path: <danilo@gnome.org>
X-Original-To: desktop-devel-list@gnome.org
Subject: Re: Memory usage of GNOME translations

Hi Simos,

Yesterday at 15:02, Simos Xenitellis wrote:
"""


def _clean(text: str, **config) -> str:
    return clean_text(normalize_text(text), CleanConfig(**config)).text


def test_headers_cut_bodies_kept():
    for raw in (PIPERMAIL, MBOX):
        out = _clean(raw)
        for field in ("From ", "From:", "Received:", "Message-ID:", "Subject:", "by menubar"):
            assert field not in out
    out = _clean(MBOX)
    assert out.lstrip().startswith(">I don't think it's fair")
    assert "Rgds,\nEugenia\n\nHi Simos," in out  # one message after the other
    assert _clean(PIPERMAIL).lstrip().startswith("Hi,\n\nFor those of you")


def test_counted_as_boilerplate_and_kept_with_keep_boilerplate():
    edits = find_boilerplate(normalize_text(MBOX))
    assert [e.rule for e in edits] == ["mail_header", "mail_header"]
    kept = _clean(MBOX, boilerplate=BoilerplateConfig(enabled=False))
    assert "Received: from localhost" in kept


def test_not_a_mailbox():
    # "From " at a line start in prose, even with a year, is not followed by header fields.
    prose = "From the window she saw him, in 1904\nwalking home.\n\nFrom: a note\n"
    assert mail_header_edits(prose) == []
    one_field = "From me  Wed Sep 22 05:05:28 2004\nSubject: hello\n\nBody.\n"
    assert mail_header_edits(one_field) == []


def test_review_letter_in_a_novel_is_not_a_mail_header():
    # Clause mail_header.asctime: a From_ line's date has a time of day;
    # clause mail_header.mbox_start: the document begins with its From_ line.
    novel = (
        "Chapter 3\n\nFrom the desk of Harold Finch, London, 1904\nTo: Mr. Reese\n"
        "Subject: The matter of the loan\n\nDear Sir, I write to you again.\n"
    )
    assert mail_header_edits(novel) == []
    assert mail_header_edits(novel.split("\n\n", 1)[1]) == []  # asctime alone


def test_review_rfc_quoting_an_mbox_example_is_left_whole():
    # Clause mail_header.mbox_start: prose before the first From_ line.
    msg = "From alice@example.org Mon Jan  5 10:00:00 2004\nDate: Mon, 5 Jan 2004\nSubject: Hi\n\nHi Bob.\n"
    rfc = "4.  Example\n\n   The following is an example mbox file:\n\n" + msg + "\n" + msg
    assert mail_header_edits(rfc) == []
    assert len(mail_header_edits(msg + "\n" + msg)) == 2
