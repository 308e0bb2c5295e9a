"""For the ``second_signal`` tests' subprocesses: a stream that sends the process a
signal the first time a line holding one of some words is written to it (so a signal
arrives while ``run_main`` prints its one line)."""

from __future__ import annotations

import os


class SignalOnWrite:
    def __init__(self, stream, signum: int, words: tuple[str, ...]):
        self.stream, self.signum, self.words, self.sent = stream, signum, words, False

    def write(self, text: str) -> int:
        if not self.sent and any(word in text for word in self.words):
            self.sent = True
            os.kill(os.getpid(), self.signum)
        return self.stream.write(text)

    def __getattr__(self, name):
        return getattr(self.stream, name)
