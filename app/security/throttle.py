"""Wrong passwords cost time, never data: a growing wait after the third miss in a row.

2 s, 4 s, 8 s … up to 5 minutes; one success clears it. Kept in ``signin.json`` beside the
key file so closing the app does not reset it. It slows a person at the keyboard; the file
itself is what an attacker with the disk would attack, and argon2id (~150 ms a guess on
this hardware, 64 MiB each) is what slows that.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

from app.paths import write_atomically

FILENAME = "signin.json"
FREE_TRIES = 2
MAX_WAIT_S = 300.0


def wait_after(failures: int) -> float:
    if failures <= FREE_TRIES:
        return 0.0
    return min(MAX_WAIT_S, float(2 ** (failures - FREE_TRIES)))


class Throttle:
    def __init__(self, root: Path, clock: Callable[[], float] = time.time) -> None:
        self.path = Path(root) / FILENAME
        self.clock = clock

    def _read(self) -> dict[str, float]:
        try:
            data = json.loads(self.path.read_text("utf-8"))
            return {"failures": float(data["failures"]), "not_before": float(data["not_before"])}
        except (OSError, ValueError, KeyError, TypeError):
            return {"failures": 0.0, "not_before": 0.0}

    def seconds_left(self) -> float:
        return max(0.0, self._read()["not_before"] - self.clock())

    @property
    def failures(self) -> int:
        return int(self._read()["failures"])

    def failed(self) -> float:
        """Count a miss; the seconds to wait before the next try."""
        failures = self.failures + 1
        wait = wait_after(failures)
        write_atomically(self.path, json.dumps(
            {"failures": failures, "not_before": self.clock() + wait}).encode())
        return wait

    def succeeded(self) -> None:
        if self.path.exists():
            self.path.unlink(missing_ok=True)
