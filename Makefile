# Quick start: `make run` opens the demo library, `make test` runs the whole suite.
SWIFT ?= swift
APT_PACKAGES_RUN = libncursesw5-dev pkg-config
APT_PACKAGES_TEST = libncursesw5-dev pkg-config tmux
# Release builds link the Swift runtime and Foundation into the binary: one self-contained file that starts
# ~7 ms sooner (no dynamic loading of libswiftCore, Foundation and ICU; README "Performance").
RELEASE_FLAGS = -c release --static-swift-stdlib

.PHONY: run test sanitize build release bench fuzz rule-table deps-run deps-test clean

run: deps-run
	$(SWIFT) build --product parallax
	./.build/debug/parallax articles

build: deps-run
	$(SWIFT) build

release: deps-run
	$(SWIFT) build $(RELEASE_FLAGS) --product parallax
	@echo "built .build/release/parallax"

test: deps-test
	$(SWIFT) build
	$(SWIFT) test
	$(SWIFT) run parallax-bench --quick --no-build

# The core tests under AddressSanitizer, built by the small package in .ci/asan (only ParallaxCore and its
# tests) into their own folder (CI runs this after `make test`; see README "Robustness and fuzzing" for the
# times). Leak detection is off: Foundation's once-only caches.
ASAN_BUILD = $(CURDIR)/.build-asan
sanitize: deps-test
	cd .ci/asan && $(SWIFT) build --build-tests --sanitize=address --scratch-path $(ASAN_BUILD)
	cd .ci/asan && ASAN_OPTIONS=detect_leaks=0 $(SWIFT) test --skip-build --sanitize=address --scratch-path $(ASAN_BUILD)

bench: deps-run
	$(SWIFT) build $(RELEASE_FLAGS) --product parallax-bench
	./.build/release/parallax-bench $(BENCH_ARGS)

# Rewrites Sources/ParallaxCore/Ingestion/RuleDerivationTable.swift: the stored derivations of the rule
# patterns (RuleDerivations). Optional after adding a rule, which is derived at first use until then.
rule-table:
	PARALLAX_WRITE_RULE_TABLE=1 $(SWIFT) test --filter RuleDerivationTableTests

# libFuzzer targets with AddressSanitizer, 10 minutes each (see README "Robustness and fuzzing").
fuzz: deps-run
	./Fuzz/run.sh all 600

deps-run:
	@./.ci/ensure-packages $(APT_PACKAGES_RUN)

deps-test:
	@./.ci/ensure-packages $(APT_PACKAGES_TEST)

clean:
	rm -rf .build .build-asan
