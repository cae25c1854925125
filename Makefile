GO  ?= go
BIN := bin/tally

.PHONY: build run test vet bench bench-deps clean

build:
	$(GO) build -o $(BIN) ./cmd/tally

# The main job on the bundled 2019 data: check it, then sum up the latest period.
run: build
	./$(BIN) check
	./$(BIN) summary

vet:
	@unformatted=$$(gofmt -l cmd internal); if [ -n "$$unformatted" ]; then echo "gofmt would change: $$unformatted"; exit 1; fi
	$(GO) vet ./...

test: vet
	$(GO) test ./...

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
