"""Session 34 (part 2, branch wtD2): transcriber's notes spelled otherwise than "Transcriber's
Note" (``transforms.gutenberg_notices``: clauses transcriber_note_variants and
etext_errata_heading_variants). Excerpts are lines of the raw Project Gutenberg mirror
(GitHub rcdm-uga/Gutenberg_Text)."""

from transforms.boilerplate import removed_by_rule, strip_boilerplate
from transforms.normalize import normalize_text

_HEADER = "*** START OF THIS PROJECT GUTENBERG EBOOK {0} ***\n\n\n\n\n"
_FOOTER = "\n\n\n\n\n\nEnd of the Project Gutenberg EBook of {0}\n\n*** END OF THIS PROJECT GUTENBERG EBOOK {0} ***\n"
_LEAD = "Some text of the book, a sentence of its story.\n\n" * 150


def _strip(body: str, title: str = "A BOOK") -> tuple[str, dict[str, int]]:
    out, edits = strip_boilerplate(
        normalize_text(_HEADER.format(title) + body + _FOOTER.format(title))
    )
    return out, removed_by_rule(edits)


def test_transcriber_note_variants_alger_comments_after_the_end():
    """Clause ``transcriber_note_variants``: Alger's Only An Irish Boy closes with
    "Transcriber's comments:" after THE END (before: the note was the book's last text)."""
    body = _LEAD + (
        "THE END\n\n\n"
        "Transcriber's comments:\n\n"
        "Spelling has been left as in the original book.  Specifically, the\n"
        "dialect and typographical errors have been left unchanged.\n"
    )
    out, cut = _strip(body)
    assert "comments" not in out and "Spelling has been left" not in out
    assert out.rstrip().endswith("a sentence of its story.\n\nTHE END")
    assert cut["transcriber_note"] > 0


def test_transcriber_note_variants_braces_and_underscores():
    """Clause ``transcriber_note_variants``: "{Transcriber's note: ...}" above Homer's
    Odyssey goes to its closing brace; "_Transcribers note_: This etext was produced from
    Galaxy ..." (a 1953 story) goes with its paragraph."""
    odyssey = (
        "{Transcriber's note:\n\n"
        "The spelling and hyphenation in the original are inconsistent, and have\n"
        "not been changed. A few obvious typographical errors have been corrected,\n"
        "as listed at the end of the etext.}\n\n\n\n\n"
        "  THE ODYSSEY\n  OF HOMER\n\n"
    ) + _LEAD
    out, _ = _strip(odyssey)
    assert "Transcriber" not in out and "hyphenation" not in out and "etext.}" not in out
    assert "THE ODYSSEY" in out
    galaxy = _LEAD + (
        "THE END\n\n"
        "_Transcribers note_: This etext was produced from Galaxy Science Fiction\n"
        "July 1953. Extensive research did not uncover any evidence that the U.S.\n"
        "copyright on this publication was renewed.\n"
    )
    out, _ = _strip(galaxy)
    assert "Galaxy" not in out and out.rstrip().endswith("THE END")


def test_etext_errata_heading_variants_one_error():
    """Clause ``etext_errata_heading_variants``: "Typographical error corrected by the etext
    transcriber:" (one error, Tolstoy's Katia) heads the same list as the plural heading."""
    body = _LEAD + (
        "[I] Yvan.\n\n"
        "       *       *       *       *       *\n\n"
        "Typographical error corrected by the etext transcriber:\n\n"
        "tête-à-tête=> tête-à-tete {pg 104}\n"
    )
    out, _ = _strip(body)
    assert "corrected by the etext" not in out and "=>" not in out


def test_transcriber_note_variants_guard_prose_mentions_stay():
    """Guard: a sentence about a transcriber, or "comments" inside a paragraph, stays."""
    body = (
        _LEAD
        + (
            "On this showing the transcriber of the MS. considered its authorship\n"
            "dubious, and the transcriber's comments in the margin were few.\n\n"
        )
        + _LEAD
    )
    out, cut = _strip(body)
    assert "the transcriber's comments in the margin were few." in out
    assert "transcriber_note" not in cut


def test_transcriber_note_variants_endnotes_and_alterations_heading():
    """Clauses ``transcriber_note_variants`` ("TRANSCRIBER'S ENDNOTES.", the Cambridge
    Shakespeare) and ``etext_errata_heading_variants`` ("Alterations/corrections made by the
    etext transcriber:", Henry James' letters): both go (review: each alternative was
    untested)."""
    shakespeare = _LEAD + (
        "THE END.\n\n\n"
        "TRANSCRIBER'S ENDNOTES.\n\n"
        "Linenotes are moved from the end of each page to the end of\n"
        "each Scene. Line breaks in dialogue are unchanged.\n"
    )
    out, _ = _strip(shakespeare)
    assert "ENDNOTES" not in out and "Linenotes are moved" not in out
    assert out.rstrip().endswith("THE END.")
    james = _LEAD + (
        "       *       *       *       *       *\n\n"
        "Alterations/corrections made by the etext transcriber:\n\n"
        "anl conversible=>and conversible\n\n"
        "the Tyrol etc,=>the Tyrol etc.,\n"
    )
    out, _ = _strip(james)
    assert "Alterations/corrections" not in out and "=>" not in out
