"""Exit codes: a user's mistake is one line and exit 2; a bug keeps its traceback."""

from __future__ import annotations

import pytest

import pipeline.build
from pipeline import cli


def _dataset_args(tmp_path, tokenizer, *extra):
    (tmp_path / "in").mkdir(exist_ok=True)
    (tmp_path / "in" / "a.txt").write_text("One sentence. Another one.\n", encoding="utf-8")
    return [
        "dataset",
        "--input",
        str(tmp_path / "in"),
        "--output",
        str(tmp_path / "out"),
        "--tokenizer",
        tokenizer,
        *extra,
    ]


def _one_error_line(capsys, prog: str) -> str:
    err = capsys.readouterr().err
    lines = [x for x in err.splitlines() if x.strip()]
    assert len(lines) == 1 and "Traceback" not in err, err
    assert lines[0].startswith(f"{prog}: error: ")
    return lines[0]


@pytest.mark.parametrize(
    "extra, says",
    [
        (("--windows", "512,256"), "strictly increasing"),  # a config dataclass's ValueError
        (("--validation-fraction", "1.5"), "--validation-fraction must be in [0, 1)"),
        (("--input", "nowhere/*.jsonl"), "matched no files"),
    ],
)
def test_bad_dataset_flags_exit_2_with_one_line(tmp_path, tiny_tokenizer_path, capsys, extra, says):
    assert cli.main(_dataset_args(tmp_path, tiny_tokenizer_path, *extra)) == 2
    assert says in _one_error_line(capsys, "longctx dataset")
    assert not (tmp_path / "out").exists()


def test_missing_tokenizer_exits_2(tmp_path, capsys):
    assert cli.main(_dataset_args(tmp_path, str(tmp_path / "nope.json"))) == 2
    assert "--tokenizer path/to/tokenizer.json" in _one_error_line(capsys, "longctx dataset")


def test_an_internal_error_keeps_its_traceback(tmp_path, tiny_tokenizer_path, monkeypatch):
    def broken(*args, **kwargs):
        raise ValueError("a bug inside the build")

    monkeypatch.setattr(pipeline.build, "build_pipeline", broken)
    with pytest.raises(ValueError, match="a bug inside the build"):
        cli.main(_dataset_args(tmp_path, tiny_tokenizer_path))


def test_inspect_of_a_folder_that_is_no_dataset_exits_2(tmp_path, capsys):
    assert cli.main(["inspect", str(tmp_path)]) == 2
    assert "manifest.json" in _one_error_line(capsys, "longctx inspect")
    assert cli.main(["inspect", str(tmp_path), "--verify"]) == 2
    assert "manifest.json" in _one_error_line(capsys, "longctx inspect")


class _Without:
    """``cli``'s importlib with ``missing`` not installed, imported by ``command``'s
    module itself or by its main()."""

    def __init__(self, missing: str, at_import: bool):
        self.missing, self.at_import = missing, at_import

    def import_module(self, name):
        error = ModuleNotFoundError(f"No module named {self.missing!r}", name=self.missing)
        if self.at_import:
            raise error

        class Module:
            @staticmethod
            def main(argv):
                raise error

        return Module


@pytest.mark.parametrize("command", ["train", "eval"])
@pytest.mark.parametrize("missing, at_import", [("torch", True), ("peft.tuners", False)])
def test_trainer_without_its_extra_names_the_extra(
    command, missing, at_import, monkeypatch, capsys
):
    monkeypatch.setattr(cli, "importlib", _Without(missing, at_import))
    assert cli.main([command, "--data", "x"]) == 2
    line = _one_error_line(capsys, f"longctx {command}")
    top = missing.split(".")[0]
    assert line == (
        f"longctx {command}: error: {top} is not installed: `longctx {command}` needs the "
        "'train' extra: pip install 'longctx[train]' (or `make venv`)"
    )


@pytest.mark.parametrize(
    "command, missing",
    [("dataset", "tokenizers"), ("inspect", "pyarrow"), ("train", "training.modeling")],
)
def test_a_missing_base_or_first_party_module_keeps_its_traceback(command, missing, monkeypatch):
    # The base install is broken (or a module of ours is missing): no extra would help.
    monkeypatch.setattr(cli, "importlib", _Without(missing, True))
    with pytest.raises(ModuleNotFoundError, match=missing):
        cli.main([command])
