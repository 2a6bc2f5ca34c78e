"""One error type that names the file (and line) at fault.

A DossierError is the user's mistake: the CLI prints it as `path:line: message`
and exits 1 without a traceback. Anything else is a bug and keeps its traceback.
"""
from __future__ import annotations


class DossierError(Exception):
    def __init__(self, message: str, path: str | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    def __str__(self) -> str:
        where = self.path or ""
        if where and self.line:
            where += f":{self.line}"
        return f"{where}: {self.message}" if where else self.message


class ConfigError(DossierError):
    """site.yaml is missing, malformed or holds a bad value."""


class ContentError(DossierError):
    """An article cannot be read: bad front matter, duplicate slug, bad date."""


class TemplateError(DossierError):
    """A Jinja template failed to load or render."""


class ErrorList(DossierError):
    """Several problems found in one pass, reported together."""

    def __init__(self, errors: list[DossierError]):
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))

    def __str__(self) -> str:
        return "\n".join(str(e) for e in self.errors)
