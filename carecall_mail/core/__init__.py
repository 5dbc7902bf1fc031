"""The pure core: what CareCall Mail decides, with no I/O.

Kinds of message, the planner, template contexts, addresses, durations and zones,
and reading a reply (parse, quotes, opt-outs, auto-replies, bounces, the safety
net). Time, config and the ledger's snapshot are passed in. Nothing here imports
`store`, `transports`, `jobs` or `app`, nor a network, database or process library:
`tests/test_layout.py` checks it on every run of the test command.
"""
