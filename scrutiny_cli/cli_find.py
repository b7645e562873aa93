"""Finding and taking away: search, history, resolutions, attendance, export, sql."""

from __future__ import annotations
