"""Rule subtitle_cue (``transforms.subtitles``, run by the boilerplate stage): a
subtitle file's cue numbers and timings are cut, so the dialogue trains as
running text.

Samples: pysrt 1.1.2's tests/static/utf-8.srt (French subtitles of a film) and
webvtt-py 0.6.0's tests/samples/netflix_chicas_del_cable.vtt (a Netflix WebVTT
file, cue settings kept), the first cues of each; for the WebVTT clauses, whole
sample files of webvtt-py 0.6.0 and the examples of the WebVTT specification."""

import re

from transforms.boilerplate import BoilerplateConfig, find_boilerplate
from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.subtitles import cue_edits
from transforms.textedit import apply_edits

SRT = """1
00:00:27,074 --> 00:00:30,566
CE FILM RELATE DES ÉVÉNEMENTS
QUI ONT EXISTÉ.

2
00:00:30,610 --> 00:00:34,102
LES NOMS, LIEUX ET ÉVÉNEMENTS
ONT ÉTÉ MODIFlÉS.

3
00:00:48,061 --> 00:00:51,588
Il fut un temps,
avant l'existence du câble,

4
00:00:53,166 --> 00:00:56,533
où le présentateur local
régnait en maître.

5
00:00:59,272 --> 00:01:03,003
Où on croyait
tout ce qui se disait à la télé.

6
00:01:03,043 --> 00:01:07,139
Epoque où seul l'homme
présentait les nouvelles.
"""

VTT = """WEBVTT

NOTE Netflix
NOTE Profile: webvtt-lssdh-ios8
NOTE Date: 2017/04/16 15:44:03

NOTE SegmentIndex
NOTE Segment=597.080 20887@419 153
NOTE /SegmentIndex

1
00:00:07.960 --> 00:00:09.480  position:50.00%,middle  align:middle size:80.00%  line:84.67%
[Alba] <i>En 1928,</i>

2
00:00:09.640 --> 00:00:13.080  position:50.00%,middle  align:middle size:80.00%  line:79.33%
<i>las mujeres éramos</i>
<i>algo así como adornos</i>

3
00:00:13.240 --> 00:00:16.440  position:50.00%,middle  align:middle size:80.00%  line:79.33%
<i>que se llevaban a las fiestas</i>
<i>para presumir de ellos.</i>

4
00:00:16.680 --> 00:00:19.760  position:50.00%,middle  align:middle size:80.00%  line:79.33%
<i>Objetos sin poder de opinión ni decisión.</i>

5
00:00:20.760 --> 00:00:22.800  position:50.00%,middle  align:middle size:80.00%  line:79.33%
<i>Es cierto que la vida no era fácil</i>
<i>para nadie,</i>
"""


def _clean(text: str, **config) -> str:
    from transforms.clean import CleanConfig

    return clean_text(normalize_text(text), CleanConfig(**config)).text


def test_srt_trains_as_dialogue_without_numbers_or_timings():
    out = _clean(SRT)
    assert "-->" not in out
    assert not any(line.strip().isdigit() for line in out.splitlines())
    # Every word of the dialogue is kept.
    dialogue = [w for line in SRT.splitlines() if "-->" not in line for w in line.split()]
    assert [w for w in dialogue if not w.isdigit()] == out.split()
    # A sentence over two cues (3 and 4) is one paragraph; a cue ending one is not joined.
    paragraphs = out.split("\n\n")
    assert any("câble," in p and "maître." in p for p in paragraphs)
    assert not any("EXISTÉ." in p and "LES NOMS" in p for p in paragraphs)


def test_webvtt_header_notes_and_cue_settings_are_cut():
    out = _clean(VTT)
    for markup in ("WEBVTT", "NOTE", "-->", "position:", "Segment"):
        assert markup not in out
    assert out.lstrip().startswith("[Alba] <i>En 1928,</i>")
    # "</i>" after the last word does not hide a sentence's end or its continuation.
    paragraphs = out.split("\n\n")
    assert any("En 1928," in p and "de ellos." in p for p in paragraphs)
    assert not any("de ellos." in p and "Objetos" in p for p in paragraphs)


def test_counted_as_boilerplate_and_kept_with_keep_boilerplate():
    edits = find_boilerplate(normalize_text(SRT))
    assert edits and {e.rule for e in edits} == {"subtitle_cue"}
    assert find_boilerplate(SRT, BoilerplateConfig(enabled=False)) == []
    assert "-->" in _clean(SRT, boilerplate=BoilerplateConfig(enabled=False))


def test_not_a_subtitle_file():
    # A few timing lines quoted in prose (fewer than MIN_CUES), and arrows in code.
    prose = "He typed it in:\n\n00:00:27,074 --> 00:00:30,566\n\nand saved the file.\n"
    assert cue_edits(prose) == []
    code = "\n".join(f"x{i} --> y{i}" for i in range(20))
    assert cue_edits(code) == []


def test_review_log_lines_with_arrows_keep_their_words():
    # Clause subtitle_cue.settings_only: words after the timing are not cue settings.
    log = "".join(f"00:0{i}:02,500 --> 00:0{i}:04,000 segment {i} encoded\n\n" for i in range(6))
    assert cue_edits(log) == []
    # Clause subtitle_cue.cue_start: timing lines not after a blank or number line.
    log = "".join(f"00:0{i}:02,500 --> 00:0{i}:04,000\nsegment {i} encoded\n" for i in range(6))
    assert cue_edits(log) == []


def test_review_manual_quoting_an_srt_example_is_left_whole():
    # Clause subtitle_cue.file_start: prose before the first cue, not a subtitle file.
    cues = "".join(
        f"    {i}\n    00:00:0{i},000 --> 00:00:0{i},500\n    Line {i}\n\n" for i in range(1, 7)
    )
    manual = (
        "The SRT format\n\nAn SRT file looks like this::\n\n" + cues + "Each cue has a number.\n"
    )
    assert cue_edits(manual) == []


def test_review_chinese_cues_ending_a_sentence_are_not_joined():
    # Clause subtitle_cue.cjk_end: "。" ends a sentence like ".".
    srt = "".join(
        f"{i}\n00:00:0{i},000 --> 00:00:0{i},500\n你好，我是第{i}个。\n\n" for i in range(1, 7)
    )
    out = _clean(srt)
    assert "-->" not in out
    assert len([p for p in out.split("\n\n") if p.strip()]) == 6


def test_review_long_subtitle_file_every_cue_cut():
    # 8,000 cues took 70 s when each cue re-read the whole text before it (now the
    # 400 characters before it: 0.15 s; the project keeps timing out of tests, see
    # docs/QUALITY.md). Every cue of a long file is still found.
    srt = "".join(
        f"{i}\n00:00:{i % 60:02d},000 --> 00:00:{i % 60:02d},500\nline {i} of it\n\n"
        for i in range(1, 8000)
    )
    edits = cue_edits(srt)
    assert len(edits) == 7999
    text, _ = apply_edits(srt, edits)
    assert "-->" not in text and text.count("line ") == 7999


# webvtt-py 0.6.0 tests/samples/styles_colours.vtt, whole: a STYLE block, then cues
# named "sub0" .. "sub5" (text identifiers), cue settings, class tags.
VTT_COLOURS = """WEBVTT

STYLE
::cue {
    font-family: Verdana, Arial, Tiresias;
    line-height: 125%;
}
::cue(.white) {
    color: #ffffff;
}
::cue(.lime) {
    color: #00ff00;
}
::cue(.cyan) {
    color: #00ffff;
}
::cue(.red) {
    color: #ff0000;
}
::cue(.yellow) {
    color: #ffff00;
}
::cue(.magenta) {
    color: #ff00ff;
}
::cue(.blue) {
    color: #0000ff;
}
::cue(.black) {
    color: #000000;
}
::cue(.bg_black) {
    background: rgba(0, 0, 0, 0.76);
}

sub0
00:00:07.120 --> 00:00:09.480 line:-1
<c.magenta.bg_black>Musique douce</c>

sub1
00:00:09.720 --> 00:00:29.520 align:left line:-1
<c.magenta.bg_black>---</c>

sub2
00:00:32.439 --> 00:00:35.320 line:-1
<c.magenta.bg_black><i.blue>Some italic</i> and normal coloured text. By the way, 2 &lt; 3 !</c>

sub3
00:00:35.560 --> 00:02:25.240 align:left line:-1
<c.magenta.bg_black>---</c>

sub4
00:02:25.480 --> 00:02:27.440 line:-1
<c.white.bg_black>-Stéphane ? Où on se gare ?</c>

sub5
00:02:27.680 --> 00:02:29.280 align:left line:-1
<c.white.bg_black>-Euh, là-bas, au chêne.</c>
"""

# webvtt-py 0.6.0 tests/samples/using_identifiers.vtt, whole: a text identifier
# ("second caption") and a number among cues without one.
VTT_IDS = """WEBVTT

00:00:00.500 --> 00:00:07.000
Caption text #1

second caption
00:00:07.000 --> 00:00:11.890
Caption text #2

00:00:11.890 --> 00:00:16.320
Caption text #3

4
00:00:16.320 --> 00:00:21.580
Caption text #4

00:00:21.580 --> 00:00:23.880
Caption text #5

00:00:23.880 --> 00:00:27.280
Caption text #6"""


def test_webvtt_text_identifiers_and_style_block_are_cut():
    # Clause subtitle_cue.vtt_identifier (before: no cue was read, 0 edits: the
    # timing lines under "sub0" .. "sub5" stood after no blank line; the whole file
    # with its STYLE block trained as text).
    out = _clean(VTT_COLOURS)
    for markup in ("WEBVTT", "STYLE", "::cue", "-->", "line:-1", "sub"):
        assert markup not in out
    dialogue = [ln for ln in VTT_COLOURS.split("sub0", 1)[1].splitlines() if ln.startswith("<c.")]
    assert len(dialogue) == 6 and out.split() == " ".join(dialogue).split()
    out = _clean(VTT_IDS)
    assert "second caption" not in out and "-->" not in out
    assert out.split() == [w for i in range(1, 7) for w in ("Caption", "text", f"#{i}")]


# The WebVTT specification's first example (an interview, its first eight cues,
# cue settings on the last two), with NOTE blocks between cues as its section on
# comments writes them ("NOTE This last line may not translate well.", and one
# over two lines), a NOTE at the end (webvtt-py's comments.vtt: "NOTE end of
# file") and a cue whose dialogue begins with "NOTE" (written for this test).
VTT_NOTES = """WEBVTT

00:11.000 --> 00:13.000
<v Roger Bingham>We are in New York City

00:13.000 --> 00:16.000
<v Roger Bingham>We're actually at the Lucern Hotel, just down the street

NOTE
This line was checked against the tape
by the second captioner.

00:16.000 --> 00:18.000
<v Roger Bingham>from the American Museum of Natural History

00:18.000 --> 00:20.000
<v Roger Bingham>And with me is Neil deGrasse Tyson

NOTE This last line may not translate well.

00:20.000 --> 00:22.000
<v Roger Bingham>Astrophysicist, Director of the Hayden Planetarium

00:22.000 --> 00:24.000
<v Roger Bingham>at the AMNH.

00:24.000 --> 00:26.000 align:right size:50%
<v Roger Bingham>Thank you for walking down here.

00:27.000 --> 00:30.000 align:left size:50%
NOTE the date, he said: it was the last conversation we did.

NOTE end of file
"""


def test_webvtt_notes_between_cues_are_cut():
    # Clause subtitle_cue.vtt_blocks (before: the three NOTE blocks trained as
    # text, one inside the sentence of cues 2 and 3).
    out = _clean(VTT_NOTES)
    for markup in ("-->", "NOTE\n", "NOTE This", "NOTE end", "tape", "captioner", "size:"):
        assert markup not in out
    paragraphs = out.split("\n\n")
    assert any("just down the street" in p and "Natural History" in p for p in paragraphs)
    # Dialogue that begins with "NOTE" (no blank line over it) is dialogue.
    assert "NOTE the date, he said: it was the last conversation we did." in out
    assert out.count("<v Roger Bingham>") == 7


# webvtt-py 0.6.0 tests/samples/youtube_dl.vtt (a YouTube caption file as
# youtube-dl saves it: a header of metadata, one cue right under the dialogue of
# the one before), then the cues of its cue_tags.vtt (the specification's karaoke
# example), both whole.
VTT_STAMPS = """WEBVTT
Kind: captions
Language: en
Style:
::cue(c.colorCCCCCC) { color: rgb(204,204,204);
 }
::cue(c.colorE5E5E5) { color: rgb(229,229,229);
 }
##


00:04:46.070 --> 00:04:46.470 align:start position:0%
yeah


00:04:46.470 --> 00:05:04.080 align:start position:0%
yeah
<c.colorCCCCCC>what</c>
00:05:04.080 --> 00:05:05.069 align:start position:0%
this<00:05:04.199><c> will</c><c.colorE5E5E5><00:05:04.379><c> happen</c></c><c.colorCCCCCC><00:05:04.620><c> is</c><00:05:04.860><c> I'm</c><00:05:05.069><c> telling</c></c>

00:05:05.069 --> 00:05:05.400 align:start position:0%
this will<c.colorE5E5E5> happen</c><c.colorCCCCCC> is I'm telling
 </c>

00:16.500 --> 00:18.500
When the moon <00:17.500>hits your eye

00:00:18.500 --> 00:00:20.500
Like a <00:19.000>big-a <00:19.500>pizza <00:20.000>pie

00:00:20.500 --> 00:00:21.500
That's <00:00:21.000><c.colorE5E5E5>amore</c>"""


def test_webvtt_timestamps_in_cue_text_are_cut():
    # Clause subtitle_cue.vtt_timestamps (before: "<00:17.500>" and 7 more stayed).
    out = _clean(VTT_STAMPS)
    assert "-->" not in out and "Kind:" not in out and "::cue" not in out
    assert re.search(r"<\d\d:", out) is None
    assert "When the moon hits your eye" in out
    assert "Like a big-a pizza pie" in out
    assert "this<c> will</c><c.colorE5E5E5><c> happen</c>" in out
    # Clause subtitle_cue.vtt_identifier: the line right over a timing line with no
    # blank line between is dialogue, not an identifier.
    assert "<c.colorCCCCCC>what</c>" in out


# Hamlet I.1 (Shakespeare, public domain) as YouTube's automatic captions set a
# WebVTT file: "align:start position:0%" settings, each cue's text opened by a
# line holding one space, the next cue sometimes right under the dialogue.
YOUTUBE = "WEBVTT\nKind: captions\nLanguage: en\n\n" + "".join(
    f"00:00:{2 * i:02d}.000 --> 00:00:{2 * i + 2:02d}.000 align:start position:0%\n \n{line}\n{sep}"
    for i, (line, sep) in enumerate(
        [
            ("Who's there?", "\n"),
            ("Nay, answer me. Stand and unfold yourself.", ""),
            ("Long live the King!", "\n"),
            ("Bernardo?", ""),
            ("He.", ""),
            ("You come most carefully upon your hour.", "\n"),
            ("NOTE the hour, my lord: 'tis now struck twelve.", "\n"),
            ("Get thee to bed, Francisco.", "\n"),
        ]
    )
)


def test_review2_webvtt_line_of_spaces_opens_cue_text():
    # Clause subtitle_cue.vtt_payload: only an empty line ends a cue's text; the
    # line of one space under each timing line is cue text, so the dialogue under
    # it is neither a NOTE block nor the next cue's identifier (before: "NOTE the
    # hour..." and the three lines right over a timing line were cut).
    out = _clean(YOUTUBE)
    for line in ("Nay, answer me.", "Bernardo?", "He.", "NOTE the hour, my lord", "Francisco."):
        assert line in out
    assert "-->" not in out and "position:" not in out


def _dense(text: str) -> str:
    """``text`` with the blank lines between its cues taken out (the header
    block's blank line kept), as some tools and hand-made files write them."""
    head, sep, cues = text.partition("\n\n1\n") if text.startswith("WEBVTT") else ("", "", text)
    return head + sep[:2] + re.sub(r"\n\n+(?=\d+\n)", "\n", sep[2:] + cues)


def test_subtitle_files_without_blank_lines_between_cues():
    # Clause subtitle_cue.dense: the SRT sample and the Netflix WebVTT sample
    # written without blank lines between cues (and the WebVTT one also
    # without its optional cue numbers: the dialogue runs to the next timing
    # line) train as the same text as the usual files.
    srt = _dense(SRT)
    vtt = _dense(VTT)
    vtt_no_ids = re.sub(r"(?m)^\d+\n(?=\d\d:)", "", vtt)
    assert "\n\n" not in srt and "\n\n" not in vtt_no_ids[vtt_no_ids.index("-->") :]
    assert _clean(srt) == _clean(SRT)
    assert _clean(vtt) == _clean(VTT)
    assert _clean(vtt_no_ids) == _clean(VTT)
    # Still no cue: a log of timing lines, each with a line of text under it.
    log = "".join(f"00:0{i}:02,500 --> 00:0{i}:04,000\nsegment {i} encoded\n" for i in range(6))
    assert cue_edits(log) == []


def test_dense_webvtt_text_identifiers_are_cut():
    # Clause subtitle_cue.dense_identifier: webvtt-py's styles_colours.vtt written
    # without blank lines between its cues: "sub1" .. "sub5" (the shape of the
    # first cue's identifier "sub0", read after the STYLE block's blank line) are
    # identifiers over their timing lines, cut as numbers are; it trains as the
    # usual file (before: "sub1" .. "sub5" stayed as dialogue lines, "sub3" and
    # "sub5" joined to the sentence before them).
    dense = re.sub(r"\n\n+(?=sub[1-9]\n)", "\n", VTT_COLOURS)
    assert "\n\n" not in dense[dense.index("sub1") - 2 :]
    out = _clean(dense)
    assert "sub" not in out
    assert out == _clean(VTT_COLOURS)
    # A dialogue line over the next timing line stays (no identifier of its shape).
    assert "Bernardo?" in _clean(YOUTUBE)
