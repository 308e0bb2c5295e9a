"""How a rejection names a span of the user's file (clause ``bom_offsets_at_source``,
session 37; the Left of session 36's wtC2 review).

The reader decodes a UTF-8 file without its byte order mark, so every offset a message
maker computed was 3 bytes low; session 36 corrected them afterwards by rewriting the
finished line by pattern (``read_text.file_offsets``): a new wording would have stayed 3
low, and a quoted sample of the user's text or a file name reading "at byte 512" was
rewritten too. Now each message maker takes ``mark`` (the length of the mark taken off
before its bytes) and names the file's own offsets; the rewrite is gone."""

from __future__ import annotations


def file_span(first: int, last: int, size: int, mark: int = 0, into: bool = True) -> str:
    """ "bytes A-B of N (P% into the file)" (``into``: with the share) for bytes
    ``first``-``last`` of ``size`` counted after a ``mark``-byte byte order mark: the
    offsets, the size and the share are the file's."""
    first, last, size = first + mark, last + mark, size + mark
    said = f"bytes {first:,}-{last:,} of {size:,}"
    if not into:
        return said
    where = f"{first / size:.0%}"
    if where != f"{last / size:.0%}":
        where += f"-{last / size:.0%}"
    return f"{said} ({where} into the file)"


def typed_option(typed: str, codec: str) -> str:
    """Clause ``typed_codec_name`` (session 38): " (--encoding latin-1)" after a codec's
    label in a line about the codec the user named, when the name typed is not the
    codec's own ("latin-1", "windows-1252", "greek" for iso8859-1, cp1252, iso8859-7);
    "" when it is ("cp1252", "iso8859_7"), so the line says the codec once. Clause
    reading_known_names (session 46): nor when it is the label the line shows, the
    codec's known name ("windows-1252 (--encoding windows-1252)" said it twice)."""
    from transforms.charset_labels import known_name

    said = typed.lower().replace("_", "-")
    if not typed or said in (codec.lower().replace("_", "-"), known_name(codec)):
        return ""
    return f" (--encoding {typed})"
