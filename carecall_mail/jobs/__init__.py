"""The passes the worker runs: send the outbox, read the inbox, answer during a break
or a crisis, write the digest, and keep each connection's health."""
