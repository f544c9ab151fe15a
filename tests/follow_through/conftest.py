"""The sync tests' fixtures (a unit on the module's live server, laptops closed after each
test), for the whole-case test across devices."""

from tests.sync.conftest import laptops, unit  # noqa: F401
