"""Dossier: a static site generator for cross-linked dossiers of news articles."""

__version__ = "0.1.0"
