# Thực Địa — set-up, run, test, benchmark and bundle. Everything installs into .venv.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test lint bench bundle self-test demo translations clean server

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet -r requirements.lock
	$(PY) -m pip install --quiet --no-deps --config-settings editable_mode=compat -e .
	touch $(STAMP)

run: $(STAMP)  ## open the app on the user data directory
	$(PY) -m app gui

test: $(STAMP)  ## the whole suite, headless, plus lint, the layering contract and mypy
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy
	$(VENV)/bin/ruff check .

bench: $(STAMP)  ## performance table (ratios to baselines measured in the same run)
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run.py

bundle: $(STAMP)  ## one-folder PyInstaller bundle in dist/ThucDia, then its self-test
	$(VENV)/bin/pyinstaller --noconfirm --clean build.spec
	QT_QPA_PLATFORM=offscreen dist/ThucDia/ThucDia self-test

server: $(STAMP)  ## provincial server on 127.0.0.1:8389, SQLite under ./var (migrates on start)
	mkdir -p var
	$(PY) -m server --database-url sqlite:///var/server.sqlite3 serve --host 127.0.0.1 --port 8389

demo: $(STAMP)  ## a new data folder: asks the first officer's password (app data is encrypted)
	$(PY) -m app --officer "Hoàng Văn Thắng" demo --records 300

translations: $(STAMP)  ## refresh resources/translations/*.ts from the sources, compile .qm
	$(VENV)/bin/pyside6-lupdate -no-obsolete $$(find app/ui -name '*.py') -ts resources/translations/thucdia_en.ts
	$(VENV)/bin/pyside6-lrelease resources/translations/thucdia_en.ts -qm resources/translations/thucdia_en.qm
	$(VENV)/bin/pyside6-lrelease resources/translations/qtbase_vi.ts -qm resources/translations/qtbase_vi.qm

clean:
	rm -rf build dist .pytest_cache
