"""Benchmarks: extraction quality on the shared corpora, broadcast throughput."""
