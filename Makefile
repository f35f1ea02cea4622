# diplograph — the obvious verbs. Everything installs into .venv/ and .neo4j/ (both git-ignored).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DG     := $(BIN)/diplograph
HOST   ?= 127.0.0.1
PORT   ?= 8000

# The test suite runs against its own Neo4j instance (own data, own ports), never the one `make run` uses.
TEST_ENV := DIPLOGRAPH_ENVIRONMENT=test \
	DIPLOGRAPH_NEO4J_HOME=$(CURDIR)/.neo4j/test-instance \
	DIPLOGRAPH_NEO4J_BOLT_PORT=7688 DIPLOGRAPH_NEO4J_HTTP_PORT=7475 \
	DIPLOGRAPH_NEO4J_URI=bolt://127.0.0.1:7688

.PHONY: install run test lint bench neo4j-start neo4j-stop clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

run: install
	$(DG) neo4j start
	$(DG) schema apply
	-$(DG) ingest corpus/articles
	@echo ""
	@echo "  API docs:      http://$(HOST):$(PORT)/docs"
	@echo "  Neo4j Browser: http://127.0.0.1:7474/browser/  (bolt://127.0.0.1:7687, user neo4j, password diplograph-dev)"
	@echo "  Stop Neo4j:    $(DG) neo4j stop"
	@echo ""
	$(BIN)/uvicorn app.main:app --host $(HOST) --port $(PORT)

test: install
	$(TEST_ENV) $(DG) neo4j start
	$(TEST_ENV) $(BIN)/pytest; status=$$?; $(TEST_ENV) $(DG) neo4j stop; exit $$status

lint: install
	$(BIN)/ruff check .
	$(BIN)/mypy app graph_schema ingest

bench: install
	$(TEST_ENV) $(DG) neo4j start
	$(TEST_ENV) $(BIN)/python -m bench.run; status=$$?; $(TEST_ENV) $(DG) neo4j stop; exit $$status

neo4j-start: install
	$(DG) neo4j start

neo4j-stop: install
	$(DG) neo4j stop

clean:
	rm -rf $(VENV) .neo4j .pytest_cache .ruff_cache .mypy_cache
