"""Benchmarks that print figures, each next to a baseline measured in the same run: `python -m bench.run`.

Not part of the installed package and not a test: nothing here asserts a time. See bench/README.md.
"""
