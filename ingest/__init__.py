"""Text → records: noise removal, language, NLP, extraction, the ingest pipeline and its CLI."""
