# The two commands a reader needs are `make book` and `make test`; see README.md.
# Every target installs what it needs into .venv first, pinned by constraints.txt.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
HTML    := _build/html
export MPLBACKEND := Agg
export PYDEVD_DISABLE_FILE_VALIDATION := 1

BOOK_SOURCES := _config.yml _toc.yml references.bib \
	$(shell find chapters alliance_lib -type f \( -name '*.md' -o -name '*.ipynb' -o -name '*.py' -o -name '*.csv' \) -not -path '*/.ipynb_checkpoints/*' 2>/dev/null)
LINTED := alliance_lib tests scripts bench

.PHONY: help book test lab clean notebooks lint pytest nbval bench lock

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml constraints.txt
	@PY=$$(scripts/check_python.sh) && echo "==> Creating $(VENV) with $$PY ($$($$PY --version))" \
	  && { [ -x $(BIN)/python ] || $$PY -m venv $(VENV); }
	@echo "==> Installing pinned dependencies (constraints.txt) into $(VENV)"
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[book,test,lab,bench]'
	@touch $@

book: $(HTML)/index.html ## Build the HTML book into _build/html
	@echo "==> The book is at $(CURDIR)/$(HTML)/index.html"

$(HTML)/index.html: $(STAMP) $(BOOK_SOURCES)
	@echo "==> Building the book (jupyter-book build . -W -n --keep-going)"
	@$(BIN)/jupyter-book build . -W -n --keep-going --quiet
	@touch $@

lint: $(STAMP) ## ruff check and format check
	@echo "==> ruff check and ruff format --check on $(LINTED)"
	@$(BIN)/ruff check $(LINTED)
	@$(BIN)/ruff format --check $(LINTED)

pytest: $(STAMP) ## Library tests and doctests
	@echo "==> pytest: tests/ and the doctests of alliance_lib"
	@$(BIN)/pytest -q -p no:cacheprovider tests alliance_lib

nbval: $(STAMP) ## Run every chapter notebook and compare its stored outputs (strict)
	@echo "==> nbval (strict) on every notebook in chapters/"
	@$(BIN)/pytest -q -p no:cacheprovider --nbval chapters \
	  --nbval-sanitize-with nbval-sanitize.cfg --ignore=_build -o addopts=""

test: lint pytest nbval book ## Everything: lint, tests, doctests, notebooks, book build
	@echo "==> make test: all checks passed"

notebooks: $(STAMP) ## Re-execute every chapter notebook in place (after editing one)
	@echo "==> Executing chapters/*.ipynb in place"
	@$(BIN)/jupyter nbconvert --to notebook --execute --inplace chapters/*.ipynb

lab: $(STAMP) ## JupyterLab 4 on the chapters, with alliance_lib importable
	@echo "==> Starting JupyterLab on chapters/ (Ctrl-C to stop)"
	@$(BIN)/jupyter lab --notebook-dir=chapters

bench: $(STAMP) ## Run the benchmarks in bench/
	@for f in bench/*.py; do echo "==> $$f"; $(BIN)/python $$f; done

clean: ## Remove the build and the virtual environment
	@echo "==> Removing _build/ and $(VENV)/"
	@rm -rf _build $(VENV) .pytest_cache .ruff_cache

lock: $(STAMP) ## Re-pin constraints.txt from the current .venv
	@echo "==> Writing constraints.txt from $(VENV)"
	@{ sed -n '1,2p' constraints.txt; $(BIN)/python -m pip freeze --exclude-editable | grep -vi '^alliance.lib'; } > constraints.tmp
	@mv constraints.tmp constraints.txt
