"""The one exception type for mistakes the user can fix: a bad flag, input or path.

Every command's ``main`` turns a ``UserError`` into one line on stderr and exit
status 2; any other exception is a bug and keeps its traceback (exit status 1).
Config dataclasses keep raising ``ValueError`` (they are also built by code);
the entry point that builds them from flags converts those with
:func:`user_input` so an internal ``ValueError`` still shows its traceback.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator


class UserError(ValueError):
    """A mistake in the command's flags, inputs or paths; the message says what to fix.

    A ``ValueError`` so that callers (and tests) that expect the old ``ValueError``
    of a bad argument keep working.
    """


@contextlib.contextmanager
def user_input() -> Iterator[None]:
    """Treat a ``ValueError`` raised inside the block as the user's: for code that only
    validates what the user passed (config dataclasses built from flags)."""
    try:
        yield
    except UserError:
        raise
    except ValueError as error:
        raise UserError(str(error)) from error


def run_main(prog: str, body: Callable[[], int | None]) -> int:
    """Run a command's body: a ``UserError`` becomes ``prog: error: ...`` and exit 2;
    anything else propagates with its traceback."""
    try:
        return int(body() or 0)
    except UserError as error:
        print(f"{prog}: error: {error}", file=sys.stderr)
        return 2
