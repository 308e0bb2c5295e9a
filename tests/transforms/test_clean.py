"""The cleaning composite: not prose -> boilerplate -> unwrap, and the map back."""

import apache_beam as beam
import numpy as np
from apache_beam.testing.util import assert_that, equal_to

from schemas import Document
from tests.beam_local import local_pipeline
from tests.transforms.test_boilerplate import FOOTER_2021, HEADER_2021
from tests.transforms.test_prose import METADATA
from tests.transforms.test_unwrap import LOOMINGS
from transforms.clean import CleanConfig, CleanText, clean_text
from transforms.unwrap import UnwrapConfig

BOOK = "CHAPTER 1. Loomings.\n\n" + LOOMINGS


def test_clean_text_maps_back_to_the_source():
    raw = HEADER_2021 + BOOK + FOOTER_2021
    cleaned = clean_text(raw)
    # one newline at the end: clause end_blank_lines (session 36), the footer takes the rest
    assert cleaned.text == "CHAPTER 1. Loomings.\n\n" + " ".join(LOOMINGS.split()) + "\n"
    src = cleaned.to_input.to_source(np.arange(len(cleaned.text)))
    assert raw[src[0] :].startswith("CHAPTER 1. Loomings.")
    assert all(cleaned.text[i] == raw[s] for i, s in enumerate(src) if cleaned.text[i] != " ")
    assert cleaned.not_prose is None and {e.rule for e in cleaned.cuts} == {
        "gutenberg_header",
        "gutenberg_footer",
    }
    kept = clean_text(raw, CleanConfig(unwrap=UnwrapConfig(enabled=False))).text
    assert LOOMINGS in kept


def test_clean_stage_outputs_and_rejects():
    docs = [
        Document("moby", "moby.txt", HEADER_2021 + BOOK + FOOTER_2021, "train"),
        Document("meta", "metadata.txt", METADATA, "train"),
        Document("license", "license.txt", HEADER_2021 + FOOTER_2021, "train"),
    ]
    with local_pipeline() as p:
        out = p | beam.Create(docs) | CleanText()
        assert_that(
            out["main"] | beam.Map(lambda d: (d.doc_id, d.boilerplate_chars, d.text.count("\n"))),
            # clause end_blank_lines (session 36): the three blank lines above the footer go
            equal_to([("moby", len(HEADER_2021) + len(FOOTER_2021), 3)]),
            label="main",
        )
        assert_that(
            out["rejected"] | beam.Map(lambda r: (r.doc_id, r.stage, r.reason)),
            equal_to(
                [("meta", "prose", "not_prose"), ("license", "boilerplate", "only_boilerplate")]
            ),
            label="rejected",
        )
