"""The handbook's build: data/ (YAML) -> model -> pure renderers -> pages, and one adapter to MkDocs (adapter/plugin.py)."""
