"""Review of clause latin_speech_whole_only (session 40, ``latin_speech_pieces``): its
straight-mark open test on real text. A '"' that follows a digit and a space is a mark of
seconds of arc, not a quotation: Scott's journal gives a position as 'Lat. 37° 10' 31" N.,
long. 12° 40' 15" E., …'; the splitter cuts it at "Lat." and "long.", and two pieces in a
row hold an odd '"'. Without the open test the first was read as opening a speech and the
second as closing it, and both left the candidates. Found by /tmp/rvD40/inch.py (every
mirror paragraph holding a digit before '"', pieces with and without the test): 9
paragraphs, all positions (Burton's travel books 7, Scott's journal, one in a speech of
Verne's); no inch mark ('30" long') of the mirror reaches the test."""

from transforms.key_quotes import eligible_groups
from transforms.latin_speech import latin_speech_pieces
from transforms.normalize import normalize_text
from transforms.structure import StructureConfig, analyze_text

# Scott, The Journal of Sir Walter Scott (the rcdm-uga+Gutenberg_Text mirror's file, line
# 30662), 20 November 1831.
SCOTT = (
    "_November_ 20.--A fair wind all night, running at the merry rate of nine\n"
    "knots an hour. In the morning we are in sight of the highest island,\n"
    "Pantellaria, which the Sicilians use as a state prison, a species of\n"
    "Botany Bay. We are about thirty miles from the burning island--I mean\n"
    "Graham's--but neither that nor Etna make their terrors visible. At noon\n"
    "Graham's Island appears, greatly diminished since last accounts. We got\n"
    "out the boats and surveyed this new production of the earth with great\n"
    "interest. Think I have got enough to make a letter to our Royal Society\n"
    "and friends at Edinburgh.[489] Lat. 37° 10' 31\" N., long. 12° 40' 15\"\n"
    "E., lying north and south by compass, by Mr. Bokely, the Captain's\n"
    "clerk['s measurements]. Returned on board at dinner-time.\n"
)


def test_latin_speech_pieces_guard_a_seconds_mark_opens_no_speech():
    text = normalize_text(SCOTT)
    st = analyze_text(text, StructureConfig(key_ratio=1.0, key_top_k=0))
    spans = st.sentences
    assert [text[a:b] for a, b in spans[7:9].tolist()] == [
        "37° 10' 31\" N., long. ",
        "12° 40' 15\"\nE., lying north and south by compass, by Mr. Bokely, the Captain's\n"
        "clerk['s measurements]. ",
    ]
    assert latin_speech_pieces(text, spans, eligible_groups(text, spans, 0.0)).tolist() == []
    keys = [" ".join(text[a:b].split()) for a, b in spans[st.key_sentences].tolist()]
    assert keys[-1].startswith("12° 40' 15\" E., lying north and south by compass")
