"""Rule mail_header (``transforms.mail_headers``): the signature under a bare
"--" line (clause mail_header.bare_dashes) and attribution lines of other
languages (clauses mail_header.attribution_languages, attribution_wrapped).

Samples: the Debian READMEs of sgml-base and libdatrie1 (/usr/share/doc, signed
under a bare "--"), and mail-parser-reply 1.36's test emails
(test/emails/email_de_wrap.txt, email_fr_wrap.txt, email_es_wrap.txt,
email_zh_1.txt), each put in an mbox after the message it answers."""

import pytest

from transforms.clean import CleanConfig, clean_text
from transforms.normalize import normalize_text


def _clean(text: str) -> str:
    return clean_text(normalize_text(text), CleanConfig()).text


def _mbox(*bodies: str) -> str:
    return "\n".join(
        f"From b{i}@example.com  Mon Jan 15 17:0{i}:00 2025\nFrom: b{i}@example.com\n"
        f"Subject: Re: Stelle\n\n{body}\n"
        for i, body in enumerate(bodies)
    )


SGML_BASE = """Debian's SGML and XML packages are maintained by the Debian XML/SGML
Group, a team of people who develop and maintain XML and SGML packages for
the Debian Project in a collaborative effort.

--
Ardo van Rangelrooij <ardo@debian.org>"""

# libdatrie1's README: its author's name and date under "--", then references.
LIBDATRIE = """Historically, this was first implemented as C++ classes in a library called
midatrie [2], but later simplified and rewritten from scratch in C.

--
Theppitak Karoonboonyanan.
September 2006.

References
----------

[1] Aoe, J. "An Efficient Digital Search Algorithm by Using a Double-Array
    Structure". IEEE Transactions on Software Engineering. Vol. 15, 9"""


def test_bare_dashes_signature_only_over_signature_lines():
    # Clause mail_header.bare_dashes: under "--" (no space), a name with an
    # address is a signature and is cut ...
    out = _clean(_mbox("Hi all,", SGML_BASE))
    assert "ardo@debian.org" not in out and "collaborative effort." in out
    # ... but a name and a date over a reference list are the writer's text:
    # the bare "--" line cuts nothing (it cut these 7 lines, the reference too).
    out = _clean(_mbox("Hi all,", LIBDATRIE))
    assert "Theppitak Karoonboonyanan." in out and "Double-Array" in out
    # "-- " with its space (RFC 3676, what mail programs write) still cuts up to
    # SIG_LINES lines.
    out = _clean(_mbox("Hi all,", LIBDATRIE.replace("\n--\n", "\n-- \n")))
    assert "Theppitak" not in out and "Double-Array" not in out


ASKED = {
    "de": "Hallo B, die Stelle ist wieder offen. Bist du im nächsten Monat verfügbar?",
    "fr": "Bonjour B, le poste est de nouveau ouvert. Êtes-vous disponible le mois\nprochain ?",
    "es": "Hola B, el puesto vuelve a estar abierto. ¿Estás disponible el próximo mes?",
}
REPLIES = {  # mail-parser-reply's email_{de,fr,es}_wrap.txt, verbatim
    "de": "Hallo Anna,\n\ndanke für die Nachricht. Die Konditionen klingen passend, lass "
    "uns morgen\nkurz telefonieren.\n\nViele Grüße\nB\n\n\nAm Mo., 15. Jan. 2025, 17:03 "
    "Anna Andersson <anna.andersson@example.com>\nschrieb:\n\n",
    "fr": "Bonjour Anna,\n\nMerci pour votre message. Les conditions me semblent correctes, "
    "je serai\ndisponible la semaine prochaine.\n\nCordialement\nB\n\n\nLe lun. 15 janv. "
    "2025 à 17:03, Anna Andersson <anna.andersson@example.com>\na écrit:\n\n",
    "es": "Hola Anna,\n\nGracias por escribirme. Las condiciones me parecen razonables, "
    "puedo hablar\nmañana por la mañana.\n\nSaludos\nB\n\n\nEl lun, 15 ene 2025 a las "
    "17:03, Anna Andersson <anna.andersson@example.com>\nescribió:\n\n",
}


@pytest.mark.parametrize("lang", ["de", "fr", "es"])
def test_wrapped_attribution_of_other_languages_goes_with_its_quote(lang):
    # Clauses mail_header.attribution_languages ("schrieb:", "a écrit:",
    # "escribió:") and mail_header.attribution_wrapped (its first line, with the
    # time and the address, over it): the quote repeats Anna's message, above in
    # the file, and is cut with both lines of its attribution.
    quote = "".join(f"> {ln}\n" for ln in ASKED[lang].splitlines())
    out = _clean(_mbox(ASKED[lang], REPLIES[lang] + quote))
    assert out.count(ASKED[lang].split(",")[0]) == 1  # the quote is cut
    assert "17:03" not in out and "anna.andersson" not in out
    assert not any(w in out for w in ("schrieb", "a écrit", "escribió"))
    assert REPLIES[lang].split("\n\n")[1].split()[0] in out  # the reply stays


def test_one_line_attributions_of_other_languages():
    # Clause mail_header.attribution_languages: Thunderbird's German and French
    # lines (no address in them), and email_zh_1.txt's Chinese line with its
    # full-width colon, over a quote of the message above.
    asked = ASKED["de"]
    for line in (
        "Am 15.01.25 um 17:03 schrieb Anna Andersson:",
        "Le 15/01/2025 à 17:03, Anna Andersson a écrit :",
        "雨州 <yuzhou.liu@example.com> 在 2026年2月29日 周六 19:47 写道：",
    ):
        out = _clean(_mbox(asked, f"Gut, bis morgen.\n\n{line}\n> {asked}\n"))
        assert out.count("Hallo B, die Stelle") == 1 and "Gut, bis morgen." in out
        assert line.split()[0] not in out, line


def test_signature_stops_at_a_wrapped_attribution():
    # Clauses mail_header.sig_no_quote and mail_header.attribution_wrapped: a
    # reply signed over the message it answers (that message is in no other
    # place of the file, its quote stays): the signature ends before both lines
    # of the attribution, not between them.
    reply = REPLIES["de"].replace("Viele Grüße\nB\n", "Viele Grüße\n-- \nB\n")
    out = _clean(_mbox(reply + "> " + ASKED["de"] + "\n"))
    assert "Am Mo., 15. Jan. 2025, 17:03 Anna Andersson" in out and "schrieb:" in out
    assert "> Hallo B, die Stelle" in out and "\nB\n" not in out


@pytest.mark.parametrize(
    "own",
    ["Ich rufe dich morgen um 10:30 an.", "Schreib mir ab jetzt an b@example.com, bitte."],
)
def test_own_line_over_a_short_attribution_stays(own):
    # Clause mail_header.head_shape (review): over a two-word "Anna schrieb:" the
    # writer's own last line, with a time or an address but ending its sentence,
    # is no wrapped attribution's first line (it was cut with the quote).
    # email_de_wrap.txt's reply, its attribution written on one short line.
    reply = REPLIES["de"].split("\n\n\n")[0] + f"\n{own}\nAnna schrieb:\n"
    out = _clean(_mbox(ASKED["de"], reply + "> " + ASKED["de"] + "\n"))
    assert own in out and out.count("Hallo B, die Stelle") == 1
    assert "schrieb:" not in out
