"""Rule ``ascii_figure`` (``transforms.ascii_figures``, part of rule ``indented_code``):
an indented paragraph drawn as an ASCII figure keeps its spaces and its lines; clause
``code_continuations`` (``transforms.unwrap``): its lines do not count in rule
``continuation_share``.

Real text: RFC 9293 ("Transmission Control Protocol (TCP)", August 2022; the plain
text as ``kjgrahn/allergy`` keeps it): the TCP header's layout; RFC 1035 (November
1987, ``samboy/MaraDNS``): the resolver diagram of section 2.2; Lewis Carroll's *The
Game of Logic* (Project Gutenberg, ``rcdm-uga/Gutenberg_Text``): the preface and four
of its diagrams; RFC 3986 ("URI Generic Syntax", January 2005, ``schrepfler/uri4s``): the
table of obsolete rules in its appendix D.2, set at the body's 3 columns.
"""

from __future__ import annotations

import re
from pathlib import Path

from transforms.ascii_figures import figure_spans
from transforms.clean import clean_text
from transforms.code_blocks import code_spans
from transforms.normalize import normalize_text

RFC9293_HEADER = """\
   A TCP header, followed by any user data in the segment, is formatted
   as follows, using the style from [66]:

       0                   1                   2                   3
       0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
      +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
      |          Source Port          |       Destination Port        |
      +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
      |                        Sequence Number                        |
      +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
      |                    Acknowledgment Number                      |
      +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
      |  Data |       |C|E|U|A|P|R|S|F|                               |
      | Offset| Rsrvd |W|C|R|C|S|S|Y|I|            Window             |
      |       |       |R|E|G|K|H|T|N|N|                               |
      +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
      |           Checksum            |         Urgent Pointer        |
      +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+

             Note that one tick mark represents one bit position.
"""

RFC1035_RESOLVER = """\
   The following diagram shows a resolver that uses a recursive server.

                   Local Hosts                     |  Foreign
                                                   |
    +---------+ recursive     +----------+         |  +--------+
    |         | queries       |          |queries  |  |        |
    | Stub    |-------------->| Recursive|---------|->|Foreign |
    | Resolver|               | Server   |         |  |  Name  |
    |         |<--------------|          |<--------|--| Server |
    +---------+ responses     |          |responses|  |        |
                              +----------+         |  +--------+
                              |  Central |         |
                              |   cache  |         |
                              +----------+         |

In any case, note that domain components are always replicated for
reliability whenever possible.
"""

GAME_OF_LOGIC_PROSE = """\
This Game requires nine Counters--four of one colour and five of
another:  say four red and five grey.

Besides the nine Counters, it also requires one Player, AT LEAST.
I am not aware of any Game that can be played with LESS than this
number:  while there are several that require MORE:  take Cricket,
for instance, which requires twenty-two.  How much easier it is,
when you want to play a Game, to find ONE Player than twenty-two.
At the same time, though one Player is enough, a good deal more
amusement may be got by two working at it together, and correcting
each other's mistakes.

"""
GAME_OF_LOGIC_FIGURE = """\
                   -------------------
                  |   |     |     |   |
                  |   |     |  0  |   |
                  |   |     |     |   |
                  |    -----|-----    |
                  | 1       |       0 |
                   -------------------

"""


def _lines(text: str) -> list[str]:
    return clean_text(normalize_text(text)).text.split("\n")


def test_rfc9293_header_layout_keeps_its_columns():
    """Rule ascii_figure: the TCP header kept its columns ("| Source Port |
    Destination Port |" without); the prose above is still joined."""
    lines = _lines(RFC9293_HEADER)
    assert "      |          Source Port          |       Destination Port        |" in lines
    assert "       0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1" in lines
    assert lines[0] == (
        " A TCP header, followed by any user data in the segment, is formatted"
        " as follows, using the style from [66]:"
    )


def test_rfc1035_resolver_diagram_keeps_its_lines():
    """Rule ascii_figure: RFC 1035's diagram was joined into one line ("| Stub
    |-------------->| Recursive|---------|->|Foreign | | Resolver| ...")."""
    lines = _lines(RFC1035_RESOLVER)
    assert "    | Stub    |-------------->| Recursive|---------|->|Foreign |" in lines
    assert "    | Resolver|               | Server   |         |  |  Name  |" in lines


def test_figure_spans_need_a_rule_and_drawn_lines():
    """A drawn paragraph holds a rule ("+--", "-->"); a title page transcribed
    with its line ends as "|" (the Cambridge Shakespeare's "lamenta-|ble") is
    none."""
    title_page = (
        "    The most lamenta-|ble Romaine Tragedie of _Titus_ |\n"
        "    _Andronicus_. | As it hath sundry times beene playde by the |\n"
        "    Right Honourable the Earle of Pembrooke, the | Earle of Darbie,\n"
        "    the Earle of Sussex, and the | Lorde Chamberlaine theyr |\n"
    )
    assert figure_spans(title_page, 0, len(title_page)) == []
    assert code_spans("Title page:\n\n" + title_page + "\nNext.\n") == []
    drawn = RFC1035_RESOLVER.split("\n\n")[1]
    assert figure_spans(drawn, 0, len(drawn)) == [(0, len(drawn))]


def test_game_of_logic_figures_leave_its_prose_a_prose_document():
    """Clause code_continuations: four diagrams (full lines opening on "|", kept
    as drawn) made the preface read as verse, and "AT LEAST." / "I am not aware"
    kept its wrap."""
    text = GAME_OF_LOGIC_PROSE + GAME_OF_LOGIC_FIGURE * 4
    lines = _lines(text)
    assert (
        "Besides the nine Counters, it also requires one Player, AT LEAST. I am not"
        " aware of any Game that can be played with LESS than this number: while"
    ) in lines[2]
    assert "                  |    -----|-----    |" in lines


RFC3986_OBSOLETE_RULES = """\
   Some productions are ambiguated by the "first-match-wins" (a.k.a.
   "greedy") algorithm for optional input.

   +----------------+--------------------------------------------------+
   | obsolete rule  | translation                                      |
   +----------------+--------------------------------------------------+
   | absoluteURI    | absolute-URI                                     |
   | relativeURI    | relative-part [ "?" query ]                      |
   | hier_part      | ( "//" authority path-abempty /                  |
   |                | path-absolute ) [ "?" query ]                    |
   +----------------+--------------------------------------------------+

   Use of the above obsolete rules for the definition of scheme-specific
   syntax is deprecated.
"""


def test_rfc3986_table_at_three_columns_keeps_its_rows():
    """Clause drawn_anywhere: a ruled table at the body's indent (3 columns, no
    indented block) was joined into "+---+ | obsolete rule | translation |"."""
    lines = _lines(RFC3986_OBSOLETE_RULES)
    assert "   | obsolete rule  | translation                                      |" in lines
    assert '   |                | path-absolute ) [ "?" query ]                    |' in lines


# D-Bus's NEWS (Debian's /usr/share/doc/dbus/NEWS, dbus 1.11.x): a prose item naming
# options joined by bars, "--syslog|--nosyslog", a rule "|--" in one line of four.
DBUS_NEWS = """\
• Improve syslog handling so that _dbus_warn() and similar warnings
  go to syslog, add dbus-daemon --syslog|--nosyslog|--syslog-only options,
  and log to syslog (instead of /dev/null) when dbus-daemon is started by
  dbus-launch. (fd.o #97009, Simon McVittie)
"""


def test_prose_with_one_rule_is_no_figure():
    """Rule ``ascii_figure`` needs half the lines drawn (``FIGURE_SHARE``): one rule in a
    paragraph of prose makes no figure, and its wraps are joined."""
    assert figure_spans(DBUS_NEWS, 0, len(DBUS_NEWS)) == []
    assert code_spans("News.\n\n" + DBUS_NEWS + "\nMore.\n") == []
    text = clean_text(normalize_text(DBUS_NEWS)).text
    assert "similar warnings go to syslog, add dbus-daemon" in text


def test_figure_lines_leave_the_wrap_width_to_the_prose():
    """Clause ``figure_width`` (``transforms.unwrap``, rule ``mixed_widths``): the wrap
    width is measured on the lines outside code blocks and figures. Real text: GNU
    gettext's ``ABOUT-NLS`` (as Debian's make ships it), its first 170 lines and the
    table's closing rule: prose filled at 72 columns, then the team matrix, rows of 78
    to 80 columns kept as drawn. Measured with the rows, the width was 78, the prose
    lines were no longer full and lost their joins ("... to limit the installed set." /
    "`LINGUAS' should then contain ..."; the whole file 96 -> 125 sentences)."""
    raw = (Path(__file__).parent.parent / "data" / "en_gettext_about_nls.txt").read_text(
        encoding="utf-8"
    )
    text = clean_text(normalize_text(raw)).text
    flat = re.sub(" +", " ", text)
    assert "to limit the installed set. `LINGUAS' should then contain" in flat
    assert "is redundant. But in fact, some languages" in flat
    assert "\n     aspell             |                []" in text  # the table stays drawn


def test_figure_rule_prefilter_passes_every_line_a_rule_matches():
    """Clause ``figure_rule_prefilter``: the substring prefilter says "may hold a rule"
    for every line the rule regex matches (the drawn lines of RFC 9293's header, RFC
    5321's scenarios and gettext's ABOUT-NLS tables, one line per alternative of the
    regex), and "none" for Gutenberg prose whose only dashes are em-dashes, so the
    regex search of a whole book is skipped without losing a figure."""
    from transforms.ascii_figures import _RULE, _may_hold_rule

    data = Path(__file__).resolve().parents[1] / "data"
    lines = RFC9293_HEADER.split("\n")
    for name in ("en_rfc5321_scenarios.txt", "en_gettext_about_nls.txt"):
        lines += (data / name).read_text(encoding="utf-8").split("\n")
    lines += ["a --+ b", "a |-- b", "a --| b", "a +-+ b", "a --> b", "a <-- b", "a +-- b"]
    matched = [line for line in lines if _RULE.search(line)]
    assert len(matched) >= 15
    assert all(_may_hold_rule(line) for line in matched)
    prose = (
        "It was--so the story ran--a night of storms; and he said--but no matter--"
        "that the ship would sail at dawn -- come what may."
    )
    assert _RULE.search(prose) is None and not _may_hold_rule(prose)
