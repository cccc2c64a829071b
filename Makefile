# Quick start: `make run` opens the demo library, `make test` runs the whole suite.
SWIFT ?= swift
APT_PACKAGES_RUN = libncursesw5-dev pkg-config
APT_PACKAGES_TEST = libncursesw5-dev pkg-config tmux

.PHONY: run test build release bench fuzz deps-run deps-test clean

run: deps-run
	$(SWIFT) build --product parallax
	./.build/debug/parallax articles

build: deps-run
	$(SWIFT) build

release: deps-run
	$(SWIFT) build -c release

test: deps-test
	$(SWIFT) build
	$(SWIFT) test
	$(SWIFT) run parallax-bench --quick --no-build

bench: deps-run
	$(SWIFT) run -c release parallax-bench $(BENCH_ARGS)

# libFuzzer targets with AddressSanitizer, 10 minutes each (see README "Robustness and fuzzing").
fuzz: deps-run
	./Fuzz/run.sh all 600

deps-run:
	@./.ci/ensure-packages $(APT_PACKAGES_RUN)

deps-test:
	@./.ci/ensure-packages $(APT_PACKAGES_TEST)

clean:
	rm -rf .build
