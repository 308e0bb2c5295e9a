"""The flags of ``longctx dataset``, ``inspect`` and ``export``, importable in milliseconds.

``--help`` must answer before Beam, ``datasets`` or torch load (1-3 s of imports
each), so the parsers live here, importing nothing of the project but this
module, and the defaults of the dataset flags are literals:
``tests/pipeline/test_options.py`` checks each against the config dataclass it feeds
(``transforms.chunking.ChunkConfig`` etc.), so they cannot drift apart.

Every flag shows its default or says it is required (:class:`HelpFormatter`).
"""

from __future__ import annotations

import argparse

# Literal copies of the stage configs' defaults (checked against them by a test).
DEFAULT_WINDOWS = "512,1024,2048,4096"  # ChunkConfig.windows
MEMORY_SOURCES = ("key", "key-recent", "retrieved")  # transforms.chunking.MEMORY_SOURCES
RETRIEVAL_UNITS = ("sentence", "paragraph")  # transforms.retrieval.UNITS
DEFAULT_LANGUAGE = "auto"  # StructureConfig.language
# --aozora-readings: "none" adds the opt-in rule aozora_bracketed_reading (transforms.aozora)
AOZORA_READINGS = ("words", "none")
# Rule language-choices: --language takes one of these (transforms.structure.LANGUAGES:
# auto, the Punkt codes of transforms.sentences.PUNKT_LANGUAGES, then zh and ja); any
# other value is a one-line usage error naming them, not StructureConfig's ValueError.
LANGUAGES = (
    "auto", "en", "cs", "da", "nl", "et", "fi", "fr", "de", "el", "it", "ml", "no", "pl",
    "pt", "ru", "sl", "es", "sv", "tr", "zh", "ja",
)  # fmt: skip
DEFAULT_VALIDATION_FRACTION = 0.05  # DatasetConfig.validation_fraction
DEFAULT_NEAR_DUPLICATE_THRESHOLD = 0.15  # NearDuplicateConfig.threshold
DEFAULT_MAX_DOC_CHARS = 100_000_000  # transforms.read.DEFAULT_MAX_DOC_CHARS
# Rule auto-encodings-listed: the codecs --encoding auto may decide, as its help names
# them (the labels of transforms.legacy_encodings.CANDIDATES, in their order: the names
# --encoding takes, clause reading_known_names).
AUTO_ENCODINGS = (
    "gb18030", "big5", "cp950", "shift_jis", "windows-31j", "euc-jp", "euc-kr", "windows-949",
    "windows-1252", "windows-1250", "iso-8859-2", "windows-1251", "koi8-r", "iso-8859-5",
    "cp866", "windows-1253", "iso-8859-7", "cp737", "windows-1254", "windows-1257",
    "iso-8859-13", "iso-8859-4", "iso-8859-10", "cp775",
)  # fmt: skip


def _language(value: str) -> str:
    """Rule language-choices: an unknown ``--language`` is refused with the accepted values."""
    if value not in LANGUAGES:
        raise argparse.ArgumentTypeError(
            f"unknown language {value!r}; use auto, zh, ja or a Punkt code: "
            f"{', '.join(code for code in LANGUAGES if code not in ('auto', 'zh', 'ja'))}"
        )
    return value


class HelpFormatter(argparse.ArgumentDefaultsHelpFormatter):
    """Appends ``(required)`` or ``(default: X)`` to every flag's help.

    On/off switches show neither (off unless given), and a flag whose default is
    None must say in its own help what happens without it.
    """

    def _get_help_string(self, action: argparse.Action) -> str:
        text = action.help or ""
        if action.required:
            return f"{text} (required)"
        if (
            "%(default)" in text
            or action.default in (None, [], argparse.SUPPRESS)
            or isinstance(action, (argparse._StoreTrueAction, argparse._StoreFalseAction))
        ):
            return text
        return f"{text} (default: %(default)s)"


class ArgumentParser(argparse.ArgumentParser):
    """``argparse`` whose parse errors raise ``schemas.errors.UserError`` instead of
    printing the usage block and exiting, so ``run_main`` reports them in one line
    like any other mistake. ``--help`` still prints and exits 0. (Imported on the
    error path only: this module must stay light.)"""

    def error(self, message: str):
        from schemas.errors import UserError

        raise UserError(f"{message} (see `{self.prog} --help`)")


def new_parser(prog: str, description: str, **kwargs) -> argparse.ArgumentParser:
    return ArgumentParser(
        prog=prog, description=description, formatter_class=HelpFormatter, **kwargs
    )


def wants_help(argv: list[str]) -> bool:
    """Whether argparse would print help for ``argv`` (before any ``--``)."""
    args = argv[: argv.index("--")] if "--" in argv else argv
    return any(a in ("-h", "--help") for a in args)


def parse_windows(text: str) -> tuple[int, ...]:
    try:
        return tuple(int(w) for w in text.split(",") if w.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"--windows takes comma-separated token counts like 512,1024, got {text!r}"
        ) from None


def dataset_parser(prog: str = "longctx dataset") -> argparse.ArgumentParser:
    parser = new_parser(
        prog,
        "Build long-context training shards from long documents (Apache Beam). "
        "Flags not listed here go to Beam's PipelineOptions (--runner, --project, "
        "--direct_running_mode, ...).",
    )
    parser.add_argument(
        "--input",
        action="append",
        required=True,
        help="glob, file or folder (- : the standard input); repeat for several (gs:// and "
        "other Beam filesystems work); a .zip or .tar (.tar.gz, .tgz, .tar.zst...) is read "
        "member by member, also through a pipe, ids ARCHIVE/MEMBER (books.zip/pg1342.txt); "
        "7z and rar must be unpacked",
    )
    parser.add_argument("--output", required=True, help="output folder (local or gs://...)")
    parser.add_argument("--tokenizer", required=True, help="path to a tokenizers tokenizer.json")
    parser.add_argument(
        "--windows",
        type=parse_windows,
        default=DEFAULT_WINDOWS,
        help="window lengths in tokens, strictly increasing; each is a length bucket",
    )
    parser.add_argument(
        "--overlap",
        type=int,
        default=None,
        help="tokens of left context shared by consecutive windows (default: window/16, "
        "at least 1; "
        "0 keeps the one token each window's first scored token is predicted from: built "
        "and recorded as 1)",
    )
    parser.add_argument(
        "--snap-tolerance",
        type=int,
        default=None,
        help="tokens a window start may move back to reach a sentence or paragraph start "
        "(default: the window's overlap); a start inside a character split over tokens "
        "moves to its first token whatever the tolerance",
    )
    parser.add_argument(
        "--memory-tokens", type=int, default=0, help="memory prefix budget in tokens (0: off)"
    )
    parser.add_argument(
        "--memory-source",
        choices=MEMORY_SOURCES,
        # None: not given (key-recent is built); given at all, it needs --memory-tokens
        # (clause memory_source_needs_tokens, pipeline.build_config).
        default=None,
        help="what fills the memory prefix: key sentences by score (key), the key sentences "
        "closest before the window (key-recent), or the document's earlier passages that "
        "best match the window's opening under BM25 (retrieved); needs --memory-tokens "
        "(default: key-recent)",
    )
    parser.add_argument(
        "--retrieval-unit",
        choices=RETRIEVAL_UNITS,
        default=None,
        help=f"passages of --memory-source retrieved; needs --memory-tokens "
        f"(default: {RETRIEVAL_UNITS[0]})",
    )
    parser.add_argument(
        "--validation-fraction",
        type=float,
        default=DEFAULT_VALIDATION_FRACTION,
        help="share of documents in the validation split, in [0, 1); decided per document "
        "from a stable hash of its id",
    )
    parser.add_argument("--text-field", default="text", help="JSONL/Parquet field with the text")
    parser.add_argument(
        "--encoding",
        default="auto",
        help=f"plain-text files that are not UTF-8: auto (decode {', '.join(AUTO_ENCODINGS[:-1])} "
        f"or {AUTO_ENCODINGS[-1]} only when the text is surely that language; else reject "
        "with a hint), utf-8 (reject them all) or a codec name (gb18030, windows-1252, ...: "
        "decode strictly); valid UTF-8 is read as UTF-8, but 7-bit ISO-2022-JP/KR text "
        "(its ESC $ sequences name it) as that codec",
    )
    parser.add_argument(
        "--id-field", default="id", help="JSONL/Parquet field with the id ('' = none)"
    )
    parser.add_argument(
        "--language",
        default=DEFAULT_LANGUAGE,
        type=_language,
        help="sentence-splitting language: auto (Punkt with each document's model, English "
        "unless German, French, Spanish, Italian, Portuguese, Dutch or Russian function words "
        "win, plus CJK rules), a Punkt code (en, de, fr, ...), zh or ja",
    )
    parser.add_argument(
        "--shards-per-bucket",
        type=int,
        default=0,
        help="shards per (split, window); 0: one per ~64 MB of input",
    )
    parser.add_argument(
        "--keep-boilerplate",
        action="store_true",
        help="keep Gutenberg headers and licenses, transcriber notes, web notices, page markers, "
        "晋江's author's-note boxes (作者有话要说)",
    )
    parser.add_argument(
        "--keep-aozora-markup",
        action="store_true",
        help="keep Aozora Bunko ruby readings 《》, their ｜ marks and ［＃...］ editor notes "
        "(default: cut from Japanese texts that use them; --keep-boilerplate keeps them too)",
    )
    parser.add_argument(
        "--aozora-readings",
        choices=AOZORA_READINGS,
        default="words",
        help="Aozora Bunko ruby readings that are words of their own, a loanword read in "
        "katakana (喫茶店《キャッフェ》) or a gloss (｜status quo《現体制》): words keeps them "
        "after their word in brackets, 喫茶店（キャッフェ）; none drops them as every other "
        "reading is dropped (the base text alone: 喫茶店; --keep-boilerplate keeps them too)",
    )
    parser.add_argument(
        "--keep-gutenberg-markup",
        action="store_true",
        help="keep Project Gutenberg's [Illustration] tags, note anchors [1], _italic_ and "
        "=bold= marks and notes where they stand (default: tags, anchors whose note is in "
        "the text and marks cut, a [Footnote: ...] inside a paragraph moved after it; "
        "--keep-boilerplate keeps them too)",
    )
    parser.add_argument(
        "--drop-author-notes",
        action="store_true",
        help='cut a web novel\'s (网络小说) notes to its readers: lines opening "PS：", short '
        "calls for votes and thanks for tips (求月票, 感谢…的打赏), a call at the end of a "
        "chapter's title (（求月票）) (default: kept, they are the author's text; "
        "--keep-boilerplate keeps them too)",
    )
    parser.add_argument(
        "--keep-line-breaks",
        action="store_true",
        help="keep hard-wrapped lines as they are (default: join the wraps of prose paragraphs)",
    )
    parser.add_argument(
        "--near-duplicate-threshold",
        type=float,
        default=DEFAULT_NEAR_DUPLICATE_THRESHOLD,
        help="MinHash Jaccard of word 3-grams at which documents are near-duplicates: "
        "a cluster goes to one split (0: off)",
    )
    parser.add_argument(
        "--dedup",
        action="store_true",
        help="keep one document per near-duplicate cluster (the others are rejected)",
    )
    parser.add_argument(
        "--keep-text",
        action="store_true",
        help="add a `text` column to OUT/documents: each document's clean text, which its "
        "section, sentence and key-sentence offsets index (for other tokenizers and SFT "
        "tools; makes documents/ about 8x larger)",
    )
    parser.add_argument(
        "--max-doc-chars",
        type=int,
        default=DEFAULT_MAX_DOC_CHARS,
        help="longer documents are rejected (reason document_too_long) instead of risking "
        "the worker's memory (docs/RELIABILITY.md)",
    )
    parser.add_argument(
        "--overwrite",
        action="store_true",
        help="replace OUT if it holds a complete longctx dataset (never anything else)",
    )
    return parser


def inspect_parser() -> argparse.ArgumentParser:
    parser = new_parser(
        "longctx inspect",
        "Summarize a built dataset, follow one document through its rows, or verify it.",
    )
    parser.add_argument("out", metavar="OUT", help="dataset folder written by longctx dataset")
    parser.add_argument(
        "--doc",
        metavar="ID",
        help="follow one document across its chunks (default: show a summary)",
    )
    parser.add_argument(
        "--text",
        action="store_true",
        help="with --doc: print the document's clean text exactly as kept by a "
        "--keep-text build (the text its offsets index), nothing else",
    )
    parser.add_argument(
        "--verify",
        action="store_true",
        help="recompute hashes and check every invariant (exit 1 on a failure)",
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="with --verify: exit 3 (rebuild the dataset) when its note says scored tokens "
        "no trainer can train (built with overlap 0 by an older longctx); a failure is "
        "still exit 1",
    )
    parser.add_argument(
        "--max-chars",
        type=int,
        default=600,
        help="longest decoded segment shown, in characters",
    )
    return parser


def export_parser() -> argparse.ArgumentParser:
    parser = new_parser(
        "longctx export",
        "Export a built dataset to Parquet (for polars.scan_parquet, duckdb, Spark) or "
        "JSON Lines (one object per row, for load_dataset('json') and trainers that read "
        "JSON), one file per shard, named like it.",
    )
    parser.add_argument("out", metavar="OUT", help="dataset folder written by longctx dataset")
    parser.add_argument(
        "--format", choices=("parquet", "jsonl"), default="parquet", help="file format"
    )
    parser.add_argument("--output", help="where to write (default: OUT/parquet or OUT/jsonl)")
    parser.add_argument(
        "--compression",
        choices=("zstd", "snappy", "gzip", "none"),
        help="parquet: zstd, snappy, gzip or none; jsonl: none, gzip (.jsonl.gz) or zstd "
        "(.jsonl.zst) (default: zstd for parquet, none for jsonl)",
    )
    parser.add_argument(
        "--one-document-per-row",
        action="store_true",
        help="jsonl: split each packed row into one row per document, with input_ids, "
        "attention_mask, labels, position_ids (the pre-tokenized format axolotl reads), "
        "then window and the document's doc_id, chunk_index, token_start, token_end, "
        "char_start, char_end (clause export_help_names_columns)",
    )
    parser.add_argument("--overwrite", action="store_true", help="replace an existing export")
    return parser
