"""Rule subtitle_cue (``transforms.subtitles``, run by the boilerplate stage): a
subtitle file's cue numbers and timings are cut, so the dialogue trains as
running text.

Samples: pysrt 1.1.2's tests/static/utf-8.srt (French subtitles of a film) and
webvtt-py 0.6.0's tests/samples/netflix_chicas_del_cable.vtt (a Netflix WebVTT
file, cue settings kept), the first cues of each."""

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
