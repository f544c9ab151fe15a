"""`make bench`: every benchmark, one table."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import print_table  # noqa: E402

MODULES = ("bench_foundation", "bench_security", "bench_documents", "bench_sync", "bench_follow",
           "bench_statistics", "bench_console")


def main() -> int:
    """Every benchmark, or those named on the command line (``run.py bench_sync``)."""
    wanted = sys.argv[1:] or MODULES
    results = []
    for name in wanted:
        if not (Path(__file__).parent / f"{name}.py").exists():
            continue
        module = importlib.import_module(name)
        print(f"… {name}", file=sys.stderr, flush=True)
        done = module.run()
        print_table(done)  # each module's rows as they come: a later failure keeps them
        results += done
    print_table(results)
    return 0 if all(r.ok is not False for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
