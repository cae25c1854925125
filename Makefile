GO  ?= go
BIN := bin/tally

.PHONY: build run test vet fuzz bench bench-deps clean dist dist-verify

# The version stamped into binaries: the nearest tag, commits since, the
# commit, and -dirty for uncommitted changes; "dev" outside a git checkout.
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -s -w -buildid= -X tally/internal/cli.Version=$(VERSION)

build:
	$(GO) build -ldflags '-X tally/internal/cli.Version=$(VERSION)' -o $(BIN) ./cmd/tally

# Ready binaries for office PCs and servers, with their checksums. The build
# is reproducible: no cgo, no local paths (-trimpath), no build id and no
# VCS stamp beyond VERSION, so the same commit gives the same bytes anywhere.
DIST      ?= dist
PLATFORMS := windows/amd64 windows/arm64 linux/amd64 linux/arm64 darwin/arm64
dist:
	rm -rf $(DIST) && mkdir -p $(DIST)
	@for p in $(PLATFORMS); do \
		os=$${p%/*}; arch=$${p#*/}; ext=; [ $$os = windows ] && ext=.exe; \
		out=$(DIST)/tally-$$os-$$arch$$ext; echo "$$out"; \
		CGO_ENABLED=0 GOOS=$$os GOARCH=$$arch $(GO) build -trimpath -buildvcs=false \
			-ldflags '$(LDFLAGS)' -o $$out ./cmd/tally || exit 1; \
	done
	cd $(DIST) && sha256sum tally-* > SHA256SUMS
	@echo "version $(VERSION); checksums in $(DIST)/SHA256SUMS"

# Builds the binaries twice, the second time with a cold build cache in
# another folder, and fails unless the checksums agree.
dist-verify: dist
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
		$(MAKE) --no-print-directory dist DIST="$$tmp/dist" VERSION='$(VERSION)' GOCACHE="$$tmp/cache" >/dev/null && \
		diff $(DIST)/SHA256SUMS "$$tmp/dist/SHA256SUMS" && echo "reproducible: both builds match $(DIST)/SHA256SUMS"

# The main job on the bundled 2019 data: check it, then sum up the latest period.
run: build
	./$(BIN) check
	./$(BIN) summary

# Vetted for Windows as well: the office PCs run it, and code built only
# there (a shell's name read from the parent process) is not built here.
vet:
	@unformatted=$$(gofmt -l cmd internal); if [ -n "$$unformatted" ]; then echo "gofmt would change: $$unformatted"; exit 1; fi
	$(GO) vet ./...
	GOOS=windows $(GO) vet ./...

# All tests, with the race detector (the loader reads files in parallel).
# The command scripts take four minutes on an idle 2-core machine and over
# nine on a busy one: past go test's default limit of ten minutes a
# package, which then fails a sound build.
test: vet
	$(GO) test -race -timeout 30m ./...

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
	$(call fuzz1,load,FuzzPlainTag,200000x)
	$(call fuzz1,load,FuzzScanText,200000x)
	$(call fuzz1,load,FuzzDirectReport,20000x)
	$(call fuzz1,load,FuzzPlainScan,200000x)
	$(call fuzz1,model,FuzzTaskIDs,100000x)
	$(call fuzz1,model,FuzzTaskKey,100000x)
	$(call fuzz1,notice,FuzzParse,40000x)
	$(call fuzz1,notice,FuzzDecode,50000x)
	$(call fuzz1,yamlfmt,FuzzFormat,40000x)
	$(call fuzz1,yamlfmt,FuzzWrite,30000x)
	$(call fuzz1,render,FuzzSafe,100000x)
	$(call fuzz1,render,FuzzStreamClean,100000x)
	$(call fuzz1,site,FuzzTextEscape,100000x)
	$(call fuzz1,render,FuzzMDText,50000x)
	$(call fuzz1,cli,FuzzArgs,3000x)
	$(call fuzz1,forms,FuzzRead,3000x)
	$(call fuzz1,forms,FuzzWriter,1000x)

# Speed and memory against DESIGN §8 on a generated province repository.
# Installs the Python baseline's packages from Debian if they are missing.
bench: build bench-deps
	$(GO) build -o bin/floor ./internal/tools/floor
	$(GO) test -run '^$$' -bench . -benchtime 3x ./internal/ledger ./internal/xlsx ./internal/site ./internal/cli ./internal/notice
	$(GO) run ./internal/tools/bench -tally $(BIN) -floor bin/floor

bench-deps:
	@/usr/bin/python3 -c 'import yaml, openpyxl; yaml.CLoader' 2>/dev/null || \
		{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-yaml python3-openpyxl; }

clean:
	rm -rf bin dist
