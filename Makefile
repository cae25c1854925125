GO  ?= go
BIN := bin/tally

.PHONY: build run test vet bench clean

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

clean:
	rm -rf bin
