"""``python -m server …``: the admin command line (see :mod:`server.cli`)."""

import sys

from server.cli import main

sys.exit(main())
