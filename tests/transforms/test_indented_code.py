"""Rule indented_code (``transforms.code_blocks``): an unfenced block indented by
4 columns that reads as code (a README's "    pip install x", a program listing)
keeps its indentation and its line breaks; indented prose and verse do not.

Before the rule, normalization collapsed every run of spaces outside fenced
blocks, so each code line kept one leading space (" def main(path):" /
" for step in plan(path):"), and the unwrapper joined a long code line with the
lower-case line under it ("...epsilon) return result")."""

from transforms.clean import clean_text
from transforms.code_blocks import code_spans, indented_spans
from transforms.normalize import normalize_text

# A README as users write it: prose wrapped at 76 columns, two indented code
# blocks (one with a blank line inside), and a nested list whose items are
# indented by 4 under their parent.
README_LIKE = """# frobnicate

A small tool that reads a configuration file and prints what it would do
with each entry, without touching anything on disk. It needs Python 3.10 or
newer and nothing else from the package index.

Install it and run it on the example file:

    pip install frobnicate
    frobnicate --dry-run example.toml

Or call it from Python:

    from frobnicate import plan

    def main(path):
        for step in plan(path):
            result = step.apply(alpha, beta, gamma, delta, epsilon, zeta=1)
            print("copy", step.source, step.target)
        return result

Options:

- `--dry-run`: print the plan and stop; this is the default when the
  configuration names a directory that does not exist yet.
    - nested item one, which also runs long enough to be wrapped onto a
      second line by the editor.
    - nested item two.
- `--force`: overwrite targets.

That is all there is to it. The tool was written in a weekend and has been
used since then by more people than expected.
"""

# A program listing of a technical book, set in the text with 4 spaces.
LISTING = """The loop below counts the characters of its input, one at a time, until
the end of the file; the count is kept in a variable of type long.

    #include <stdio.h>

    main()
    {
        long nc;

        nc = 0;
        while (getchar() != EOF)
            ++nc;
        printf("%ld\\n", nc);
    }

The statement ++nc presents a new operator, which means increment by one.
"""

# Indented text that is not code, from the shared books: a table of Edgar Rice
# Burroughs's "A Princess of Mars" (Gutenberg pg72, aligned columns with "="),
# a poem of Nietzsche's (pg52190), a Timaeus paragraph of Plato set 6 columns in
# (pg1572), and 红楼梦's paragraphs, whose first lines are indented by 4.
PG72_TABLE = """of linear measurement, and so I give it here:

      10 sofads = 1 ad
     200 ads    = 1 haad
     100 haads  = 1 karad
     360 karads = 1 circumference of Mars at equator.
"""
PG52190_VERSE = "    92\n\n    Are ye women,\n    That ye wish to suffer\n    From that which ye love?\n\n    99\n"
PG1572_PROSE = """      SOCRATES: Then have I now given you all the heads of our
      yesterday’s discussion? Or is there anything more, my dear
      Timaeus, which has been omitted?
"""
HONGLOU = """    此开卷第一回也．作者自云：因曾历过一番梦幻之后，故将真事隐去，而借"通灵"
之说，撰此《石头记》一书也．故曰"甄士隐"云云．
    但书中所记何事何人？自又云：“今风尘碌碌，一事无成，忽念及当日所有之女子，
"""


def _clean(text: str) -> str:
    normalized = normalize_text(text)
    assert normalize_text(normalized) == normalized
    return clean_text(normalized).text


def test_readme_code_keeps_its_indentation_and_lines():
    clean = _clean(README_LIKE)
    for block in (
        "    pip install frobnicate\n    frobnicate --dry-run example.toml\n",
        "    from frobnicate import plan\n\n    def main(path):\n        for step in plan(path):\n"
        "            result = step.apply(alpha, beta, gamma, delta, epsilon, zeta=1)\n"
        '            print("copy", step.source, step.target)\n        return result\n',
    ):
        assert block in clean
    # The prose around the blocks is unwrapped as before; the nested list keeps
    # its items (one space of their indent, as any indented line outside code).
    assert "what it would do with each entry, without touching" in clean
    assert "when the configuration names a directory" in clean
    assert "\n - nested item one, which also runs long enough to be wrapped onto a second" in clean
    assert "\n - nested item two.\n" in clean


def test_program_listing_is_kept_as_written():
    clean = _clean(LISTING)
    start = LISTING.index("    #include")
    listing = LISTING[start : LISTING.index("\n\nThe statement")]
    assert listing in clean
    assert [LISTING[a:b] for a, b in indented_spans(LISTING)] == [listing]
    assert "up to the end" not in clean and "one at a time, until the end of the file" in clean


def test_a_table_with_signs_of_code_keeps_its_columns():
    """The one block of the shared data that reads as code: pg72's table."""
    clean = _clean(PG72_TABLE)
    assert "     200 ads    = 1 haad\n" in clean


def test_indented_prose_and_verse_are_no_code():
    for text in (PG52190_VERSE, PG1572_PROSE, HONGLOU):
        assert code_spans(text) == []
    # clause text_start_indent (session 39): the excerpt's first block ("92", a one-line
    # title block at the text's start) goes flush; the verse under it keeps its indents
    assert (
        _clean(PG52190_VERSE)
        == "92\n\n Are ye women,\n That ye wish to suffer\n From that which ye love?\n\n 99\n"
    )
    assert "the heads of our yesterday’s discussion? Or is there" in _clean(PG1572_PROSE)
    clean = _clean(HONGLOU)
    assert '隐去，而借"通灵"之说' in clean and "\n    " not in clean


def test_a_block_must_stand_between_blank_lines():
    """An indented line under a line of text continues its paragraph (CommonMark:
    an indented code block cannot interrupt a paragraph), code signs or not."""
    text = "Set the value with\n    x = compute(y)\nand go on.\n"
    assert indented_spans(text) == []
    text = "Set the value with:\n\n    x = compute(y)\n    more text\nand go on.\n"
    assert indented_spans(text) == []
    text = "Set the value with:\n\n    x = compute(y)\n    y = x\n\nand go on.\n"
    assert [text[a:b] for a, b in indented_spans(text)] == ["    x = compute(y)\n    y = x"]


# Quoted verse with footnote marks, indented as Gutenberg books set quotations
# (Paradise Lost I.1-4; pg52190 titles its poems so: "    TO MELANCHOLY[1]").
FOOTNOTED_VERSE = """The poem opens with its argument:

    Of Man's first disobedience, and the fruit[1]
    Of that forbidden tree whose mortal taste[2]
    Brought death into the World, and all our woe,
    With loss of Eden, till one greater Man[3]

and the invocation follows.

    TO MELANCHOLY[1]

O Melancholy, be not wroth with me
"""


def test_footnote_marks_are_no_code():
    """Rule indented_code: "fruit[1]" is a footnote mark, not an index; the
    verse and the poem's title are no code, so their indentation collapses."""
    assert indented_spans(FOOTNOTED_VERSE) == []
    out = normalize_text(FOOTNOTED_VERSE)
    assert "\n Of Man's first disobedience, and the fruit[1]\n" in out
    assert "\n TO MELANCHOLY[1]\n" in out
    # An index into a list is still a sign of code.
    code = "Then:\n\n    first = items[0]\n    print(items[1])\n    return items[i]\n\nDone."
    assert len(indented_spans(code)) == 1


# Indented verse with "=" on half its lines (a reader's sums set as a quatrain)
# and an indented list numbered with "#": no code (rule indented_code_signs).
EQUALS_VERSE = """He wrote his sums as verse:

    One and one = one, when we are wed;
    So says the heart, and so the head.
    Your joy = my joy, your bread = my bread,
    And all is said that can be said.

and signed it.
"""
HASH_LIST = "We bought:\n\n    # 1 Apples\n    # 2 Pears\n    # 3 Plums\n\nand went home.\n"


def test_bare_equals_and_hash_lists_are_no_code():
    """Rule indented_code_signs: "=" counts as code only in a code shape (an
    operator, glued to a token, after one name at the line's start, before a
    number), and comment lines only beside a line of code."""
    for text in (EQUALS_VERSE, HASH_LIST):
        assert indented_spans(text) == []
    assert "\n One and one = one, when we are wed;\n" in normalize_text(EQUALS_VERSE)
    assert "\n # 2 Pears\n" in normalize_text(HASH_LIST)
    # Code with those signs is still code: assignments, operators, keyword
    # arguments, and a comment above a command.
    for code in (
        "Then:\n\n    nc = 0\n    total += nc\n    # done\n\nDone.\n",
        "Run:\n\n    # build the dataset\n    longctx build --config x.toml\n\nDone.\n",
        "Set:\n\n    MAX_LEN = 4096\n    mode=fast\n\nDone.\n",
    ):
        assert len(indented_spans(code)) == 1, code


def test_declarations_and_tuples_before_equals_are_code():
    """Review of session 13 (rule indented_code_signs): the names before a bare
    " = " may be a declaration ("let total", "int count", "char *name", "$total")
    or a tuple ("a, b"), lower case all: such a block is code, as it was before
    the rule. Verse's "Your joy = my joy" (a capitalised word) is still not."""
    for block in (
        "    const first = head;\n    let rest = tail;\n    var total = first;\n    total += rest;\n",
        "    int count = total;\n    char *name = argv;\n    double scale = ratio;\n    return scale;\n",
        "    $total = $base;\n    $rate = $other;\n    echo $total;\n",
        "    a, b = b, a\n    x, y = y, x\n",
    ):
        text = f"The code reads:\n\n{block}\nand it runs.\n"
        assert len(indented_spans(text)) == 1, block
        # Kept as written: indentation and line breaks.
        assert block in clean_text(normalize_text(text)).text
    assert indented_spans(EQUALS_VERSE) == []
