"""The triage domain: intake, store, cases, routing, reports and the pipeline
steps the Prefect flow calls."""
