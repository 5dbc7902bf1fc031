"""The practice's YAML: its schema, loading, and problems reported at file:line."""
