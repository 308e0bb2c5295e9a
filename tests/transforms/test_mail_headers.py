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


# perceval 1.6.1's tests/data/pipermail/pipermail_2016_april.mbox (a pipermail
# archive of a thread), its three messages with their bodies shortened (the
# paragraphs left out are left out of the quotes too); quotes, attributions,
# signatures and pipermail's attachment notes as in the file.
THREAD = """From jgb at example.com  Thu Apr 14 11:06:56 2016
From: jgb at example.com (Jesus M. Gonzalez-Barahona)
Date: Thu, 14 Apr 2016 11:06:56 +0200
Subject: [Metrics-grimoire] [GrimoireLab] Presenting GrimoireLab
Message-ID: <1460624816.5581.114.camel@example.com>

Hi all,

This is to present GrimoreLab [1] to this mailing list. GrimoireLab is
intended to become a full platform for software development analytics,
from data retrieval to visualization. It is a complete redesign,
starting from scratch, of everything in MetricsGrimoire a vizGrimoire.

Comments are welcome.

Saludos,

\tJesus.

--\x20
http://twitter.com/jgbarah          http://gsyc.es/~jgb


From andy at example.com  Sat Apr 23 18:18:56 2016
From: andy at example.com (Andy Grunwald)
Date: Sat, 23 Apr 2016 18:18:56 +0200
Subject: [Metrics-grimoire] [GrimoireLab] Presenting GrimoireLab
In-Reply-To: <1460624816.5581.114.camel@example.com>
Message-ID: <CACRHdMZgAgzyhewu_aAJ2f2DWHVZdNH6J7zd2S=YWQuf-2yZDw@example.com>

Thank you Jesus.
For me it is fine to use this mailinglist.

One question: The old tools (CVSAnaly, MLStats, ...) are deprecated /
obsolete and get no further development from your side anymore?

Andy

2016-04-14 11:06 GMT+02:00 Jesus M. Gonzalez-Barahona <jgb at example.com>:

> Hi all,
>
> This is to present GrimoreLab [1] to this mailing list. GrimoireLab is
> intended to become a full platform for software development analytics,
> from data retrieval to visualization. It is a complete redesign,
> starting from scratch, of everything in MetricsGrimoire a vizGrimoire.
>
> Comments are welcome.
>
> Saludos,
>
>         Jesus.
>
> --
> http://twitter.com/jgbarah          http://gsyc.es/~jgb
>
> _______________________________________________
> Metrics-Grimoire mailing list
> Metrics-Grimoire at lists.libresoft.es
> https://lists.libresoft.es/listinfo/metrics-grimoire
-------------- next part --------------
An HTML attachment was scrubbed...
URL: <http://lists.libresoft.es/pipermail/metrics-grimoire/attachments/20160423/30a5c1ca/attachment.html>

From jgb at example.com  Tue Apr 26 00:00:07 2016
From: jgb at example.com (Jesus M. Gonzalez-Barahona)
Date: Tue, 26 Apr 2016 00:00:07 +0200
Subject: [Metrics-grimoire] [GrimoireLab] Presenting GrimoireLab
Message-ID: <1461621607.19185.342.camel@example.com>

On Sat, 2016-04-23 at 18:18 +0200, Andy Grunwald wrote:
> Thank you Jesus.
> For me it is fine to use this mailinglist.

Great.

> One question: The old tools (CVSAnaly, MLStats, ...) are deprecated /
> obsolete and get no further development from your side anymore?

At least for a while, we're planning to still maintain them. For now,
we're still using them, and basing some services on them.

Saludos,

\tJesus.

> Andy
>\x20
> 2016-04-14 11:06 GMT+02:00 Jesus M. Gonzalez-Barahona <jgb at example.com>:
> > Hi all,
> >\x20
> > This is to present GrimoreLab [1] to this mailing list. GrimoireLab
> > is
> > intended to become a full platform for software development
> > analytics,
> > from data retrieval to visualization. It is a complete redesign,
> > starting from scratch, of everything in MetricsGrimoire a
> > vizGrimoire.
--\x20
http://twitter.com/jgbarah          http://gsyc.es/~jgb
"""


def test_review_quoted_copy_of_an_earlier_message_is_cut():
    # Clause mail_header.quoted_copy (before: message 1 trained three times, once
    # as Andy's full quote, once as the quote under Jesus' answer).
    out = _clean(THREAD)
    assert out.count("This is to present GrimoreLab") == 1
    assert out.count("Comments are welcome.") == 1
    assert "> Hi all" not in out and "> > " not in out and "mailing list\n" not in out
    # The attribution over a cut quote goes with it.
    assert "GMT+02:00" not in out
    # Every line the writers wrote themselves is kept.
    for own in ("For me it is fine", "Andy\n", "At least for a while", "basing some services"):
        assert own in out


def test_review_short_quote_answered_under_it_stays():
    # Clause mail_header.quoted_copy: a short quote that the writer answers right
    # under it stays (the answer needs it), with its attribution.
    out = _clean(THREAD)
    assert "Andy Grunwald wrote:\n> Thank you Jesus.\n> For me it is fine" in out
    assert "> One question: The old tools" in out and "Great." in out


def test_review_signature_and_attachment_note_are_cut():
    # Clauses mail_header.signature and mail_header.scrubbed.
    out = _clean(THREAD)
    assert "twitter.com" not in out and "-- " not in out
    assert "next part" not in out and "scrubbed" not in out and "attachment.html" not in out
    # A "-- " line with more than SIG_LINES lines under it is no signature.
    long_tail = "".join(f"Point {i} of the plan.\n" for i in range(12))
    msg = "From a@example.org  Mon Jan  5 10:00:00 2004\nDate: x\nSubject: y\n\nHi.\n-- \n"
    assert "Point 11" in _clean(msg + long_tail)


def test_review_quotes_and_dashes_in_a_book_are_left():
    # Only an mbox file (clause mail_header.mbox_start) has its quotes read: a
    # novel quoting a letter twice in "> " lines and closing it with "-- " is left.
    letter = "> My dear Watson, I shall be at the station at ten.\n> Come if you can.\n"
    novel = (
        "CHAPTER II\n\nThe letter ran:\n\n"
        + letter
        + "\nHe read it again:\n\n"
        + letter
        + "\n-- \nS. H.\n"
    )
    assert mail_header_edits(novel) == []
    assert _clean(novel).count("My dear Watson") == 2


def test_review2_signature_stops_before_the_message_it_answers():
    # Clause mail_header.sig_no_quote: a reply written over the message it
    # answers, signed, then that message quoted under the signature (the
    # layout of many mail clients). The file does not hold the answered message:
    # the quote is its only copy and stays; the signature itself is cut.
    msg = THREAD.split("\n\n\nFrom andy")[0].replace(
        "Comments are welcome.\n\nSaludos,\n\n\tJesus.\n\n--\x20\n"
        "http://twitter.com/jgbarah          http://gsyc.es/~jgb",
        "Comments are welcome.\n\n--\x20\nhttp://twitter.com/jgbarah\n\n"
        "On Wed, 2016-04-13 at 09:12 +0200, Andy Grunwald wrote:\n"
        "> Is there a place where GrimoireLab will be announced?\n"
        "> We would like to try it on our own repositories.",
    )
    assert "Andy Grunwald wrote:" in msg
    out = _clean(msg)
    assert "> We would like to try it on our own repositories." in out
    assert "Andy Grunwald wrote:" in out
    assert "twitter.com" not in out


def test_review2_own_line_with_a_time_over_a_cut_quote_stays():
    # Clause mail_header.attribution_address: the quote of Jesus' message under
    # Andy's line is cut (a copy), but the line over it, the writer's own with a
    # time in it, is no attribution and stays.
    own = "The announcement I got at 11:06 said:\n"
    text = THREAD.replace(
        "2016-04-14 11:06 GMT+02:00 Jesus M. Gonzalez-Barahona <jgb at example.com>:\n", own
    )
    assert own in text
    out = _clean(text)
    assert "The announcement I got at 11:06 said:" in out
    assert out.count("This is to present GrimoreLab") == 1


def test_review2_quote_holding_new_text_stays():
    # Clause mail_header.quote_new_text: Andy forwards to the list Jesus' answer
    # sent to him alone (in the words of Jesus' answer in the thread), which
    # quotes the first message. Most of the quote repeats that message, but
    # Jesus' two lines are in no other message of the file: the quote stays.
    first = THREAD.split("\n\n\nFrom andy")[0] + "\n"
    forward = (
        "\n\nFrom andy at example.com  Sun Apr 24 10:00:00 2016\n"
        "From: andy at example.com (Andy Grunwald)\n"
        "Date: Sun, 24 Apr 2016 10:00:00 +0200\n"
        "Subject: [Metrics-grimoire] [GrimoireLab] Presenting GrimoireLab\n\n"
        "On Sat, 2016-04-23 at 23:59 +0200, Jesus M. Gonzalez-Barahona wrote:\n"
        "> At least for a while, we're planning to still maintain them. For now,\n"
        "> we're still using them, and basing some services on them.\n"
        ">\n"
        "> > This is to present GrimoreLab [1] to this mailing list. GrimoireLab is\n"
        "> > intended to become a full platform for software development analytics,\n"
        "> > from data retrieval to visualization. It is a complete redesign,\n"
        "> > starting from scratch, of everything in MetricsGrimoire a vizGrimoire.\n"
        "> >\n"
        "> > Comments are welcome.\n"
    )
    out = _clean(first + forward)
    assert "we're planning to still maintain them" in out
