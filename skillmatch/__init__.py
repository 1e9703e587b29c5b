"""skillmatch: offline, explainable resume-to-role skill matching."""

__version__ = "0.1.0"
