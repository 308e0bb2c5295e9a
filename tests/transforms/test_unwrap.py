"""Unwrapping on excerpts of the shared books and the Shakespeare corpus:
prose wraps go, verse, speech lines, lists and paragraph breaks stay."""

import os
import re

import apache_beam as beam
import numpy as np
import pytest
from apache_beam.testing.util import assert_that, equal_to
from hypothesis import given, settings
from hypothesis import strategies as st

from schemas import Document
from tests.beam_local import local_pipeline
from tests.transforms.readme_text import README_BULLETS
from transforms.clean import clean_text
from transforms.normalize import normalize_text
from transforms.unwrap import UnwrapConfig, UnwrapLines, find_wraps, unwrap_document, unwrap_text

# Moby-Dick, chapter 1, as wrapped by Project Gutenberg (70 columns)
LOOMINGS = """Call me Ishmael. Some years ago—never mind how long precisely—having
little or no money in my purse, and nothing particular to interest me
on shore, I thought I would sail about a little and see the watery part
of the world. It is a way I have of driving off the spleen and
regulating the circulation. Whenever I find myself growing grim about
the mouth; whenever it is a damp, drizzly November in my soul; whenever
I find myself involuntarily pausing before coffin warehouses, and
bringing up the rear of every funeral I meet; and especially whenever
my hypos get such an upper hand of me, that it requires a strong moral
principle to prevent me from deliberately stepping into the street, and
methodically knocking people’s hats off—then, I account it high time to
get to sea as soon as I can.
"""
SONNET = """  I

From fairest creatures we desire increase,
That thereby beauty's rose might never die,
But as the riper should by time decease,
His tender heir might bear his memory:
But thou contracted to thine own bright eyes,
Feed'st thy light's flame with self-substantial fuel,
Making a famine where abundance lies,
Thy self thy foe, to thy sweet self too cruel:
"""
# Hamlet (modern edition): verse, then a prose speech wrapped at ~64 columns
HAMLET = """Pol.
Take this from this, if this be otherwise:
[Points to his head and shoulder.]
If circumstances lead me, I will find
Where truth is hid, though it were hid indeed
Within the centre.

Ham.
Excellent well; you're a fishmonger. I would you were so honest a
man. For if the sun breed maggots in a dead dog, being a god kissing
carrion,--Have you a daughter?
"""
# 水浒传: paragraphs indented, lines wrapped at 36 characters, a poem indented
SHUIHU = """    话说故宋，哲宗皇帝在时，其时去仁宗天子已远，东京，开封府，汴梁，宣武
军便有一个浮浪破落户子弟，姓高，排行第二，自小不成家业，只好刺枪使棒，最
是得好脚气球。
    京师人口顺，不叫高二，却都叫他做高球。
    这人吹弹歌舞，刺枪使棒，相扑顽耍，亦胡乱学诗书词赋；若论仁义礼智，信
行忠良，却是不会，只在东京城里城外帮闲。
    天罡尽已归天界，地煞还应入地中。
    千古为神皆庙食，万年青史播英雄。
"""


# The Taming of the Shrew, First Folio (Gutenberg), 2.1: speeches open with an
# indented speaker prefix, some on consecutive lines (one-line speeches)
SHREW_FOLIO = """ Kate. Yours if you talke of tales, and so farewell

 Pet. What with my tongue in your taile.
Nay, come againe, good Kate, I am a Gentleman,
 Kate. That Ile trie.

She strikes him

 Pet. I sweare Ile cuffe you, if you strike againe

 Kate. So may you loose your armes,
If you strike me, you are no Gentleman,
And if no Gentleman, why then no armes

 Pet. A Herald Kate? Oh put me in thy bookes

 Kate. What is your Crest, a Coxcombe?
 Pet. A comblesse Cocke, so Kate will be my Hen

 Kate. No Cocke of mine, you crow too like a crauen
 Pet. Nay come Kate, come: you must not looke so
sowre

 Kate. It is my fashion when I see a Crab

 Pet. Why heere's no crab, and therefore looke not
sowre

 Kate. There is, there is

 Pet. Then shew it me
"""


def test_english_prose_is_one_line_per_paragraph():
    text = LOOMINGS + "\n" + LOOMINGS
    out, _ = unwrap_text(text)
    assert out.split("\n\n") == [" ".join(LOOMINGS.split()), " ".join(LOOMINGS.split()) + "\n"]


def test_verse_lines_stay():
    text = (LOOMINGS + "\n") * 3 + SONNET  # in a prose book too
    out, _ = unwrap_text(text)
    assert out.endswith(SONNET.replace("  I\n", " I\n").replace(" I\n", "  I\n"))
    assert out.count("\n") == text.count("\n") - 3 * (LOOMINGS.count("\n") - 1)


def test_play_keeps_speakers_and_verse_and_joins_a_prose_speech():
    out, _ = unwrap_text(HAMLET * 3)
    first = out.split("\n\nHam.\n")[0]
    assert first == HAMLET.split("\n\nHam.\n")[0]  # speaker, verse, stage direction
    assert (
        "Excellent well; you're a fishmonger. I would you were so honest a man. For if the sun "
        "breed maggots in a dead dog, being a god kissing carrion,--Have you a daughter?"
    ) in out


def test_a_speech_prefix_line_is_never_joined_to_the_speech_above():
    """Rule speech_prefix: " Pet. Nay come Kate" follows Kate's one-line speech,
    indented alike, and its first word would not fit on her line; it was joined
    to it (two speakers in one line). Found in 14 places of the Folio texts."""
    out, _ = unwrap_text(SHREW_FOLIO)
    assert "crow too like a crauen\n Pet. Nay come Kate, come: you must not looke so sowre\n" in out
    assert "therefore looke not sowre\n" in out  # the wraps inside a speech still go
    assert out.count("\n") == SHREW_FOLIO.count("\n") - 2


# Timon of Athens (modern edition), 3.5: verse; one line starts in lower case
# ("his outsides"), which made its capitalised neighbour look like a prose wrap
TIMON = """FIRST SENATOR.
You undergo too strict a paradox,
Striving to make an ugly deed look fair:
Your words have took such pains as if they labour'd
To bring manslaughter into form, and set
Quarrelling upon the head of valour; which indeed
Is valour misbegot, and came into the world
When sects and factions were newly born.
He's truly valiant that can wisely suffer
The worst that man can breathe, and make his wrongs
his outsides, to wear them like his raiment, carelessly,
And ne'er prefer his injuries to his heart,
To bring it into danger.
If wrongs be evils, and enforce us kill,
What folly 'tis to hazard life for ill!

ALCIBIADES.
My lord,--
"""
# Henry V (modern edition), 4.1: a prose speech, then verse in the same block
HENRY_V = """KING HENRY.
Indeed, the French may lay twenty French crowns to one
they will beat us, for they bear them on their shoulders; but it
is no English treason to cut French crowns, and to-morrow the
King himself will be a clipper.
Upon the King! Let us our lives, our souls,
Our debts, our careful wives,
Our children, and our sins lay on the King!
We must bear all. O hard condition,
Twin-born with greatness, subject to the breath
Of every fool, whose sense no more can feel
But his own wringing! What infinite heart's ease
Must kings neglect, that private men enjoy!
"""
# The Tempest (modern edition), 1.2 and 5.1: verse speeches whose capitalised
# lines follow a line left open (enjambment), next to a displaced half-line
# ("business ...") and a turnover ("hither, spirit;")
TEMPEST_VERSE = """PROSPERO.
Soft, sir; one word more--
[Aside] They are both in either's powers: but this swift
business I must uneasy make, lest too light winning
Make the prize light. [To FERDINAND] One word more:
   I charge thee
That thou attend me. Thou dost here usurp
The name thou ow'st not; and hast put thyself
Upon this island as a spy, to win it
From me, the lord on't.

PROSPERO.
Sir, my liege,
Do not infest your mind with beating on
The strangeness of this business: at pick'd leisure,
Which shall be shortly, single I'll resolve you,--
Which to you shall seem probable--of every
These happen'd accidents; till when, be cheerful
And think of each thing well.--[Aside to ARIEL] Come
hither, spirit;
Set Caliban and his companions free;
Untie the spell. [Exit ARIEL] How fares my gracious sir?
There are yet missing of your company
Some few odd lads that you remember not.
"""
# Sonnet 96 as this edition prints it: line 10 starts in lower case
SONNET_96 = """XCVI

Some say thy fault is youth, some wantonness;
Some say thy grace is youth and gentle sport;
Both grace and faults are lov'd of more and less:
Thou mak'st faults graces that to thee resort.
As on the finger of a throned queen
The basest jewel will be well esteem'd,
So are those errors that in thee are seen
To truths translated, and for true things deem'd.
How many gazers mightst thou lead away,
if thou wouldst use the strength of all thy state!
  But do not so; I love thee in such sort,
  As, thou being mine, mine is thy good report.
"""
# Henry VI part 3, First Folio, 1.4: a verse line too long for the column,
# its tail ("him now?") turned over to the next line: a wrap
HENRY_VI_3_FOLIO = """   York. So triumph Theeues vpon their conquer'd Booty,
So True men yeeld with Robbers, so o're-matcht

   Northumb. What would your Grace haue done vnto
him now?
  Queene. Braue Warriors, Clifford and Northumberland,
Come make him stand vpon this Mole-hill here,
That raught at Mountaines with out-stretched Armes,
Yet parted but the shadow with his Hand.
What, was it you that would be Englands King?
Was't you that reuell'd in our Parliament,
"""
# Henry VI part 1 (modern edition): the dramatis personae
CAST = """Dramatis Personae

KING HENRY the Sixth
DUKE OF GLOUCESTER, uncle to the King, and Protector
DUKE OF BEDFORD, uncle to the King, and Regent of France
THOMAS BEAUFORT, Duke of Exeter, great-uncle to the King
HENRY BEAUFORT, great-uncle to the King, Bishop of Winchester,
  and afterwards Cardinal
JOHN BEAUFORT, Earl, afterwards Duke, of Somerset
RICHARD PLANTAGENET, son of Richard, late Earl of Cambridge,
  afterwards Duke of York
EARL OF WARWICK
EARL OF SALISBURY
"""
# Aristotle's Poetics (Butcher, Gutenberg): its analysis of contents
POETICS_CONTENTS = """Analysis of Contents

 I 'Imitation' the common principle of the Arts of Poetry.
 II The Objects of Imitation.
 III The Manner of Imitation.
 IV The Origin and Development of Poetry.
 V Definition of the Ludicrous, and a brief sketch of the rise of
 Comedy.
 XIV (Plot continued.) The tragic emotions of pity and fear should
 spring out of the Plot itself.
 XV The element of Character in Tragedy.
 XVI (Plot continued.) Recognition: its various kinds, with examples.
 XVII Practical rules for the Tragic Poet.
 XVIII Further rules for the Tragic Poet.
"""
# The Project Gutenberg license, section 1.F.2: a paragraph set in capitals
LICENSE_CAPITALS = """YOU AGREE THAT YOU HAVE NO REMEDIES FOR NEGLIGENCE, STRICT
LIABILITY, BREACH OF WARRANTY OR BREACH OF CONTRACT EXCEPT THOSE
PROVIDED IN PARAGRAPH 1.F.3. YOU AGREE THAT THE FOUNDATION, THE
TRADEMARK OWNER, AND ANY DISTRIBUTOR UNDER THIS AGREEMENT WILL NOT BE
LIABLE TO YOU FOR ACTUAL, DIRECT, INDIRECT, CONSEQUENTIAL, PUNITIVE OR
INCIDENTAL DAMAGE EVEN IF YOU GIVE NOTICE OF THE POSSIBILITY OF SUCH
DAMAGE.
"""


def test_a_verse_line_next_to_a_lower_case_verse_line_stays():
    """Rule verse_neighbourhood: "And ne'er prefer" follows a line ending on a
    comma, among lines that start with capitals in the same speech; it was
    joined as a prose wrap because its neighbour starts in lower case."""
    out, _ = unwrap_text(TIMON)
    assert "carelessly,\nAnd ne'er prefer his injuries to his heart,\nTo bring" in out
    # A prose speech before verse in one block still joins, its last line too
    out, _ = unwrap_text(HENRY_V)
    assert "and to-morrow the King himself will be a clipper.\nUpon the King!" in out
    assert out.count("\n") == HENRY_V.count("\n") - 3


def test_a_verse_line_after_an_open_line_stays_in_a_verse_block():
    """Rule verse_block: "Make the prize light." and "And think of each thing
    well" follow lines that end without punctuation, next to a lower-case line,
    in speeches whose other lines all start with capitals; they were joined as
    prose wraps. The turnover "hither, spirit;" still joins, and a prose speech
    whose block has several lower-case lines still joins its capitalised wrap."""
    out, _ = unwrap_text(TEMPEST_VERSE)
    assert "lest too light winning\nMake the prize light." in out
    assert "till when, be cheerful\nAnd think of each thing well." in out
    assert "[Aside to ARIEL] Come hither, spirit;\n" in out
    out, _ = unwrap_text(HENRY_V)
    assert "to-morrow the King himself will be a clipper." in out


def test_a_lone_lower_case_line_of_a_stanza_stays_and_a_turnover_joins():
    """Rule verse_stanza: "if thou wouldst use..." is the only lower-case line of
    its sonnet and "if" would have fit on the line above; it was joined. A
    Folio turnover ("him now?") is a short tail and still joins."""
    out, _ = unwrap_text(SONNET_96)
    assert out == SONNET_96
    out, _ = unwrap_text(HENRY_VI_3_FOLIO)
    assert "haue done vnto him now?\n" in out


def test_cast_lists_and_contents_entries_stay_lines_and_capitals_prose_joins():
    """Rule cast_list: "HENRY BEAUFORT, ..." and "RICHARD PLANTAGENET, ..." were
    joined to the entry above; "XVII Practical rules..." to the contents entry
    above. A paragraph set in capitals is no list: its wraps still go."""
    out, _ = unwrap_text(CAST)
    assert "to the King\nHENRY BEAUFORT," in out
    assert "of Somerset\nRICHARD PLANTAGENET," in out
    out, _ = unwrap_text((LOOMINGS + "\n") * 3 + POETICS_CONTENTS)  # in a prose book
    assert "with examples.\n XVII Practical rules for the Tragic Poet.\n XVIII" in out
    assert "the rise of Comedy.\n XIV (Plot continued.) The tragic emotions" in out  # wraps go
    assert "should spring out of the Plot itself.\n" in out
    text = (LOOMINGS + "\n") * 3 + LICENSE_CAPITALS
    out, _ = unwrap_text(text)
    assert out.endswith(" ".join(LICENSE_CAPITALS.split()) + "\n")


def test_chinese_wraps_go_without_a_space_and_poems_stay():
    out, _ = unwrap_text(SHUIHU * 2)
    assert "宣武军便有" in out and "最是得好脚气球" in out and "信行忠良" in out
    assert not re.search(r"[\u4e00-\u9fff]\n[\u4e00-\u9fff]", out)
    assert "地中。\n千古" in out  # the poem's two lines (rule cjk_line_edges: no indent)
    # Every indented line opened a unit (3 paragraphs, 2 verse lines per copy).
    assert out.count("\n") == 2 * (SHUIHU.count("\n    ") + 1)
    assert not re.search(r"[ \u3000]\n|\n[ \u3000]", out)


def test_a_heading_after_a_full_line_stays_on_its_own_line():
    """红楼梦: the chapter ends on a full line, the next 回 starts unindented."""
    text = (
        "那知那人再叫不醒。空空道人复又使劲拉他，才慢慢的开眼坐起。便接来草草一看，仍旧\n"
        "掷下道：“这事我已亲见尽知，你这抄录的尚无舛错。我只指与你一个人，托他传去，\n"
        "便可归结这段新鲜公案了。”空空道人忙问何人，那人道：“你须待某年某月某时，要\n"
        "知端底，下回分解。要知端底，下回分解。要知端底，下回分解。要知端底，下回分\n"
        "第四十七回 呆霸王调情遭苦打 冷郎君惧祸走他乡\n"
        "    话说王夫人听见邢夫人来了，连忙迎着出去。\n"
    )
    out, _ = unwrap_text(text)
    assert "下回分\n第四十七回 呆霸王调情遭苦打" in out


def test_hyphen_and_dash_join_tight_and_the_map_points_back():
    # Lines as Gutenberg wraps them: a hyphenated word and a "--" dash at a line end.
    text = (
        "It was a long road that led from the sea to the town, a road well-\n"
        "known to the whalemen of Nantucket and dreaded by their wives, for the\n"
        "sickness of the sea came back to them as they walked along it: the old\n"
        "sickness, the homesickness of the sailor ashore, the longing for the--\n"
        "the deep water they had left behind them for a few weeks on the land.\n"
    ) * 4
    out, omap = unwrap_text(text)
    assert "road well-known to" in out and "for the--the deep" in out
    assert out.count("\n") == 1
    src = omap.to_source(np.arange(len(out)))
    assert all(out[i] == text[src[i]] for i, ch in enumerate(out) if ch != " ")


def test_keep_line_breaks_and_config_validation():
    assert unwrap_text(LOOMINGS, UnwrapConfig(enabled=False))[0] == LOOMINGS
    doc = Document("d", "s", LOOMINGS, "train")
    assert unwrap_document(doc, UnwrapConfig(enabled=False)) is doc
    with pytest.raises(ValueError, match="percentile"):
        UnwrapConfig(percentile=20)
    with pytest.raises(ValueError, match="cjk_fill"):
        UnwrapConfig(cjk_fill=0)


def test_unwrap_stage():
    docs = [Document("moby", "m", LOOMINGS, "train"), Document("one", "o", "One line.", "train")]
    with local_pipeline() as p:
        out = p | beam.Create(docs) | UnwrapLines()
        assert_that(
            out.main | beam.Map(lambda d: (d.doc_id, d.text.count("\n"))),
            equal_to([("moby", 1), ("one", 0)]),
        )


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["word ", "Word ", "中文", "，", "。", "\n", "\n\n", "  ", "-", "—", "a" * 30]
        ),
        max_size=60,
    ).map("".join)
)
def test_only_wraps_change(text):
    wraps = find_wraps(text)
    out, _ = unwrap_text(text)
    spans = list(zip(wraps.start.tolist(), wraps.end.tolist(), strict=True))
    assert all(a < b and "\n" in text[a:b] and not text[a:b].strip() for a, b in spans)
    assert re.sub(r"\s", "", out) == re.sub(r"\s", "", text)
    assert out.count("\n") == text.count("\n") - len(spans)


def test_hanging_indent_of_a_list_item_continues_it():
    """Rule list_item: the continuation lines of a wrapped item were kept as
    lines (deeper than the marker line, so taken for new paragraphs)."""
    text, _ = unwrap_text(normalize_text(README_BULLETS))
    lines = text.split("\n")
    assert lines[0].startswith("* Cleaning: files that are not running text (INI, CSV/TSV, lists")
    assert "lists of URLs) are rejected (stage `prose`); Gutenberg headers" in lines[0]
    assert lines[0].endswith("keep their lines (`--keep-line-breaks` keeps the raw layout).")
    assert lines[1] == (
        "* Safety: `--output` must be absent, empty or a longctx dataset, and never an input "
        "or a folder holding one; a complete dataset is replaced only with `--overwrite`."
    )
    assert lines[3].endswith(
        "before installing anything, so that the system interpreter stays untouched."
    )
    # Items stay apart: every marker still opens a line.
    assert [line[:2] for line in lines if line] == ["* ", "* ", "1.", "2."]


def test_a_line_opening_with_an_unspaced_dash_joins_tight_or_keeps_its_line(shared_data):
    """Rule dash_start: "The Story Circulated —A New Sensation" (pg74's
    contents) and "better" --the destiny" (pg52319) joined with a space; after a
    number or a full stop the dash opens an index sub-entry (pg62704) or a
    quotation's attribution (pg2701's extracts), which keeps its line."""
    books = {}
    for name in ("pg74", "pg52319", "pg2701", "pg62704"):
        path = os.path.join(shared_data, "en_gutenberg", f"{name}.txt")
        with open(path, encoding="utf-8") as f:
            books[name] = clean_text(normalize_text(f.read())).text
    assert "The Story Circulated—A New Sensation—Hope Giving Way to Despair" in books["pg74"]
    assert 'grows always "better"--the destiny of Europe' in books["pg52319"]
    # (the underscores of "_Hackluyt._" go since session 28: rule gutenberg_emphasis)
    assert "you deliver that which is not true.”\n —Hackluyt.\n" in books["pg2701"]
    assert "arched or vaulted.”\n —Webster’s Dictionary.\n" in books["pg2701"]
    assert "aquatic animals, ii. 475, 476\n —of animals, ii. 550, 551." in books["pg62704"]
    assert "vi. 12, 13, 50, 51, 407, 442." in books["pg62704"]  # a turnover still joins
