"""Lines a contents list seems to name but that are no headings, in X11 specs
(Debian's x11proto-dev, xtrans-dev): clauses ``no_letters`` ("=>") and ``code_line``
("} Xtransport;") of ``listed_numbered`` (``transforms.sections``). Split from
test_chapter_contents.py. Each test fails with both clauses taken out."""

from tests.transforms.test_chapter_contents import _levels

# The X11 SHAPE extension spec (Debian's x11proto-dev, shape.txt), lines 46-60,
# 226-240 and 394-433: the contents, a request whose reply opens with "=>", and
# chapter 6, whose own list runs on over the encoding tables ("=>" lines too).
SHAPE = (
    "Table of Contents\n"
    "\n"
    "1. Overview\n"
    "2. Description\n"
    "3. Types\n"
    "4. Requests\n"
    "5. Events\n"
    "6. Encoding\n"
    "\n"
    "    New Types\n"
    "    Requests\n"
    "    Events\n"
    "\n"
    "Glossary\n"
    "\n"
    "Chapter\xa04.\xa0Requests\n"
    "\n"
    "ShapeQueryVersion\n"
    "\n"
    "=>\n"
    "\n"
    "majorVersion: CARD16\n"
    "\n"
    "minorVersion: CARD16\n"
    "\n"
    "This request can be used to ensure that the server version of the SHAPE\n"
    "extension is usable by the client. This document defines major version one (1),\n"
    "minor version one (1).\n"
    "\n"
    "ShapeRectangles\n"
    "\n"
    "Chapter\xa06.\xa0Encoding\n"
    "\n"
    "Table of Contents\n"
    "\n"
    "New Types\n"
    "Requests\n"
    "Events\n"
    "\n"
    "Please refer to the X11 Protocol Encoding document as this document uses\n"
    "conventions established there.\n"
    "\n"
    'The name of this extension is "SHAPE".\n'
    "\n"
    "New Types\n"
    "\n"
    "SHAPE_KIND\n"
    "     0     Bounding\n"
    "     1     Clip\n"
    "     2     Input\n"
    "\n"
    "SHAPE_OP\n"
    "     0     Set\n"
    "     1     Union\n"
    "     2     Intersect\n"
    "     3     Subtract\n"
    "     4     Invert\n"
    "\n"
    "Requests\n"
    "\n"
    "ShapeQueryVersion\n"
    "     1     CARD8              opcode\n"
    "     1     0                  shape opcode\n"
    "     2     1                  request length\n"
    "\n"
    "=>\n"
    "     1     1                  Reply\n"
    "     1                        unused\n"
    "     2     CARD16             sequence number\n"
    "     4     0                  length\n"
    "     2     CARD16             major version\n"
)


def test_a_line_without_letters_is_named_by_no_list():
    # Clause no_letters: "=>" reduces to no key, as the "=>" lines inside
    # chapter 6's list do; it was a level-1 heading "named" by that list.
    assert _levels(SHAPE) == [
        (1, "Chapter 4. Requests"),
        (1, "ShapeQueryVersion"),
        (1, "Chapter 6. Encoding"),
    ]


# The X Transport Interface (Debian's xtrans-dev, xtrans.txt), lines 68-77,
# 148-163, 244-250 and 270-272: the book's and chapter 4's contents, and the
# end of the C struct the section "Xtransport" defines.
XTRANS = (
    "Table of Contents\n"
    "\n"
    "The X Transport Interface\n"
    "1. Purposes and Goals\n"
    "2. Overview of the Interface\n"
    "3. Definition of Address Specification Format\n"
    "4. Internal Data Structures\n"
    "\n"
    "    Xtransport\n"
    "    XtransConnInfo\n"
    "\n"
    "\n"
    "Chapter\xa04.\xa0Internal Data Structures\n"
    "\n"
    "Table of Contents\n"
    "\n"
    "Xtransport\n"
    "XtransConnInfo\n"
    "\n"
    "There are two major data structures associated with the transport independent\n"
    "portion of this interface. Additional data structures may be used internally by\n"
    "each transport.\n"
    "\n"
    "Xtransport\n"
    "\n"
    "Each transport supported has an entry in the transport table. The transport\n"
    "table is an array of Xtransport records. Each record contains all the entry\n"
    "points for a single transport. This record is defined as:\n"
    "\n"
    "    int     (*Close)(\n"
    "     XtransConnInfo          /* connection */\n"
    "    );\n"
    "\n"
    "} Xtransport;\n"
    "\n"
    "The flags field can contain an OR of the following masks:\n"
    "\n"
    "\n"
    "XtransConnInfo\n"
    "\n"
    "Each connection will have an opaque XtransConnInfo transport connection object\n"
)


def test_a_line_of_code_is_no_listed_heading():
    # Clause code_line: "} Xtransport;" reduces to the entry "Xtransport" but
    # is the struct's last line; own_contents made it a candidate after the body.
    assert _levels(XTRANS) == [
        (1, "Chapter 4. Internal Data Structures"),
        (1, "Xtransport"),
        (1, "XtransConnInfo"),
    ]
