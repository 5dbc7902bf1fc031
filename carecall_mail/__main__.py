"""`python -m carecall_mail` is the `carecall` command."""

from __future__ import annotations

from carecall_mail.app.cli import main

raise SystemExit(main())
