"""Rule resume_says_done, session 46: ``--resume`` of a finished run trains nothing, and
with progress bars on it drew a full "train: 100%| 5/5" bar after the line saying so (the
README walk saw it twice); now no bar is drawn. The tiny config turns bars off, so this
run turns them back on (``progress`` may change on resume: training.run_files)."""

from tests.training.conftest import train_recipe


def test_resuming_a_finished_run_draws_no_progress_bar(
    run_copy, tiny_dataset, tiny_model, tiny_config, capsys
):
    capsys.readouterr()
    args = ("--resume", "--set", "progress=true")
    assert train_recipe(tiny_dataset, tiny_model, run_copy, tiny_config, *args) == 0
    said = capsys.readouterr()
    assert f"nothing left to train: {run_copy} is at step 5 of 5\n" in said.out
    assert "train:" not in said.err, said.err
