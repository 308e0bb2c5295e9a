"""Court transcripts in their page form: clause ``transcript_line_numbers``
(``transforms.transcript_lines``, rule ``page_furniture``: the margin line numbers 1-25
go) and clause ``three_line_furniture`` (``transforms.page_furniture``: the reporter's
two footer lines over the next page's head and number go too).

Real text: ten pages (947-949, 952-954, 956-959) of the transcript of People v. Donald
J. Trump (Supreme Court of the State of New York, 23 April 2024, the contempt hearing),
the per-page text files of ``pbutland/caughtlistening`` (``transcripts/240423/text/``),
joined as a user joins them; and Matthew 2 (King James Version, verse per line, as
``ReadConfirmationSheet`` of a public Bible app sets it) for the negative case.
"""

from __future__ import annotations

from pathlib import Path

from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.transcript_lines import transcript_line_numbers

PAGES = [
    """\
Hearing — Mr. Conroy
Page 947
1 That same day, about an hour and 15 minutes
2 later, the defendant posted the same post again on his
3 Truth Social account. And for the same reasons, it is
4 clearly related to these proceedings and to a reasonably
5 foreseeable witness in the case.
6 Again, that same day, April 15, 2024, on his
7 official campaign website, just to make sure the word fully
8 got out, the defendant published a link to an article from
9 the New York Post with the following introduction, ICYMI,
10 which my understanding is it means, in case you missed it,
11 and then a colon, and then the same link that he had posted
12 twice previously that day, a serial perjurer will try to
13 prove an old misdemeanor against Trump in an embarrassment
14 for the New York Legal System.
15 Again, specific reference both to this proceeding
16 and to a reasonably foreseeable witness in the case.
17 The next day on April 16, 2024, and we are on
18 Exhibit 7 that I handed up, so I should have been giving
19 those numbers as I went along.
20 On April 16, 2024, 1:50 in the afternoon, the
21 defendant published a post on his Truth Social account that
22 stated, it's, again, the same post that we have just been
23 referring to and it contained the same link to the article.
24 That same day on his official campaign website,
25 he again posted the, in case you missed it, with the link
Susan Pearce—Bates, RPR, CCR, RSA
Principal Court Reporter
""",
    """\
Hearing — Mr. Conroy
Page 948
1 to the serial perjurer will try to prove an old misdemeanor
2 against Trump in an embarrassment to the New York Legal
3 System.
4 Again, those are so clearly related to a
5 reasonably foreseeable witness in this proceeding.
6 On April 16, 7:09 p.m. —— the other thing to keep
7 in mind, and I know your Honor knows this, I am just going
8 to say it for the record, this is while we are on trial.
9 The trial has now begun.
10 On April 16th, at 7:09 p.m., the defendant
11 published a post on his Truth Social account that contained
12 an article attacking the testimony of Michael Cohen. The
13 article had a picture of Michael Cohen with the headline,
14 no, Cohen's guilty pleas does not prove Trump committed
15 campaign finance crimes. The entire article was embedded
16 in the post.
17 And, again, that's what I handed up as 9A. If
18 you clicked on various parts of the article, the particular
19 page of the article would come up in a more readable form.
20 The whole thing was visible when you clicked into Truth.
21 And, again, reasonably foreseeable witness,
22 direct reference to this proceeding, very clear link to the
23 order that this Court issued on April 1st.
24 The next day, and this was last Wednesday, April
25 17th, and, again, this is a very troubling post at 5:46
Susan Pearce—Bates, RPR, CCR, RSA
Principal Court Reporter
""",
    """\
Hearing — Mr. Conroy
Page 949
1 p.m., the defendant published a post on his Truth Social
2 account that stated, they are catching undercover liberal
3 activists lying to the Judge in order to get on the Trump
4 jury.
5 I want to give the court a little bit of context
6 for that Truth.
7 And that is a quote. That whole thing is in
8 quotation marks. It's attributed to somebody named Jesse
9 Watters. On that day, last Wednesday, there was a segment
10 on a Fox News show called, At Five, that airs at 5:00 in
11 the afternoon.
12 On that show Jesse Watters, who is one of the
13 commentators, spoke about the jurors who had been seated or
14 were being interviewed in this case in a derogatory way.
15 Mr. Watters said the first part of what Mr. Trump posted.
16 He said the first part, in order to get on the Trump jury.
17 Now, Mr. Watters may have said things like, in
18 order to get on the Trump jury, later in that episode or
19 later that night when he has another show at 8:00, but he
20 didn't say it at 5:08 on his show, and this post came at
21 5:46, about 30 minutes later, give or take.
22 THE COURT: What exactly did he say?
23 MR. CONROY: So he said —— what Mr. Watters said
24 was, they are catching undercover liberal activists lying
25 to the Judge, period.
Susan Pearce—Bates, RPR, CCR, RSA
Principal Court Reporter
""",
    """\
Hearing — Mr. Conroy
Page 952
1 argue that this provision is ambiguous.
2 The order is clear, notwithstanding the
3 defendant's willingness to make arguments that conflict
4 with the facts and at times with each other. And the
5 clarity is stark with respect to this provision related to
6 jurors, particularly when contrasted to the more specific
7 language that modifies witnesses, the Court and DANY
8 personnel.
9 Judge, 1 would just refer to some of the
10 language.
11 And I won't read it, some of the language in the
12 Court's April 1st order, talking about why it is so
13 important to issue that order now based on the defendant's
14 history, based on this proceeding, and based on what was
15 going on.
16 There is no doubt that this defendant made these
17 statements. And I just want to talk a little bit more
18 about the back and forth on that last post, the 10th post
19 with Jesse Watters because I think those two —— the
20 defendant's willfulness in these posts, defendant took
21 something that Jesse Watters said, added to it and posted
22 it. And it came from a segment specifically discussing
23 juror profiles in this case.
24 He did it about 40 minutes after Jesse Watters
25 said part of the statement. To me, that shows very clear
Susan Pearce—Bates, RPR, CCR, RSA
Principal Court Reporter
""",
    """\
Hearing — Mr. Conroy
Page 953
1 deliberation and willfulness in making the post.
2 All of the posts here are made concerning this
3 criminal proceeding. We know that from the proximity. We
4 know that from the words. We know that because they are
5 consistent with the defense in this case as outlined in
6 counsel's opening yesterday. It's very clear that they
7 relate to this case.
8 I am not sure how there could be a straight—faced
9 argument that these posts, all within the last 12 days or
10 so, some of them echoed in counsel's opening yesterday,
11 relate to anything other than this criminal proceeding.
12 Throwing MAGA into a post doesn't make it political. It
13 may make it more ominous.
14 Defendant's 10 posts at issue today are willful
15 violations of the Court's order on April lst. The
16 defendant knows the terms of the April lst order.
17 He has repeatedly complained about the order on
18 his social media account, including, among others, and I
19 handed the posts up in the packet that I handed up of the
20 10 violations, there is a post from April 2nd, from April
21 6th and from April 10th and 11th.
22 THE COURT: Is that Exhibits 12, 13 and 14?
23 MR. CONROY: Yes. Exhibit 12, is April 2nd.
24 Exhibit 13 is April 6th. Exhibit 14 is April 10th. And
25 Exhibit 15 is actually a screenshot that would appear on
Susan Pearce—Bates, RPR, CCR, RSA
Principal Court Reporter
""",
    """\
Hearing — Mr. Conroy
Page 954
1 the Truth Social page. If you clicked it, it is a video in
2 which the defendant is actually speaking about the Gag
3 Order and the fact that kind of what he says is he is
4 gagged but he is referring to it.
5 He refers to the order's restrictions and attacks
6 the Court as conflicted.
7 The defendant has engaged in multiple rounds of
8 briefing involving the April 1st order and its earlier
9 version, the March 26th order, including filings in this
10 court and in the Appellate Division up to and including his
11 response to this Order to Show Cause on Friday, on the
12 19th.
13 In each, the defendant has engaged in details
14 with the order—specific directives, his Appellate Division
15 filings specifically criticizes and seeks to prohibit
16 enforcement of the April 1st order's restrictions on his
17 extrajudicial statements regarding Michael Cohen and Stormy
18 Daniels.
19 In paragraph nine of the defendant's verified
20 Article 78 Petition, filed by counsel, they complain that
21 the article —— that the April 1st order forbids the
22 defendant from responding to so—called attacks by Michael
23 Cohen and Stormy Daniels.
24 And yet, that's part of their argument here is
25 that he is allowed to respond to these attacks. So in the
Susan Pearce—Bates, RPR, CCR, RSA
Principal Court Reporter
""",
    """\
Hearing — Mr. Conroy
Page 956
1 claim that he is responding to attacks is anything more
2 than an after the facts justification for his contumacious
3 behavior.
4 It is not clear at all that he was aware of the
5 posts he claims he was responding to at the time he made
6 the post that violates the Court's order. Nothing on the
7 face of the post indicates that. By his logic, if someone
8 covered by the order says something mean or not nice about
9 him, he can respond because the attack is political, I
10 suppose, because by talking about the defendant, the
11 speaker is a public figure or because the defendant is
12 running for office, again, it makes no sense.
13 He says whatever he needs to say to get the
14 results that he wants. It's tortured at best and would
15 eviscerate the clear language and meaning of this order if
16 the Court were to adopt that.
17 The Court and the People have made clear that the
18 April 1st order leaves the defendant substantial room to
19 engage in speech about this criminal proceeding, including
20 criticisms of the Court and District Attorney. The
21 defendant has shown his ability to understand the
22 significant leeway left to him by making multiple social
23 media posts and other public statements that criticize the
24 criminal trial without violating the April 1st order.
25 By going beyond those criticism and launching
Susan Pearce—Bates, RPR, CCR, RSA
Principal Court Reporter
""",
    """\
Hearing — Mr. Conroy
Page 957
1 specific, separate attacks on two witnesses and by
2 attacking prospective jurors or juror, the defendant is
3 nothing less than knowingly and willfully, that is
4 intentionally, breaching the crystal clear, unequivocal
5 lines set by this Court in the April 1st order to protect
6 the integrity of this proceeding.
7 I am just going to talk a little bit about
8 another argument that the defendant made in his papers
9 where he claims that what he calls, reposts, are not his
10 statements.
11 In fact, some of his most dangerous statements,
12 including one we brought to the Court's attention as early
13 as arraignments last year, that photo of the defendant
14 holding the bat at the head of the District Attorney, are
15 what he wants to carve out of the order by calling them
16 reposts. That flies in the face of common sense and I am
17 going to draw an analogy which is not perfect but I think
18 is helpful.
19 New York Defamation Law has made clear for over a
20 hundred years that one who repeats or otherwise republishes
21 a defamatory matter is subject to liability as if he had
22 originally published it.
23 That's Geraci versus Probst, 15 New York 3rd 336.
24 And I can hand up copies if you like. I will do that at
25 the end.
Susan Pearce—Bates, RPR, CCR, RSA
Principal Court Reporter
""",
    """\
Hearing — Mr. Conroy
Page 958
1 THE COURT: Sure.
2 MR. CONROY: Here we are dealing with a court
3 order that specifically prohibits certain types of
4 extrajudicial statements and that clearly includes posts on
5 defendant's Truth Social account and on his campaign
6 website whether he is the original author or posting the
7 words of another. And as the Court noted the other day,
8 the law is clear that a party may not challenge a Court's
9 order by violating it.
10 Your Honor, the Judiciary Law authorizes the
11 Court to impose a fine not exceeding a thousand dollar or
12 to sentence the contemnor to no more than 30 days jail or
13 both in the discretion of the Court. That is in Judiciary
14 Law 751, and that's for each finding of contempt.
15 We are not yet seeking an incarceratory penalty.
16 The defendant seems to be angling for that.
17 For today, for these 10 violations of this
18 Court's April 1st Order, we are asking the Court to impose
19 the maximum number, $1,000 fine for each of the 10
20 violations.
21 We are also asking the Court to order the
22 Defendant to remove all 10 offending posts, eight from his
23 Truth Social account, and two from his campaign website, to
24 take those down.
25 Finally, for the Court to again warn the
Susan Pearce—Bates, RPR, CCR, RSA
Principal Court Reporter
""",
    """\
Hearing — Blanche
Page 959
1 defendant that this conduct will not be tolerated and
2 remind him that incarceration is an option should it be
3 necessary.
4 The defendant is having his day in court.
5 Unfortunately, he is still doing everything he can to
6 undermine this process. It has to stop.
7 A finding of criminal contempt, imposition of
8 sanctions and stark warnings from this Court are the
9 minimum remedies necessary to try to stop the defendant
10 from engaging in this behavior.
11 Thank you.
12 THE COURT: Thank you, Mr. Conroy.
13 Counsel.
14 MR. BLANCHE: Thank you, your Honor.
15 There is —— just to set the record very straight
16 and clear, President Trump does, in fact, know what the Gag
17 Order allows him to do and not allow him to do and there
18 was absolutely no willful violation of the Gag Order in the
19 10 posts and released by the campaign that the People just
20 discussed.
21 There is no dispute that President Trump is
22 facing a barrage of political attacks from all sides,
23 including from the two witnesses who are referenced in the
24 early posts. And I am going to separate, your Honor, if I
25 can, the reposts from the first round of alleged violations
Susan Pearce—Bates, RPR, CCR, RSA
Principal Court Reporter
""",
]


MATTHEW_2 = """\
1 Now when Jesus was born in Bethlehem of Judaea in the days of Herod the king, behold, there came wise men from the east to Jerusalem,
2 Saying, Where is he that is born King of the Jews? for we have seen his star in the east, and are come to worship him.
3 When Herod the king had heard these things, he was troubled, and all Jerusalem with him.
4 And when he had gathered all the chief priests and scribes of the people together, he demanded of them where Christ should be born.
5 And they said unto him, In Bethlehem of Judaea: for thus it is written by the prophet,
6 And thou Bethlehem, in the land of Juda, art not the least among the princes of Juda: for out of thee shall come a Governor, that shall rule my people Israel.
7 Then Herod, when he had privily called the wise men, enquired of them diligently what time the star appeared.
8 And he sent them to Bethlehem, and said, Go and search diligently for the young child; and when ye have found him, bring me word again, that I may come and worship him also.
9 When they had heard the king, they departed; and, lo, the star, which they saw in the east, went before them, till it came and stood over where the young child was.
10 When they saw the star, they rejoiced with exceeding great joy.
11 And when they were come into the house, they saw the young child with Mary his mother, and fell down, and worshipped him: and when they had opened their treasures, they presented unto him gifts; gold, and frankincense and myrrh.
12 And being warned of God in a dream that they should not return to Herod, they departed into their own country another way.
13 And when they were departed, behold, the angel of the Lord appeareth to Joseph in a dream, saying, Arise, and take the young child and his mother, and flee into Egypt, and be thou there until I bring thee word: for Herod will seek the young child to destroy him.
14 When he arose, he took the young child and his mother by night, and departed into Egypt:
15 And was there until the death of Herod: that it might be fulfilled which was spoken of the Lord by the prophet, saying, Out of Egypt have I called my son.
16 Then Herod, when he saw that he was mocked of the wise men, was exceeding wroth, and sent forth, and slew all the children that were in Bethlehem, and in all the coasts thereof, from two years old and under, according to the time which he had diligently inquired of the wise men.
17 Then was fulfilled that which was spoken by Jeremiah the prophet, saying,
18 In Rama was there a voice heard, lamentation, and weeping, and great mourning, Rachel weeping for her children, and would not be comforted, because they are not.
19 But when Herod was dead, behold, an angel of the Lord appeareth in a dream to Joseph in Egypt,
20 Saying, Arise, and take the young child and his mother, and go into the land of Israel: for they are dead which sought the young child's life.
21 And he arose, and took the young child and his mother, and came into the land of Israel.
22 But when he heard that Archelaus did reign in Judaea in the room of his father Herod, he was afraid to go thither: notwithstanding, being warned of God in a dream, he turned aside into the parts of Galilee:
23 And he came and dwelt in a city called Nazareth: that it might be fulfilled which was spoken by the prophets, He shall be called a Nazarene.
"""


def _clean(text: str) -> str:
    return clean_text(normalize_text(text)).text


def test_transcript_margin_numbers_go_and_wraps_join():
    """Clause transcript_line_numbers: "1 to the serial perjurer ..." / "2 against
    Trump ..." kept their numbers and their wrap; now one sentence."""
    text = _clean("".join(PAGES))
    assert (
        "to the serial perjurer will try to prove an old misdemeanor against Trump in an"
        " embarrassment to the New York Legal System."
    ) in text
    assert "\n1 " not in text and "\n25 " not in text
    assert "THE COURT: What exactly did he say?" in text.split("\n")


def test_transcript_page_furniture_goes():
    """Clauses transcript_line_numbers (the page rules read the lines without their
    numbers) and three_line_furniture: the page numbers, the running head and the
    footer lines go; the footer's name had been glued into the sentence ("with the
    link Susan Pearce—Bates, RPR, CCR, RSA"). Left: the last page's head names a new
    speaker ("Hearing — Blanche", once) and its footer, and the one above it, stay."""
    text = _clean("".join(PAGES))
    assert "Page 9" not in text and "Hearing — Mr. Conroy" not in text
    assert text.count("Susan Pearce—Bates, RPR, CCR, RSA") == 2  # of 10
    assert text.count("Principal Court Reporter") == 2
    assert "with the link to the serial perjurer will try" in text


def test_verse_numbers_of_a_bible_stay():
    """Two chapters of 23 verses, each verse a sentence on its line: the page-length
    test passes, but no numbered line continues a sentence in lower case."""
    assert transcript_line_numbers(MATTHEW_2 + "\n" + MATTHEW_2) == []
    assert "\n10 When they saw the star" in _clean(MATTHEW_2 + "\n" + MATTHEW_2)


def test_three_line_furniture_keeps_lines_closing_a_few_pages():
    """Clause ``three_line_furniture`` narrowed: its third look takes a line only next to
    3 in 4 of all page blocks. Real text: RFC 5321 (SMTP, October 2008), lines 4651-5250
    of the rfc-editor plain text as ``mailhedgehog/smtpServerProtocol`` keeps it (ten
    pages, appendix D's scenarios): "S: 250 OK" ends three scenarios at three page ends;
    unnarrowed, the third look cut 4 of its 16 (a server's replies lost)."""
    raw = (Path(__file__).parent.parent / "data" / "en_rfc5321_scenarios.txt").read_text(
        encoding="utf-8"
    )
    text = clean_text(normalize_text(raw)).text
    assert raw.count("S: 250 OK") == 16
    assert text.count("S: 250 OK") == 16
    assert "[Page " not in text  # the page footers still go


def test_one_numbered_page_keeps_its_numbers():
    """Clause ``transcript_line_numbers`` needs ``MIN_PAGES`` page runs of one length: a
    single run of numbered lines (one page, a numbered poem or list) is not told from a
    transcript, and its numbers stay."""
    assert transcript_line_numbers(PAGES[1]) == []


def test_same_position_keeps_the_scenarios_closing_lines():
    """Clause ``same_position`` (``transforms.page_furniture``, rule ``running_head``): a
    line next to 3 or more page breaks is a running head only at the same place on the
    page. Real text: RFC 5321, lines 4651-5250 (as in the test above): its scenarios end on
    "C: QUIT" / "S: 221 foo.com Service closing transmission channel" at four page ends,
    16 to 33 blank lines above the footer (the page padded, the next scenario opens a
    page); without the clause four of the five pairs were cut as page furniture."""
    raw = (Path(__file__).parent.parent / "data" / "en_rfc5321_scenarios.txt").read_text(
        encoding="utf-8"
    )
    text = clean_text(normalize_text(raw)).text
    assert raw.count("C: QUIT") == 5
    assert text.count("C: QUIT") == 5
    assert text.count("S: 221 foo.com Service closing transmission channel") == 5
    assert "[Page " not in text and "RFC 5321" not in text  # footers and heads still go
