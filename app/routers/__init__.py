"""One router per resource; read routes are plain `def` so they run in the threadpool (the driver is sync)."""
