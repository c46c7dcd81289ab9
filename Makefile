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

NODE_STAMP := node_modules/.installed
EXTRA   := _build/extra
VENDOR  := $(EXTRA)/vendor

BOOK_SOURCES := _config.yml _toc.yml references.bib \
	$(shell find chapters alliance_lib _ext _templates _static -type f -not -path '*/.ipynb_checkpoints/*' -not -path '*/__pycache__/*' 2>/dev/null)
LINTED := alliance_lib tests scripts bench

.PHONY: help book book-student test lab clean notebooks lint pytest nbval bench lock chromium browser chapter

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml constraints.txt
	@PY=$$(scripts/check_python.sh) && echo "==> Creating $(VENV) with $$PY ($$($$PY --version))" \
	  && { [ -x $(BIN)/python ] || $$PY -m venv $(VENV); }
	@echo "==> Installing pinned dependencies (constraints.txt) into $(VENV)"
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[book,test,lab,bench]'
	@touch $@

$(NODE_STAMP): package.json package-lock.json
	@command -v npm >/dev/null || { echo "error: npm (Node.js 18+) is needed for the book's own JavaScript assets; install nodejs and npm (Debian: apt-get install nodejs npm)" >&2; exit 1; }
	@echo "==> Installing pinned browser assets (package-lock.json) into node_modules/"
	@npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	@touch $@

# MathJax, require.js and the widget manager are served by the book itself, from /vendor/,
# and kept out of _static/ (Jupyter Book 1 adds every .js file there to every page).
$(VENDOR)/.copied: $(NODE_STAMP) _ext/widgets-paths.js
	@echo "==> Copying MathJax, require.js and @jupyter-widgets/html-manager into $(VENDOR)"
	@rm -rf $(VENDOR) && mkdir -p $(VENDOR)/html-manager
	@cp -r node_modules/mathjax/es5 $(VENDOR)/mathjax
	@cp node_modules/requirejs/require.js $(VENDOR)/require.js
	@cp _ext/widgets-paths.js $(VENDOR)/widgets-paths.js
	@cp node_modules/@jupyter-widgets/html-manager/dist/{embed-amd.js,libembed-amd.js} $(VENDOR)/html-manager/
	@cp node_modules/@jupyter-widgets/html-manager/dist/*.{woff,woff2,ttf,eot,svg} $(VENDOR)/html-manager/
	@touch $@

book: $(HTML)/index.html ## Build the HTML book into _build/html
	@echo "==> The book is at $(CURDIR)/$(HTML)/index.html"

$(HTML)/index.html: $(STAMP) $(VENDOR)/.copied $(BOOK_SOURCES)
	@echo "==> Building the book (jupyter-book build . -W -n --keep-going)"
	@$(BIN)/jupyter-book build . -W -n --keep-going --quiet
	@touch $@

STUDENT := _build/student

book-student: $(STAMP) $(VENDOR)/.copied ## The book without solutions, into _build/student/html
	@echo "==> Building the student edition (solutions left out) into $(STUDENT)/html"
	@mkdir -p $(STUDENT)
	@$(BIN)/python scripts/student_config.py _config.yml > $(STUDENT)/_config.yml
	@$(BIN)/jupyter-book build . -W -n --keep-going --quiet --config $(STUDENT)/_config.yml --path-output $(STUDENT)
	@rm -rf $(STUDENT)/html && mv $(STUDENT)/_build/html $(STUDENT)/html
	@echo "==> The student edition is at $(CURDIR)/$(STUDENT)/html/index.html"

lint: $(STAMP) ## ruff check and format check
	@echo "==> ruff check and ruff format --check on $(LINTED)"
	@$(BIN)/ruff check $(LINTED)
	@$(BIN)/ruff format --check $(LINTED)

pytest: $(STAMP) ## Library tests and doctests
	@echo "==> pytest: tests/ and the doctests of alliance_lib"
	@$(BIN)/pytest -q -p no:cacheprovider tests alliance_lib --ignore=tests/browser

nbval: $(STAMP) ## Run every chapter notebook and compare its stored outputs (strict)
	@echo "==> nbval (strict) on every notebook in chapters/"
	@$(BIN)/pytest -q -p no:cacheprovider --nbval chapters \
	  --nbval-sanitize-with nbval-sanitize.cfg --ignore=_build -o addopts=""

chromium: ## Install Debian's Chromium for the browser tests, when missing
	@if [ ! -x /usr/bin/chromium ]; then \
	  echo "==> Installing Debian's chromium (apt-get) for the browser tests"; \
	  if [ "$$(id -u)" != 0 ]; then echo "error: /usr/bin/chromium is missing; install the Debian package chromium (sudo apt-get install chromium)" >&2; exit 1; fi; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	fi

browser: $(HTML)/index.html $(NODE_STAMP) chromium ## Check the built pages in headless Chromium (offline, a11y, players)
	@echo "==> Browser tests on _build/html (screenshots in _build/screenshots/)"
	@$(BIN)/pytest -q -p no:cacheprovider tests/browser -o addopts="" -s

test: lint pytest nbval book book-student browser ## Everything: lint, tests, notebooks, both editions, browser
	@echo "==> make test: all checks passed"

notebooks: $(STAMP) ## Re-execute every chapter notebook in place (after editing one)
	@echo "==> Executing chapters/*.ipynb in place"
	@$(BIN)/jupyter nbconvert --to notebook --execute --inplace \
	  --ExecutePreprocessor.store_widget_state=False $$(find chapters -name '*.ipynb' -not -path '*/.ipynb_checkpoints/*')

chapter: $(STAMP) ## New chapter from the template, in the toc: make chapter name=<slug>
	@[ -n "$(name)" ] || { echo "error: name the chapter: make chapter name=05_korea" >&2; exit 2; }
	@echo "==> Creating chapters/$(name).ipynb from scripts/templates/chapter.md"
	@$(BIN)/python scripts/new_chapter.py "$(name)"

lab: $(STAMP) ## JupyterLab 4 on the chapters, with alliance_lib importable
	@echo "==> Starting JupyterLab on chapters/ (Ctrl-C to stop)"
	@$(BIN)/jupyter lab --notebook-dir=chapters $$([ "$$(id -u)" = 0 ] && echo --allow-root)

bench: $(STAMP) ## Run the benchmarks in bench/
	@for f in bench/*.py; do echo "==> $$f"; $(BIN)/python $$f; done

clean: ## Remove the build and the virtual environment
	@echo "==> Removing _build/ and $(VENV)/"
	@rm -rf _build $(VENV) .pytest_cache .ruff_cache

lock: $(STAMP) ## Re-pin constraints.txt from the current .venv
	@echo "==> Writing constraints.txt from $(VENV)"
	@{ sed -n '1,2p' constraints.txt; $(BIN)/python -m pip freeze --exclude-editable | grep -vi '^alliance.lib'; } > constraints.tmp
	@mv constraints.tmp constraints.txt
