"""Measuring and improving the generator: evaluation against gold corpora, training, benchmark.

This package imports ``generator``; ``generator`` never imports it (its command line loads it
lazily for ``evaluate`` and ``bench``), so editing anything here leaves users' caches valid.
"""
