# prensa — common tasks. `make help` lists them.
GO      ?= go
BIN     ?= bin/prensa
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -s -w -X github.com/prensa-nlp/prensa/internal/cli.version=$(VERSION)
SHARED  ?= ../shared
CONLL   ?= $(SHARED)/data/conll2002

.PHONY: help build test check-fixtures bench fuzz lint fmt model places clusters kmeans eval gazetteer clean beam beam-test

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

build: ## build the static binary into bin/prensa
	CGO_ENABLED=0 $(GO) build -trimpath -ldflags '$(LDFLAGS)' -o $(BIN) ./cmd/prensa

test: ## run all tests (those needing ../shared skip without it)
	$(GO) test ./...

check-fixtures: build ## run 'prensa check' on the project's own fixtures (we use what we sell)
	$(BIN) check testdata/articles
	$(BIN) check --kind annotated --min-f1 0.7 testdata/articles
	$(BIN) check testdata/blind
	$(BIN) check --kind annotated testdata/blind
	$(BIN) check --min-recall 0.9 testdata/check/seed
	$(BIN) check --scheme conll2002 --map AGENCY=ORG --min-f1 0.9 testdata/check/conll

bench: ## benchmarks: tokenizer, gazetteer, model, whole pipeline (vs prose), streams, adversarial input, batch
	$(GO) test -run '^$$' -bench . -benchmem -cpu 1 ./internal/tokenize/ ./internal/gazetteer/ ./internal/model/ ./internal/extract/ ./internal/window/
	$(GO) test -run '^$$' -bench . -benchmem ./internal/batch/

# Fuzz targets, package:name. The normal test run replays their seeds and
# the corpora in each package's testdata/fuzz.
FUZZ_TARGETS = ./internal/decode:FuzzDecode ./internal/normalize:FuzzKey ./internal/tokenize:FuzzTokenize \
	./internal/gazetteer:FuzzParseTSV ./internal/conll:FuzzReader ./internal/cli:FuzzJSONLine \
	./internal/extract:FuzzExtract ./internal/window:FuzzWindows ./internal/source:FuzzDocs ./internal/source:FuzzHTML ./internal/model:FuzzLoad \
	./internal/entity:FuzzRuneCount
FUZZTIME ?= 10m

fuzz: ## run every fuzz target for FUZZTIME each (default 10m; e.g. make fuzz FUZZTIME=30s)
	@for t in $(FUZZ_TARGETS); do pkg=$${t%%:*}; name=$${t##*:}; \
		echo "== $$name ($$pkg, $(FUZZTIME))"; \
		$(GO) test -run '^$$' -fuzz "^$$name$$" -fuzztime $(FUZZTIME) -parallel 1 $$pkg || exit 1; done

lint: ## gofmt and go vet (also of cmd/prensa-beam, a module of its own)
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || (gofmt -l $$(git ls-files '*.go'); exit 1)
	$(GO) vet ./...
	cd cmd/prensa-beam && $(GO) vet ./...

beam: ## build the Apache Beam pipeline into bin/prensa-beam (its own module: cmd/prensa-beam)
	cd cmd/prensa-beam && CGO_ENABLED=0 $(GO) build -trimpath -o ../../bin/prensa-beam .

beam-test: ## test prensa-beam: ptest on Prism in process, then a Prism job server (-short skips it)
	cd cmd/prensa-beam && $(GO) test ./...

fmt: ## format the code
	gofmt -w $$(git ls-files '*.go')

gazetteer: ## recompile the built-in gazetteer entries after editing internal/gazetteer/data/*.tsv
	$(GO) run ./internal/gazetteer/gen/compile

model: ## retrain the embedded model on CoNLL-2002 Spanish (needs ../shared)
	$(GO) run ./cmd/prensa train --train $(CONLL)/esp.train --dev $(CONLL)/esp.testa -o internal/model/data/es-conll2002.model

clusters: ## relearn the Brown clusters internal/cluster/data/brown.tsv (needs ../shared)
	$(GO) run ./internal/cluster/cmd/brown -c 1000 -min-count 3 -conll $(CONLL)/esp.train -o internal/cluster/data/brown.tsv \
		$(SHARED)/data/unlabeled/fakenews_es.txt $(SHARED)/data/unlabeled/ud_gsd_es.txt $(SHARED)/data/unlabeled/wmt_news_es.txt

kmeans: ## relearn the k-means clusters of word vectors internal/cluster/data/kmeans.tsv (needs ../shared; about 3 minutes of one core)
	$(GO) run ./internal/cluster/cmd/vectors -k 100,300,1000 -workers 1 -conll $(CONLL)/esp.train -o internal/cluster/data/kmeans.tsv \
		$(SHARED)/data/unlabeled/fakenews_es.txt $(SHARED)/data/unlabeled/ud_gsd_es.txt $(SHARED)/data/unlabeled/wmt_news_es.txt

places: ## regenerate the place tables internal/gazetteer/data/places-* and places.idx (needs ../shared)
	@# the gazetteer package embeds the index the generator writes: it must exist to build
	@for f in places.idx places.off places.first; do test -f internal/gazetteer/data/$$f || : > internal/gazetteer/data/$$f; done
	$(GO) run ./internal/gazetteer/gen/places -shared $(SHARED)/data -data internal/gazetteer/data -stats

eval: build ## score the embedded model on esp.testa (needs ../shared)
	$(BIN) eval --scheme conll2002 --gold $(CONLL)/esp.testa --map AGENCY=ORG

clean: ## remove build output
	rm -rf bin
