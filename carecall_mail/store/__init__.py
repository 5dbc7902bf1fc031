"""The store: everything CareCall Mail remembers, behind role interfaces.

`interfaces` says what each role does (the outbox queue, the reply log, consent,
suspensions, cursors, once-only claims, digest state, meta) as typing.Protocols;
`records` holds the values they exchange; `errors` the error tree every backend
raises at its edge. Backends: `memory.MemoryStore` for pure tests, and the SQLite
ledger (`sqlite.Ledger`, also named `sqlite.SQLiteStore`; a package with one module
per role), the embedded default. A PostgreSQL backend implements the same protocols and joins the
contract suite (tests/test_store_contract.py).

This package imports no backend itself, so a backend can import `records` without
a cycle: import `carecall_mail.store.sqlite` or `.memory` where a backend is wanted.
"""
