"""Stages chained in one step (``DocumentStages``): the same outputs as one step
per stage, and an element's earlier versions freed as the next is made."""

import gc
import weakref

import apache_beam as beam
from apache_beam.testing.util import assert_that, equal_to

from tests.beam_local import local_pipeline
from transforms.beam_utils import DocumentStage, DocumentStages, RejectDocument, _StagesFn


class Text:
    """An element that can be watched with a weak reference."""

    def __init__(self, doc_id: str, text: str):
        self.doc_id, self.source, self.text = doc_id, doc_id + ".txt", text


def shout(t: Text) -> Text:
    if not t.text:
        raise RejectDocument("empty_text", f"{t.doc_id} is empty")
    return Text(t.doc_id, t.text.upper())


def exclaim(t: Text) -> Text:
    if "?" in t.text:
        raise ValueError("a question")
    return Text(t.doc_id, t.text + "!")


STAGES = [("shout", shout), ("exclaim", exclaim)]
TEXTS = [("a", "hello"), ("b", ""), ("c", "why?"), ("d", "fine")]


def _outputs(docs):
    main = docs["main"] | "Main" >> beam.Map(lambda t: (t.doc_id, t.text))
    rejected = docs["rejected"] | "Rejected" >> beam.Map(
        lambda r: (r.doc_id, r.source, r.stage, r.reason, r.error)
    )
    return main, rejected


def test_chained_stages_give_what_one_step_per_stage_gives():
    with local_pipeline() as p:
        texts = p | beam.Create(TEXTS) | beam.MapTuple(Text)
        one = texts | "Shout" >> DocumentStage("shout", shout)
        two = one["main"] | "Exclaim" >> DocumentStage("exclaim", exclaim)
        expected_rejected = [
            ("b", "b.txt", "shout", "empty_text", "b is empty"),
            ("c", "c.txt", "exclaim", "ValueError", "a question"),
        ]
        main, rejected = _outputs(texts | "Chained" >> DocumentStages(STAGES))
        assert_that(main, equal_to([("a", "HELLO!"), ("d", "FINE!")]), label="chained")
        assert_that(rejected, equal_to(expected_rejected), label="chained_rejected")
        assert_that(
            two["main"] | "Separate" >> beam.Map(lambda t: (t.doc_id, t.text)),
            equal_to([("a", "HELLO!"), ("d", "FINE!")]),
            label="separate",
        )
        separate_rejected = (one["rejected"], two["rejected"]) | beam.Flatten()
        assert_that(
            separate_rejected
            | "SeparateRejected"
            >> beam.Map(lambda r: (r.doc_id, r.source, r.stage, r.reason, r.error)),
            equal_to(expected_rejected),
            label="separate_rejected",
        )


def test_restore_runs_first_and_its_failure_is_not_a_rejection():
    def restore(t: Text) -> Text:
        return Text(t.doc_id, t.text.replace("-", " "))

    out = list(_StagesFn(STAGES, restore).process(Text("a", "a-b")))
    assert [t.text for t in out] == ["A B!"]

    def broken(t):
        raise OSError("parked text missing")

    try:
        list(_StagesFn(STAGES, broken).process(Text("a", "x")))
    except OSError as error:  # raised as before: a lost parked file is not a bad document
        assert "parked" in str(error)
    else:
        raise AssertionError("restore's failure was swallowed")


def test_each_version_is_freed_once_the_next_is_made():
    """The restored element and each stage's output are dropped as soon as the next
    stage has returned: the caller (the runner) holds only what it passed in."""
    watched: list[weakref.ref] = []
    alive_at: list[list[bool]] = []

    def restore(t):
        restored = Text(t.doc_id, "x" * 1000)
        watched.append(weakref.ref(restored))
        return restored

    def stage(t):
        gc.collect()
        alive_at.append([w() is not None for w in watched])
        out = Text(t.doc_id, t.text + "y")
        watched.append(weakref.ref(out))
        return out

    parked = Text("a", "")
    fn = _StagesFn([("one", stage), ("two", stage), ("three", stage)], restore)
    (result,) = list(fn.process(parked))
    # Inside stage k only its own input (the latest version) is alive.
    assert alive_at == [[True], [False, True], [False, False, True]]
    assert result.text == "x" * 1000 + "yyy"
