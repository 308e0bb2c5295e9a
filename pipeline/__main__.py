"""``python -m pipeline [flags] [Beam options]``: build a dataset (standard Beam entry point)."""

import sys

from pipeline.build import main

if __name__ == "__main__":
    sys.exit(main())
