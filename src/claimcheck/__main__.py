"""Allow ``python -m claimcheck``."""

from claimcheck.cli import console_main

raise SystemExit(console_main())
