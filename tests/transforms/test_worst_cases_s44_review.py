"""Session 44, review of branch wtB: guards the planted bugs of the review found
uncaught by tests/transforms/test_worst_cases_s44.py.

- ``interior_run_once``: a candidate at a run's last position is not interior
  (``s < run_lasts[i]``); "<=" changed the spans where a leader follows "--" or "..."
  (Verne's list of illustrations with such leaders: the package's spans).
- ``comment_scan_once``: "nothing but blanks after the comment" is ``b >= last``; ">"
  kept a blank banner ending the text without a final newline.
- ``mail_scan_once``: an answer is any own line *at or after* the line under the quote
  (``own_after[j]``); from ``j + 1`` a short quote answered by the one line under it
  was cut.
"""

from __future__ import annotations

import pytest

from tests.transforms.test_mail_headers import THREAD
from tests.transforms.test_worst_cases_s44 import BANNER, BODY, VERNE, _comment_spans
from transforms.mail_headers import mail_header_edits
from transforms.punkt_candidates import CandidatePunkt
from transforms.sentences import punkt_tokenizer


@pytest.mark.parametrize(
    "tail, last",
    [
        ("Hoisting the signals . . . . .--.. . . . i.e. the U.S.A.\n", "i.e. the U.S.A."),
        ("Selkirk . . . . .--... . . .St. . . . .\n", ". . .St. . . . ."),
        ("The natives . . . . .--word...Mr.St.. . . .\n", ". . ."),
    ],
)
def test_leader_after_dashes_or_dots_keeps_the_package_spans(tail, last):
    """A run's last '.' ends it: the break after it is the package's."""
    package = punkt_tokenizer("en")
    text = VERNE + tail
    spans = CandidatePunkt(package).span_tokenize(text)
    assert spans == list(package.span_tokenize(text))
    assert text[spans[-1][0] : spans[-1][1]] == last


def test_blank_banner_at_the_very_end_without_newline_is_cut():
    """bookbao's banner with its name and link lines blank, the text's last characters
    (no newline after "-->"): at the edge, cut whole."""
    blank = BANNER.replace("  书包网 http://www.bookbao.com - TXT电子书免费分享平台\n", "\n")
    text = BODY + blank.rstrip("\n")
    assert _comment_spans(text)[0] == [(len(BODY), len(text))]


def test_short_quote_answered_by_the_line_under_it_is_kept():
    """perceval's pipermail thread (GrimoireLab), its first message, and a reply quoting
    two of its lines and answering them on the one line under the quote: only the
    header block goes, the quote and "Great." stay."""
    first = THREAD.split("\nFrom jgb at example.com  Tue Apr 26")[0]
    head = (
        "\nFrom jgb at example.com  Tue Apr 26 00:00:07 2016\n"
        "From: jgb at example.com (Jesus M. Gonzalez-Barahona)\n"
        "Subject: [Metrics-grimoire] [GrimoireLab] Presenting GrimoireLab\n\n"
    )
    text = first + head + "> Comments are welcome.\n> Saludos,\nGreat.\n"
    last = mail_header_edits(text)[-1]
    assert (last.start, last.end) == (len(first) + 1, len(first + head))
    assert text[last.end :] == "> Comments are welcome.\n> Saludos,\nGreat.\n"
