GO  ?= go
BIN := bin/tally

.PHONY: build run test vet fuzz bench bench-deps clean

build:
	$(GO) build -o $(BIN) ./cmd/tally

# The main job on the bundled 2019 data: check it, then sum up the latest period.
run: build
	./$(BIN) check
	./$(BIN) summary

vet:
	@unformatted=$$(gofmt -l cmd internal); if [ -n "$$unformatted" ]; then echo "gofmt would change: $$unformatted"; exit 1; fi
	$(GO) vet ./...

# All tests, with the race detector (the loader reads files in parallel).
test: vet
	$(GO) test -race ./...

# Each fuzz target briefly, from its committed corpus (testdata/fuzz).
# Budgets are execution counts, not durations: a wall-clock -fuzztime races
# the fuzz coordinator's own deadline and fails a target with a bare
# "context deadline exceeded" on a loaded machine, having found nothing.
# Each count is a few seconds here; FUZZTIME=30s (or 1000x) overrides them all.
FUZZTIME ?=
fuzz1 = $(GO) test ./internal/$(1) -run '^$$' -fuzz '^$(2)$$' -fuzztime $(or $(FUZZTIME),$(3))
fuzz:
	$(call fuzz1,load,FuzzLoad,20000x)
	$(call fuzz1,load,FuzzFastParse,200000x)
	$(call fuzz1,model,FuzzTaskIDs,100000x)
	$(call fuzz1,notice,FuzzParse,40000x)
	$(call fuzz1,notice,FuzzDecode,50000x)
	$(call fuzz1,yamlfmt,FuzzFormat,40000x)
	$(call fuzz1,cli,FuzzArgs,3000x)
	$(call fuzz1,forms,FuzzRead,3000x)

# Speed and memory against DESIGN §8 on a generated province repository.
# Installs the Python baseline's packages from Debian if they are missing.
bench: build bench-deps
	$(GO) build -o bin/floor ./internal/tools/floor
	$(GO) test -run '^$$' -bench . -benchtime 3x ./internal/ledger ./internal/xlsx ./internal/cli
	$(GO) run ./internal/tools/bench -tally $(BIN) -floor bin/floor

bench-deps:
	@/usr/bin/python3 -c 'import yaml, openpyxl; yaml.CLoader' 2>/dev/null || \
		{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-yaml python3-openpyxl; }

clean:
	rm -rf bin
