# Two commands set everything up on a fresh machine:
#   make run   - install, fetch and start the local Neo4j, ingest examples/, open the app
#   make test  - install what the tests need (incl. Debian chromium + a CJK font) and run them
VENV    := .venv
PY      := $(VENV)/bin/python
CONVENE := $(VENV)/bin/convene
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
PORT    ?= 8501

.PHONY: install run neo4j stop test lint system-deps bench clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[dev]"
	touch $@

neo4j: install
	$(CONVENE) neo4j start

run: neo4j
	$(CONVENE) ingest examples/
	@echo "convene is at http://localhost:$(PORT)"
	$(CONVENE) app --port $(PORT)

stop:
	-$(CONVENE) neo4j stop

# Debian's chromium for the browser tests, a CJK font so Chinese is not drawn as boxes,
# and docker-compose to validate docker-compose.yml (no Docker engine is needed for that).
system-deps:
	@command -v chromium >/dev/null 2>&1 && command -v docker-compose >/dev/null 2>&1 && \
	  fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || \
	  ( $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
	    $(SUDO) apt-get install -y -qq chromium fonts-noto-cjk docker-compose )

lint: install
	$(VENV)/bin/ruff check .

# The test instance of Neo4j (.convene/test) is started by the tests and stopped afterwards.
test: install system-deps lint
	$(VENV)/bin/pytest; status=$$?; \
	  CONVENE_HOME=$(CURDIR)/.convene/test $(CONVENE) neo4j stop >/dev/null 2>&1; \
	  exit $$status

# The benchmarks (BENCHMARKS.md; a 26-minute time budget, `--quick` for a few minutes): the
# bench extra (spaCy's model, rdflib, py2neo, Playwright) and Debian's chromium for the app.
bench: install system-deps
	$(PY) -m pip install -q -e ".[dev,bench]"
	$(PY) -m bench.run

clean: stop
	rm -rf .convene test-artifacts
