"""Text to model: pure functions, no I/O. `parse.document.parse` is the entry point.

PARSER_VERSION goes up whenever parsing output changes, so that the next ingest re-reads
every file instead of trusting rows an older parser stored.
"""

PARSER_VERSION = 2
