"""``python -m pipeline [flags] [Beam options]``: build a dataset (standard Beam entry point)."""

import sys

PROG = "python -m pipeline"

if __name__ == "__main__":
    from pipeline.options import dataset_parser, wants_help

    if wants_help(sys.argv[1:]):  # answer before Beam is imported
        dataset_parser(PROG).print_help()
        sys.exit(0)
    from transforms.runtime import setup_logging

    setup_logging()  # before Beam is imported: its import logs a harmless warning
    from pipeline.cli import exit_now, import_dataset_builder

    # Beam without pandas; the end without Python's finalization (pipeline.cli).
    exit_now(import_dataset_builder().main(prog=PROG))
