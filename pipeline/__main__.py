"""``python -m pipeline [flags] [Beam options]``: build a dataset (standard Beam entry point)."""

import sys

from transforms.runtime import setup_logging

if __name__ == "__main__":
    setup_logging()  # before Beam is imported: its import logs a harmless warning
    from pipeline.build import main

    sys.exit(main())
