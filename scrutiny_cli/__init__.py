"""scrutiny: an archive indexer for local-council committee minutes."""

__version__ = "0.1.0"
