# classaudit — see README.md. Tesseract must run single-threaded per process
# (OMP_THREAD_LIMIT=1): with OpenMP threads it is 5x slower on 2 cores.
export PATH := /usr/local/go/bin:$(PATH)
export OMP_THREAD_LIMIT := 1
GO ?= go
BIN := bin/classaudit

.PHONY: all deps test-deps build demo test test-short test-othertools othertools-deps fuzz bench clean

all: build

deps:
	@scripts/install-deps.sh

test-deps:
	@scripts/install-deps.sh --test

build: deps
	$(GO) build -o $(BIN) ./cmd/classaudit

# Generates the small sample corpus, sweeps it, prints the summary and the report index.
demo: build
	$(BIN) demo --out demo-out

# The whole test suite (unit, end-to-end, browser). CI runs this.
test: test-deps
	$(GO) vet ./...
	$(GO) test -timeout 25m ./...

test-short: deps
	$(GO) test -short ./...

# The independent corpus made by other tools (LibreOffice, ImageMagick,
# img2pdf, qpdf, zip) from hand-written sources: see testdata/othertools.
othertools-deps:
	@command -v soffice >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libreoffice-writer-nogui)
	@DEBIAN_FRONTEND=noninteractive apt-get install -y -qq imagemagick img2pdf qpdf zip fonts-noto-cjk >/dev/null

test-othertools: deps othertools-deps
	CLASSAUDIT_OTHERTOOLS=1 $(GO) test ./pipeline -run TestOtherToolsCorpus -v -timeout 30m

# Short fuzz runs of every fuzz target (FUZZTIME each).
FUZZTIME ?= 30s
fuzz: deps
	$(GO) test ./pipeline -run '^$$' -fuzz FuzzRecognize -fuzztime $(FUZZTIME)
	$(GO) test ./internal/archive -run '^$$' -fuzz FuzzArchive -fuzztime $(FUZZTIME)
	$(GO) test ./extractors -run '^$$' -fuzz FuzzPDF -fuzztime $(FUZZTIME)
	$(GO) test ./extractors -run '^$$' -fuzz FuzzDocx -fuzztime $(FUZZTIME)

bench: deps
	$(GO) test -run '^$$' -bench . -benchmem ./...

clean:
	rm -rf bin demo-out
