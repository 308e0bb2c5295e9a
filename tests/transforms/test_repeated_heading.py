"""Rule repeated_heading (``transforms.technical_headings``): a request of an
X11 extension spec is one section, not two.

Excerpt: the Security Extension Specification (David P. Wiggins, X Consortium,
1996; xorg-docs / x11proto-dev's security.txt, DocBook's text output), the
descriptions of the requests shortened to their first paragraphs. The document
lists its requests twice, in its contents and in the chapter's, and each list
confirmed one of the two lines of a request's name."""

from transforms.sections import Heading
from transforms.technical_headings import drop_repeated_headings

SECURITY = """\

Table of Contents

1. Introduction
2. Requests

    SecurityQueryVersion
    SecurityGenerateAuthorization
    SecurityRevokeAuthorization

3. Changes to Core Requests

    Resource ID Usage
    Extension Security
    Keyboard Security
    Image Security
    Property Security
    Miscellaneous Security

4. New Authorization Method
5. Encoding

    Types
    Request Encoding
    Event Encoding
    Authorization Method Encoding

Chapter 1. Introduction

The Security extension contains new protocol needed to provide enhanced X
server security. The Security extension should not be exposed to untrusted
clients (defined below).

Chapter 2. Requests

Table of Contents

SecurityQueryVersion
SecurityGenerateAuthorization
SecurityRevokeAuthorization

SecurityQueryVersion

This request returns the major and minor version numbers of this extension.

SecurityQueryVersion

client-major-version CARD16

client-minor-version CARD16

=>

server-major-version CARD16

server-minor-version CARD16

The client-major-version and client-minor-version numbers indicate what version
of the protocol the client wants the server to implement.

SecurityGenerateAuthorization

This request causes the server to create and return a new authorization with
specific characteristics. Clients can subsequently connect using the new
authorization and will inherit some of the characteristics of the
authorization.

SecurityGenerateAuthorization

authorization-protocol-name STRING8

authorization-protocol-data STRING8

value-mask BITMASK

value-list LISTofVALUE

=>

authorization-id AUTHID

authorization-data-return STRING8

Errors: AuthorizationProtocol, Value, Alloc

authorization-protocol-name is the name of the authorization method for which
the server should generate a new authorization that subsequent clients can use
to connect to the server. If the authorization-protocol-name is not one that
the server supports, or if authorization-protocol-data does not make sense for
the given authorization-protocol-name, an AuthorizationProtocol error results.

SecurityRevokeAuthorization

This request deletes an authorization created by SecurityGenerateAuthorization.

SecurityRevokeAuthorization

authorization-id AUTHID

Errors: Authorization

If authorization-id does not name a valid authorization, an Authorization error
occurs. Otherwise, this request kills all clients currently connected using the
authorization specified by authorization-id. The authorization is deleted from
its database, and the server will no longer accept connections using it.

Chapter 3. Changes to Core Requests

A server supporting this extension modifies its handling of some core protocol
requests in the following ways.
"""


def _heading(text: str, line: str, nth: int, kind: str = "listed") -> Heading:
    start = -1
    for _ in range(nth + 1):
        start = text.index("\n\n" + line + "\n\n", start + 1) + 2  # a paragraph
    return Heading(start, start + len(line), line, kind, 20)


def test_request_name_over_its_signature_is_one_section():
    # The headings find_headings confirms in the whole security.txt (both lines of
    # each request's name matched one of its two contents lists; this excerpt
    # keeps too little of the document for the contents test): without the rule
    # each request was two sections, the first one sentence long ("This request
    # causes the server to create ..."), the second its signature.
    names = ["SecurityGenerateAuthorization", "SecurityRevokeAuthorization"]
    found = [_heading(SECURITY, "Chapter 2. Requests", 0, "keyword")]
    found += [_heading(SECURITY, name, k) for name in names for k in (0, 1)]
    kept = drop_repeated_headings(SECURITY, found)
    assert [(h.title, h.start) for h in kept] == [
        (h.title, h.start) for h in (found[0], found[1], found[3])
    ]
    # A repeat of another kind (a poet's "SONG." over each short song) stays.
    named = [_heading(SECURITY, name, k, "named") for name in names for k in (0, 1)]
    assert drop_repeated_headings(SECURITY, named) == named


# Clause listed_twice: an anthology's contents names "Song" twice, for two short
# poems in a row (Edmund Waller's "Go, lovely Rose", first stanza; Robert Herrick's
# "To Dianeme", first lines): two sections, though the second "Song" follows the
# first after less than MAX_REPEAT_GAP characters.
PROSE = (
    "The songs of the age were written to be sung, and the poets who wrote them "
    "were courtiers and clergymen as often as they were men of letters. "
) * 4
SONGS = [
    ("Upon Julia's Clothes", "Whenas in silks my Julia goes,\nThen, then, methinks, how sweetly flows\n"
     "That liquefaction of her clothes.\n"),
    ("Song", "Go, lovely Rose—\nTell her that wastes her time and me,\nThat now she knows,\n"
     "When I resemble her to thee,\nHow sweet and fair she seems to be.\n"),
    ("Song", "Sweet, be not proud of those two eyes\nWhich starlike sparkle in your skies;\n"),
    ("To Daffodils", "Fair daffodils, we weep to see\nYou haste away so soon;\n"),
]  # fmt: skip
ANTHOLOGY = (
    "CONTENTS\n\n"
    + "\n".join(f"    {title}" for title, _ in SONGS)
    + "\n\n"
    + PROSE
    + "".join(f"\n\n{title}\n\n{poem}" for title, poem in SONGS)
    + "\n\n"
    + PROSE
    + "\n"
)


def test_a_title_one_list_names_twice_is_two_sections():
    from transforms.sections import find_headings

    titles = [h.title for h in find_headings(ANTHOLOGY)]
    # Without clause listed_twice the second "Song" (a poem of its own) was dropped.
    assert titles == [title for title, _ in SONGS]
