"""Reliability benchmarks: crash, bad inputs at scale, load."""
