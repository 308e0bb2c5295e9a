"""Sentence splits left over after session 22 (session 23, branch wtE): each test is named
after its clause, quotes real text (its source given) and fails without the clause
(checked by switching the clause off)."""

from transforms.sentences import sentence_spans


def _sentences(text, language="auto"):
    return [" ".join(text[a:b].split()) for a, b in sentence_spans(text, language)]


def _covers(text, language="auto"):
    return "".join(text[a:b] for a, b in sentence_spans(text, language)) == text


# BBC business/403 (/work/shared/data/sum_bbc_news, the BBC News Summary set), three
# sentences of the article as they stand.
BBC_MCI = (
    "Ten former directors at WorldCom have agreed to pay $54m (£28.85m), including $18m "
    "from their own pockets, to settle a class action lawsuit, reports say. WorldCom "
    "emerged from bankruptcy protection last year and changed its name to MCI Inc. Former "
    "WorldCom chief executive Bernard Ebbers is facing trial. The ten former outside "
    "directors are James Allen, Judith Areen, Carl Aycock, Max Bobbitt."
)


def test_document_case_start_a_word_written_in_lower_case_opens_a_sentence_after_inc():
    """Clause ``document_case_start`` (fails without: "...MCI Inc. Former WorldCom chief
    executive ..." was one sentence)."""
    sentences = _sentences(BBC_MCI)
    assert sentences[1].endswith("changed its name to MCI Inc.")
    assert sentences[2].startswith("Former WorldCom chief executive Bernard Ebbers")
    assert _covers(BBC_MCI)
    # A word never written in lower case, or capitalised inside a sentence elsewhere,
    # stays joined to the company name; a lower-case word is untouched.
    assert len(_sentences("Apple Inc. CEO Tim Cook spoke. He left.")) == 2
    text = "Shares of Apple Inc. Chairman Steve Jobs rose. Our Chairman, the chairman, spoke."
    assert _sentences(text)[0] == "Shares of Apple Inc. Chairman Steve Jobs rose."
    assert len(_sentences("The case Acme Inc. v. Smith was decided. The former boss left.")) == 2
