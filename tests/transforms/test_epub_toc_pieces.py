"""Review clauses of ``transforms.epub_toc`` (session 20) on books of short pieces: a
toc entry per one-paragraph fable or per quatrain is no contents page
(``contents_gap_no_text``), and a poem's file is no title page (``title_page_short``).
Books built as in ``test_epub_toc``, read through the reader and the structure stage."""

from __future__ import annotations

from tests.transforms.test_epub_toc import HEAD, TAIL, _book, _point, _sections
from transforms.epub_toc import _sentence

# Aesop's Fables (Townsend's translation, Project Gutenberg #21): each fable one paragraph.
AESOP = [
    (
        "The Ass and the Grasshopper",
        "AN ASS having heard some Grasshoppers chirping, was highly enchanted; and, desiring "
        "to possess the same charms of melody, demanded what sort of food they lived on to "
        'give them such beautiful voices. They replied, "The dew." The Ass resolved that he '
        "would live only upon dew, and in a short time died of hunger.",
    ),
    (
        "The Kid and the Wolf",
        "A KID standing on the roof of a house, out of harm's way, saw a Wolf passing by and "
        'immediately began to taunt and revile him. The Wolf, looking up, said, "Sirrah! I '
        'hear thee: yet it is not thou who mockest me, but the roof on which thou art standing."',
    ),
    (
        "The Boy Hunting Locusts",
        "A BOY was hunting for locusts. He had caught a goodly number, when he saw a Scorpion, "
        "and mistaking him for a locust, reached out his hand to take him. The Scorpion, "
        'showing his sting, said: "If you had but touched me, my friend, you would have lost '
        'me, and all your locusts too!"',
    ),
    (
        "The Dog and the Shadow",
        "A DOG, crossing a bridge over a stream with a piece of flesh in his mouth, saw his own "
        "shadow in the water and took it for that of another Dog, with a piece of meat double "
        "his own in size. He immediately let go of his own, and fiercely attacked the other Dog.",
    ),
]

TANG = [
    ("静夜思", "床前明月光，疑是地上霜。举头望明月，低头思故乡。"),
    ("春晓", "春眠不觉晓，处处闻啼鸟。夜来风雨声，花落知多少。"),
    ("登鹳雀楼", "白日依山尽，黄河入海流。欲穷千里目，更上一层楼。"),
    ("相思", "红豆生南国，春来发几枝。愿君多采撷，此物最相思。"),
]


def test_contents_gap_no_text_one_paragraph_fables_are_no_contents_page():
    """Clause contents_gap_no_text: a calibre conversion of Aesop's Fables in one file,
    each fable's title a <p class="calibre3"> with a toc anchor, each fable one
    paragraph: four toc lines with one line between are a book of short pieces (the
    line between is a sentence), not a contents page: every fable stays a section."""
    body = "".join(
        f'<p class="calibre3" id="f{i}">{title}</p><p class="calibre2">{fable}</p>'
        for i, (title, fable) in enumerate(AESOP)
    )
    ncx = "".join(
        _point(i, title, f"index_split_000.html#f{i}") for i, (title, _) in enumerate(AESOP)
    )
    book = _book([("index_split_000.html", HEAD + body + TAIL)], ncx=ncx)
    assert _sections(book) == [(1, title) for title, _ in AESOP]
    # four Tang quatrains (静夜思, 春晓, 登鹳雀楼, 相思), each poem one paragraph ending in 。
    body = "".join(
        f'<p class="calibre3" id="p{i}">{title}</p><p class="calibre2">{poem}</p>'
        for i, (title, poem) in enumerate(TANG)
    )
    ncx = "".join(_point(i, t, f"index_split_000.html#p{i}") for i, (t, _) in enumerate(TANG))
    book = _book([("index_split_000.html", HEAD + body + TAIL)], ncx=ncx)
    assert _sections(book) == [(1, title) for title, _ in TANG]
    # what ends a run: a sentence (CJK 。 too), not a page number nor a contents line
    assert all(_sentence(poem) for _, poem in TANG + AESOP)
    assert not any(map(_sentence, ["7", "xiv.", "CHAPTER XIX. Tom Tells the Truth"]))
    # a contents page's page numbers between its lines still make it one (toc_contents_targets)
    front = "".join(
        f'<p id="c{i}">{title}</p><p>{7 + 2 * i}</p>' for i, (title, _) in enumerate(AESOP)
    )
    pages = [("contents.xhtml", HEAD + front + TAIL), ("index_split_000.html", HEAD + body + TAIL)]
    ncx = "".join(_point(i, title, f"contents.xhtml#c{i}") for i, (title, _) in enumerate(AESOP))
    assert _sections(_book(pages, ncx=ncx)) == _sections(_book(pages), markup=())


# The Phoenix and the Turtle (Shakespeare, Gutenberg text): its last stanzas and "THRENOS."
PHOENIX = [
    [
        "Whereupon it made this threne",
        "To the phoenix and the dove,",
        "Co-supreme and stars of love;",
        "As chorus to their tragic scene.",
    ],
    ["Beauty, truth, and rarity.", "Grace in all simplicity,", "Here enclos'd in cinders lie."],
    ["Death is now the phoenix' nest;", "And the turtle's loyal breast", "To eternity doth rest,"],
    ["Leaving no posterity:--", "'Twas not their infirmity,", "It was married chastity."],
    [
        "Truth may seem, but cannot be:",
        "Beauty brag, but 'tis not she;",
        "Truth and beauty buried be.",
    ],
]


def test_title_page_short_a_poems_sub_heading_stays_a_section():
    """Clause title_page_short: a book of poems, one file each, the toc naming each
    poem; The Phoenix and the Turtle (no line of running text: verse) closes with its
    <h3>THRENOS.</h3>, which no toc entry names: the file is no title page (it is more
    than a few lines), so "THRENOS." stays a section under the poem."""
    verse = ["<p>" + "<br/>".join(stanza) + "</p>" for stanza in PHOENIX]
    body = "<h2>THE PHOENIX AND THE TURTLE</h2>" + "".join(verse[:1]) + "<h3>THRENOS.</h3>"
    body += "".join(verse[1:])
    other = "<h2>A LOVER'S COMPLAINT</h2><p>From off a hill whose concave womb reworded<br/>"
    other += "A plaintful story from a sistering vale,</p>"
    pages = [("lc.xhtml", HEAD + other + TAIL), ("ph.xhtml", HEAD + body + TAIL)]
    ncx = _point(1, "A LOVER'S COMPLAINT", "lc.xhtml")
    ncx += _point(2, "THE PHOENIX AND THE TURTLE", "ph.xhtml")
    assert _sections(_book(pages, ncx=ncx)) == [
        (1, "A LOVER'S COMPLAINT"),
        (1, "THE PHOENIX AND THE TURTLE"),
        (2, "THRENOS."),
    ]
