"""Benchmarks that print figures: routing core latency and HTTP throughput (`python -m bench`)."""
