"""Wrong decodes of ``--encoding auto`` on real text of 32 languages in their legacy codecs.

The text is this machine's translation catalogs (``/usr/share/locale/*/LC_MESSAGES/*.mo``:
real, technical, mixed with English option names), one pool of lines per language.
Each (language, codec) pair gets ``--per`` pieces at each of 5 sizes (120 to 16,000
characters) cut evenly through the pool, encoded in the codec (lines the codec cannot
write are left out) and given to ``guess_encoding``: right (the exact text back),
undecided (the user is told to name the codec) or WRONG (a codec that gives other
text: silently corrupted training text, the outcome to drive to 0). Pieces that are
valid UTF-8 (ASCII only) are skipped. Catalogs differ between machines, so compare
two checkouts in one run, not numbers across machines:

    .venv/bin/python bench/encodings_hunt.py [--code CHECKOUT] [--per 8] [--lang hu ...]
"""

from __future__ import annotations

import argparse
import collections
import gettext
import glob
import sys
import unicodedata

PLAN = {
    "uk": ["cp1251", "koi8_u", "koi8_r", "iso8859_5", "cp866", "mac_cyrillic", "cp855"],
    "bg": ["cp1251", "koi8_r", "iso8859_5", "cp866", "mac_cyrillic", "cp855"],
    "sr": ["cp1251", "iso8859_5", "koi8_r", "cp866", "mac_cyrillic"],
    "mk": ["cp1251", "iso8859_5"],
    "be": ["cp1251", "koi8_r", "cp866", "iso8859_5"],
    "ru": ["cp1251", "koi8_r", "iso8859_5", "cp866", "mac_cyrillic", "cp855"],
    "pl": ["cp1250", "iso8859_2", "cp852", "mac_latin2", "iso8859_16"],
    "cs": ["cp1250", "iso8859_2", "cp852", "mac_latin2"],
    "sk": ["cp1250", "iso8859_2", "cp852", "mac_latin2"],
    "hu": ["cp1250", "iso8859_2", "cp852", "mac_latin2", "iso8859_16"],
    "sl": ["cp1250", "iso8859_2", "cp852", "mac_latin2"],
    "hr": ["cp1250", "iso8859_2", "cp852", "mac_latin2"],
    "bs": ["cp1250", "iso8859_2"],
    "ro": ["cp1250", "iso8859_2", "iso8859_16", "cp852"],
    "el": ["cp1253", "iso8859_7", "cp737", "mac_greek", "cp869"],
    "tr": ["cp1254", "iso8859_9", "cp857", "mac_turkish"],
    "lt": ["cp1257", "iso8859_13", "iso8859_4", "cp775", "iso8859_10"],
    "lv": ["cp1257", "iso8859_13", "iso8859_4", "cp775", "iso8859_10"],
    "et": ["cp1257", "iso8859_13", "iso8859_4", "iso8859_15", "cp1252", "iso8859_10", "cp775"],
    "he": ["cp1255", "iso8859_8", "cp862"],
    "ar": ["cp1256", "iso8859_6", "cp864"],
    "fa": ["cp1256"],
    "vi": ["cp1258"],
    "th": ["tis_620", "cp874", "iso8859_11"],
    "eo": ["iso8859_3"],
    "is": ["cp1252", "cp861", "mac_iceland", "iso8859_10"],
    "de": ["cp1252", "cp437", "cp850", "mac_roman", "iso8859_15"],
    "fr": ["cp1252", "cp437", "cp850", "mac_roman", "iso8859_15", "cp863"],
    "pt": ["cp1252", "cp860", "mac_roman", "cp850"],
    "da": ["cp1252", "cp865", "mac_roman", "iso8859_10"],
    "fi": ["cp1252", "iso8859_15", "mac_roman", "iso8859_10"],
    "ga": ["cp1252", "iso8859_14"],
    "sv": ["cp1252", "cp1257", "iso8859_13", "mac_roman", "iso8859_10", "cp850"],
    "es": ["cp1252", "mac_roman", "cp850", "iso8859_15", "cp437"],
}
SIZES = (120, 300, 1000, 4000, 16000)


def catalog_lines(lang: str) -> list[str]:
    """Every translated message of the language's .mo catalogs, one per line."""
    lines: list[str] = []
    for path in sorted(glob.glob(f"/usr/share/locale/{lang}/LC_MESSAGES/*.mo")):
        try:
            with open(path, "rb") as f:
                catalog = gettext.GNUTranslations(f)._catalog
        except Exception:  # a damaged or foreign catalog: skip it
            continue
        for key, value in catalog.items():
            if key and isinstance(value, str):
                lines.extend(value.split("\n"))
    return lines


def encode(line: str, codec: str) -> bytes | None:
    try:
        return line.encode(codec)
    except UnicodeEncodeError:
        pass
    if codec == "cp1258":  # Vietnamese writes tone marks as combining characters
        try:
            return unicodedata.normalize("NFD", line).encode(codec)
        except UnicodeEncodeError:
            return None
    return None


def pieces(kept: list[tuple[str, bytes]], per: int):
    for size in SIZES:
        for j in range(per):
            i, text, data, n = (j * len(kept)) // per, [], [], 0
            while i < len(kept) and n < size:
                text.append(kept[i][0])
                data.append(kept[i][1])
                n += len(kept[i][0]) + 1
                i += 1
            yield "\n".join(text), b"\n".join(data)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--code", help="checkout whose transforms to measure (default: this one)")
    ap.add_argument("--per", type=int, default=8, help="pieces per size and codec")
    ap.add_argument("--lang", nargs="*", help="only these languages")
    args = ap.parse_args()
    sys.path.insert(0, args.code or ".")
    from transforms.legacy_encodings import guess_encoding

    total = collections.Counter()
    for lang, codecs in PLAN.items():
        if args.lang and lang not in args.lang:
            continue
        lines = catalog_lines(lang)
        if not lines:
            print(f"{lang:3} no catalogs on this machine")
            continue
        for codec in codecs:
            kept = [(line, b) for line in lines if (b := encode(line, codec)) is not None]
            counts, examples = collections.Counter(), []
            for text, data in pieces(kept, args.per):
                try:
                    data.decode("utf-8")
                    continue
                except UnicodeDecodeError:
                    pass
                decoded, _ = guess_encoding(data)
                if decoded is None:
                    counts["undecided"] += 1
                elif decoded.text == text:
                    counts["right"] += 1
                else:
                    counts["WRONG"] += 1
                    if len(examples) < 2:
                        examples.append((decoded.encoding, decoded.text[:80].replace("\n", " | ")))
            total.update(counts)
            print(
                f"{lang:3} {codec:13} right {counts['right']:4} "
                f"undecided {counts['undecided']:4} WRONG {counts['WRONG']:4}",
                flush=True,
            )
            for example in examples:
                print("     as", *example)
    print(f"all: right {total['right']}, undecided {total['undecided']}, WRONG {total['WRONG']}")


if __name__ == "__main__":
    main()
