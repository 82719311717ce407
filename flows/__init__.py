"""Prefect flows: orchestration only; the work lives in triage.pipeline."""
