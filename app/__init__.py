"""HTTP: the FastAPI app over graph_schema's read functions."""
