"""Steady: the evidence log, calm replies and documentation packets for a difficult customer."""

__version__ = "0.1.0"
APP_NAME = "Steady"
