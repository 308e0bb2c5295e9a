"""Text of the README used by several tests (a user feeds the project's own docs)."""

# The README's bullets (wrapped at 88 columns, hanging indent of 2) and a
# numbered list with a hanging indent of 3.
README_BULLETS = """* Cleaning: files that are not running text (INI, CSV/TSV, lists of URLs) are
  rejected (stage `prose`); Gutenberg headers, footers and licenses, producer and
  transcriber notes, web-ebook notices and page markers are cut (the characters
  cut are counted per document and in the manifest; `--keep-boilerplate` keeps
  them); wrapped lines of prose paragraphs are joined (a space in English, nothing
  between CJK characters) while verse, speech lines, lists and headings keep their
  lines (`--keep-line-breaks` keeps the raw layout).
* Safety: `--output` must be absent, empty or a longctx dataset, and never an input or a
  folder holding one; a complete dataset is replaced only with `--overwrite`.

1. Create a virtual environment in the project folder and activate it before
   installing anything, so that the system interpreter stays untouched.
2. Install the package with its training extra when you also want to train.
"""
