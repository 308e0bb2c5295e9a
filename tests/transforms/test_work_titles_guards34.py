"""Review guards of transforms.work_titles (session 34 review): clauses
work_titles_keyword_parts and work_titles_all_caps_apparatus. Unit tests of
``titles_over_restarts`` on the confirmed headings the real books give (their heading
lines, kinds, ranks and series as find_headings confirms them; positions made up)."""

from transforms import headings as hd
from transforms.work_titles import titles_over_restarts

_SERIES = {"CHAPTER": "kw:chapter", "ACT": "kw:act", "SCENE": "kw:scene"}
_RANKS = {"CHAPTER": 20, "ACT": 10, "SCENE": 30}
_VALUES = {"I": 1, "II": 2, "III": 3}


def _confirmed(lines: list[str]) -> list[tuple[hd.Candidate, int]]:
    """Build: "CHAPTER I." / "ACT II." / "SCENE I." keyword divisions, "=PROLOGUE." named
    headings, "I" / "II" numerals, anything else a line in capitals."""
    out = []
    for n, title in enumerate(lines):
        word, _, num = title.rstrip(".").partition(" ")
        if word in _SERIES:
            kind, rank, series, value = "keyword", _RANKS[word], _SERIES[word], _VALUES[num]
        elif title.rstrip(".").split(" ")[0] in _VALUES:
            kind, rank, series, value = "numeral", 40, "num:upper", _VALUES[title.split(" ")[0]]
        elif title.startswith("="):
            title = title[1:]
            kind, rank, series, value = "named", 20, "named:" + title.strip(".:"), None
        else:
            kind, rank, series, value = "caps", hd.CAPS_RANK, "caps", None
        c = hd.Candidate(n * 100, n * 100 + 5, n * 10, kind, rank, title, series, value)
        out.append((c, rank))
    return out


def _rank(result: list[tuple[hd.Candidate, int]], title: str) -> list[int]:
    return [r for c, r in result if c.title == title]


def test_work_titles_keyword_parts_history_of_a_crime_conclusion():
    """Hugo's History of a Crime: "CONCLUSION--THE FALL." right over its own "CHAPTER I."
    is a part of the book beside the four days (it was left at the chapters' rank, so
    its chapters and it sat flat under "THE FOURTH DAY")."""
    got = titles_over_restarts(_confirmed([
        "THE FIRST DAY--THE AMBUSH.", "CHAPTER I.", "CHAPTER II.",
        "THE SECOND DAY--THE STRUGGLE.", "CHAPTER I.", "CHAPTER II.",
        "THE FOURTH DAY--THE VICTORY.", "CHAPTER I.", "CHAPTER II.",
        "=CONCLUSION--THE FALL.", "CHAPTER I.", "CHAPTER II.",
    ]))  # fmt: skip
    top = _rank(got, "THE FIRST DAY--THE AMBUSH.")[0]
    assert top < 20
    assert _rank(got, "CONCLUSION--THE FALL.") == [top]
    assert set(_rank(got, "CHAPTER I.")) == {20}


def test_work_titles_keyword_parts_moonstone_epilogue():
    """The Moonstone: "EPILOGUE." right over "THE FINDING OF THE DIAMOND." and its "I",
    "II" is no part of the sixth narrative (it went under it)."""
    got = titles_over_restarts(_confirmed([
        "FIRST PERIOD", "CHAPTER I", "CHAPTER II",
        "SECOND PERIOD.", "FIRST NARRATIVE.", "CHAPTER I", "CHAPTER II",
        "SIXTH NARRATIVE.", "I", "II",
        "=EPILOGUE.", "THE FINDING OF THE DIAMOND.", "I THE STATEMENT OF SERGEANT CUFF'S MAN.",
        "II THE STATEMENT OF THE CAPTAIN.",
    ]))  # fmt: skip
    top = _rank(got, "FIRST PERIOD")[0]
    assert top < 20
    assert _rank(got, "EPILOGUE.") == [top]


def test_work_titles_keyword_parts_guard_the_works_own_prologue_and_epilogue():
    """Guards: Hugo's Under Sentence of Death, "TOLD UNDER CANVAS." / "PROLOGUE." /
    "CHAPTER I." ... "EPILOGUE." / "CLAUDE GUEUX.": the tale's own prologue (below its
    title) and epilogue (over no numbering) stay under it. The Cambridge Shakespeare
    vol. 4: 2 Henry IV's "EPILOGUE." (notes between it and "KING HENRY V.") and Henry V's
    choruses "PROLOGUE." over "SCENE I." stay in their plays."""
    got = titles_over_restarts(_confirmed([
        "UNDER SENTENCE OF DEATH.", "CHAPTER I.", "CHAPTER II.",
        "TOLD UNDER CANVAS.", "=PROLOGUE.", "CHAPTER I.", "CHAPTER II.", "=EPILOGUE.",
        "CLAUDE GUEUX.",
    ]))  # fmt: skip
    assert _rank(got, "TOLD UNDER CANVAS.")[0] < 20
    assert _rank(got, "PROLOGUE.") == [20] and _rank(got, "EPILOGUE.") == [20]
    got = titles_over_restarts(_confirmed([
        "THE SECOND PART OF", "ACT I.", "SCENE I.", "ACT II.", "SCENE I.",
        "=EPILOGUE.", "=FOOTNOTES:", "=NOTES.",
        "KING HENRY V.", "=PROLOGUE.", "=FOOTNOTES:", "ACT I.", "SCENE I.", "SCENE II.",
        "ACT II.", "=PROLOGUE.", "SCENE I.", "SCENE II.",
    ]))  # fmt: skip
    assert _rank(got, "KING HENRY V.")[0] < 10
    assert _rank(got, "EPILOGUE.") == [20]
    assert _rank(got, "PROLOGUE.") == [20, 20]


def test_work_titles_all_caps_apparatus_moon_voyage_and_richard_iii_notes():
    """Verne's The Moon-Voyage: "ROUND THE MOON." / "INTRODUCTION." / "PRELIMINARY
    CHAPTER." / "CHAPTER I.": the novel's title is the work, its preliminary chapter no
    work (it was lifted to the top and took the novel's chapters). The Cambridge vol. 5:
    "NOTES TO KING RICHARD III." after the plays stays at its rank."""
    got = titles_over_restarts(_confirmed([
        "FROM THE EARTH TO THE MOON.", "CHAPTER I.", "CHAPTER II.",
        "ROUND THE MOON.", "=INTRODUCTION.", "PRELIMINARY CHAPTER.", "CHAPTER I.",
        "CHAPTER II.", "NOTES TO KING RICHARD III.",
    ]))  # fmt: skip
    top = _rank(got, "FROM THE EARTH TO THE MOON.")[0]
    assert top < 20 and _rank(got, "ROUND THE MOON.") == [top]
    assert _rank(got, "PRELIMINARY CHAPTER.") == [20]
    assert _rank(got, "NOTES TO KING RICHARD III.") == [20]


def test_work_titles_all_caps_apparatus_front_matter_and_misread_tableau():
    """Hardy's A Changed Man: "PREFATORY NOTE" before the first tale stays at the top
    with the tales. The Henley-Stevenson plays: "TABLEAU III. MOTHER CLARKE'S" among
    Deacon Brodie's acts (its title no heading) is no work, though no title is above it."""
    got = titles_over_restarts(_confirmed([
        "PREFATORY NOTE", "A CHANGED MAN", "CHAPTER I", "CHAPTER II",
        "THE WAITING SUPPER", "CHAPTER I", "CHAPTER II",
    ]))  # fmt: skip
    top = _rank(got, "A CHANGED MAN")[0]
    assert top < 20 and _rank(got, "PREFATORY NOTE") == [top]
    got = titles_over_restarts(_confirmed([
        "ACT I.", "SCENE I.", "SCENE II.", "TABLEAU III. MOTHER CLARKE'S", "SCENE I.",
        "ACT II.", "SCENE I.", "BEAU AUSTIN", "=PROLOGUE.", "ACT I.", "SCENE I.",
        "ADMIRAL GUINEA", "ACT I.", "SCENE I.",
    ]))  # fmt: skip
    assert _rank(got, "BEAU AUSTIN")[0] < 10
    assert _rank(got, "TABLEAU III. MOTHER CLARKE'S") == [hd.CAPS_RANK]


def test_work_titles_volume_parts_scott_minstrelsy_ballads_stay_under_the_part():
    """Scott's Minstrelsy of the Scottish Border, vol. 2: "VOL. II." / "PART SECOND." ...
    "PART FIRST.--CONTINUED." / the ballads in capitals, two of them in "PART FIRST." /
    "PART SECOND.": the volume's parts come first and do not start at 1, so the two
    ballads over "PART FIRST." are no works above them; nothing moves (the ballads were
    lifted above the volume's "PART SECOND. ROMANTIC BALLADS.")."""

    def cand(n, kind, rank, title, series, value):
        return (hd.Candidate(n * 100, n * 100 + 5, n * 10, kind, rank, title, series, value), rank)

    confirmed = [
        cand(0, "keyword", 8, "VOL. II.", "kw:volume", 2),
        cand(1, "keyword", 9, "PART SECOND.", "kw:part", 2),
        cand(2, "keyword", 9, "PART FIRST.--CONTINUED.", "kw:part", 1),
        cand(3, "caps", 20, "LESLY'S MARCH.", "caps", None),
        cand(4, "caps", 20, "NOTES ON THE BATTLE OF PHILIPHAUGH.", "caps", None),
        cand(5, "keyword", 9, "PART SECOND.", "kw:part", 2),
        cand(6, "caps", 20, "THE DUEL OF WHARTON AND STUART. IN TWO PARTS.", "caps", None),
        cand(7, "keyword", 9, "PART FIRST.", "kw:part", 1),
        cand(8, "keyword", 9, "PART SECOND.", "kw:part", 2),
        cand(9, "caps", 20, "FAIR HELEN OF KIRCONNELL.", "caps", None),
        cand(10, "keyword", 9, "PART FIRST.", "kw:part", 1),
        cand(11, "keyword", 9, "PART SECOND.", "kw:part", 2),
    ]
    assert titles_over_restarts(confirmed) == confirmed
    # The same ballads without the volume's parts before them are a collection: they go up.
    ballads = [c for n, c in enumerate(confirmed) if n not in (0, 1, 2, 5)]
    assert titles_over_restarts(ballads) != ballads
