"""The command line: every flag explains itself and shows its default, the literal
defaults of the parsers are the configs' defaults, and ``--help`` answers without
loading Beam, torch or ``datasets``."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import textwrap
import time

import pytest

from pipeline import cli, options
from training import options as training_options

PARSERS = {
    "dataset": options.dataset_parser,
    "inspect": options.inspect_parser,
    "export": options.export_parser,
    "train": training_options.train_parser,
    "eval": training_options.eval_parser,
}


def _flag_help(parser: argparse.ArgumentParser) -> dict[str, tuple[argparse.Action, str]]:
    """Each flag's help as ``--help`` prints it (defaults expanded)."""
    formatter = parser._get_formatter()
    return {
        action.option_strings[0] if action.option_strings else action.dest: (
            action,
            formatter._expand_help(action) if action.help else "",
        )
        for action in parser._actions
        if not isinstance(action, argparse._HelpAction)
    }


@pytest.mark.parametrize("command", PARSERS)
def test_every_flag_has_help_and_shows_its_default_or_says_required(command):
    for flag, (action, text) in _flag_help(PARSERS[command]()).items():
        assert len(text) > 10, f"{command} {flag} has no help"
        if action.required:
            assert text.endswith("(required)"), (command, flag, text)
        elif isinstance(action, argparse._StoreTrueAction):
            assert action.default is False  # a switch: off unless given
        elif action.default not in (None, []):
            assert f"(default: {action.default})" in text, (command, flag, text)
            assert text.count("default:") == 1, f"{command} {flag} says its default twice: {text}"
        else:  # no value to show: the help itself says what happens without the flag
            assert "default:" in text or "required" in text, (command, flag, text)


def test_dataset_defaults_are_the_configs_defaults():
    from pipeline.build_config import DatasetConfig, config_from_args
    from transforms import chunking, retrieval
    from transforms.near_duplicates import NearDuplicateConfig
    from transforms.read import ReadConfig
    from transforms.structure import StructureConfig

    args = options.dataset_parser().parse_args(
        ["--input", "x", "--output", "o", "--tokenizer", "t"]
    )
    config = config_from_args(args, 0, ())
    assert config.chunk.windows == chunking.ChunkConfig().windows
    assert config.chunk.memory_source == chunking.ChunkConfig().memory_source
    assert options.MEMORY_SOURCES == chunking.MEMORY_SOURCES
    assert options.RETRIEVAL_UNITS == retrieval.UNITS
    # Session 46: the memory flags are None when not given (memory_source_needs_tokens
    # refuses them given without --memory-tokens); the config gets the defaults, which
    # their help names.
    assert (args.memory_source, args.retrieval_unit) == (None, None)
    assert config.chunk.retrieval == retrieval.RetrievalConfig()
    helps = {a.dest: a.help for a in options.dataset_parser()._actions}
    assert f"(default: {chunking.ChunkConfig().memory_source})" in helps["memory_source"]
    assert f"(default: {retrieval.RetrievalConfig().unit})" in helps["retrieval_unit"]
    assert config.structure.language == StructureConfig().language
    assert config.validation_fraction == DatasetConfig.validation_fraction
    assert config.near_duplicates == NearDuplicateConfig()
    assert config.read.max_doc_chars == ReadConfig().max_doc_chars


def test_train_and_eval_defaults_are_the_code_defaults():
    from training import config, passkey

    args = training_options.eval_parser().parse_args(["--model", "m", "--output", "o"])
    assert tuple(float(d) for d in args.depths.split(",")) == passkey.DEPTHS
    assert args.fillers.split(",") == ["repeat", *passkey.TEMPLATES]
    assert training_options.ROPE_TYPES == tuple(t for t in config.ROPE_TYPES if t != "none")
    from training import longppl

    assert (args.lsd_threshold, args.lcl_threshold) == (
        longppl.LSD_THRESHOLD,
        longppl.LCL_THRESHOLD,
    )
    assert (args.short_context, args.short_stride) == (
        longppl.KeyTokenSettings().short_context,
        longppl.KeyTokenSettings().short_stride,
    )


def test_python_m_pipeline_help_names_itself(capsys):
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "--help"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0
    assert result.stdout.startswith("usage: python -m pipeline ")
    assert "--validation-fraction" in result.stdout


# A fresh interpreter answers every subcommand's --help, then reports which heavy
# libraries got imported and how long the slowest --help took.
HELP_PROBE = textwrap.dedent(
    """
    import contextlib, io, json, sys, time
    from pipeline import cli

    slowest = 0.0
    for command in json.loads(sys.argv[1]):
        start = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()) as out:
            code = cli.main([command, "--help"])
        slowest = max(slowest, time.perf_counter() - start)
        assert code == 0 and out.getvalue().startswith(f"usage: longctx {command}"), command
    heavy = ["apache_beam", "torch", "datasets", "transformers", "peft", "pyarrow"]
    print(json.dumps({"loaded": [m for m in heavy if m in sys.modules], "slowest": slowest}))
    """
)


def test_help_of_every_subcommand_loads_no_heavy_library():
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", HELP_PROBE, json.dumps(list(cli.COMMANDS))],
        capture_output=True,
        text=True,
        timeout=120,
    )
    elapsed = time.perf_counter() - start
    assert result.returncode == 0, result.stderr
    probe = json.loads(result.stdout)
    assert probe["loaded"] == []  # each of these takes 1-3 s to import
    # Interpreter start-up included, five --help in one process; generous for a busy CI.
    assert probe["slowest"] < 0.5 and elapsed < 10, (probe, elapsed)


def test_help_covers_every_command():
    assert set(PARSERS) == set(cli.COMMANDS)


def test_encoding_help_names_every_codec_auto_decides():
    """Rule auto-encodings-listed: `longctx dataset --help` named 6 of the 15 codecs
    `--encoding auto` decides (no CP1250, ISO-8859-2, CP1251, KOI8-R...), so a user
    with a Russian or Polish file was told that auto would not read it."""
    from transforms.legacy_encodings import CANDIDATES

    assert options.AUTO_ENCODINGS == tuple(label for _, _, label in CANDIDATES)
    text = " ".join(_flag_help(options.dataset_parser())["--encoding"][1].split())
    for label in options.AUTO_ENCODINGS:
        assert label in text, label


def test_unknown_language_is_one_line_naming_the_accepted_values(capsys):
    """Rule language-choices: `longctx dataset --language xx` failed with
    "StructureConfig.language='xx' is not supported; ..." (an internal config field),
    raised only after the tokenizer loaded; now the parser refuses it in one line that
    lists every value StructureConfig accepts."""
    from transforms.structure import LANGUAGES

    assert options.LANGUAGES == LANGUAGES
    flags = ["--input", "x", "--output", "o", "--tokenizer", "t"]
    assert options.dataset_parser().parse_args([*flags, "--language", "ru"]).language == "ru"
    assert cli.main(["dataset", *flags, "--language", "xx"]) == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and "StructureConfig" not in lines[0], lines
    assert "--language: unknown language 'xx'" in lines[0]
    for code in LANGUAGES:
        assert f" {code}," in lines[0] or f" {code} " in lines[0], code


def test_export_summary_names_every_format(capsys):
    """README audit, session 19: `longctx --help` said export writes "a dataset as
    Parquet" after `--format jsonl` was added; the summary names every format choice."""
    (action,) = [a for a in options.export_parser()._actions if a.dest == "format"]
    assert cli.main(["--help"]) == 0
    summary = next(line for line in capsys.readouterr().out.splitlines() if "export" in line)
    names = {"parquet": "Parquet", "jsonl": "JSON Lines"}
    assert [names[c] in summary for c in action.choices] == [True] * len(action.choices)
