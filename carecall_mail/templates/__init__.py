"""The practitioner's Jinja templates: rendering in a bounded sandbox, composing a
message for an outbox row, and checking the whole practice before anything is sent."""
