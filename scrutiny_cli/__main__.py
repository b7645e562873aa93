"""`python -m scrutiny_cli` runs the command line."""

from .cli import app

app(prog_name="scrutiny")
