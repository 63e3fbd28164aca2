"""Benchmarks and the synthetic corpus generator of ngo-atlas."""
