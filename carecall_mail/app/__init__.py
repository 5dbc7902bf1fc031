"""The application: opening the practice's I/O, the worker loop, the CLI, doctor and
the systemd service."""
