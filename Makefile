# The two commands the README opens with:
#   make demo   install what is missing, build, run planparse on samples/
#   make check  install what is missing, build, run every test
BUILD ?= build
JOBS ?= $(shell nproc)

.PHONY: all bootstrap build demo check samples sanitize fuzz bench clean

all: build

bootstrap:
	@scripts/bootstrap.sh

build: bootstrap
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

demo: build
	@scripts/demo.sh $(BUILD)

# Everything CI runs: the suite, the suite again under AddressSanitizer and
# UndefinedBehaviorSanitizer, then each fuzz target briefly.
check: build
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS)
	@$(MAKE) --no-print-directory sanitize
	@$(MAKE) --no-print-directory fuzz FUZZ_SECONDS=$(CHECK_FUZZ_SECONDS)

# Regenerates samples/*.docx from their sources in samples/src/.
samples:
	@python3 samples/src/make_samples.py samples

# One clang build (build-fuzz/) serves both: the whole suite under ASan+UBSan, and the
# libFuzzer targets (their coverage hooks are inert in the test binaries).
SANITIZE_CMAKE = -DPLANPARSE_SANITIZE=ON -DPLANPARSE_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	-DCMAKE_CXX_COMPILER=clang++-14
sanitize: bootstrap
	@cmake -S . -B build-fuzz $(SANITIZE_CMAKE) >/dev/null
	@cmake --build build-fuzz -j $(JOBS)
	@cd build-fuzz && ctest --output-on-failure -j $(JOBS)

# libFuzzer targets, each run FUZZ_SECONDS (default 60); findings in fuzz/findings/.
FUZZ_SECONDS ?= 60
CHECK_FUZZ_SECONDS ?= 15
fuzz: bootstrap
	@fuzz/run.sh $(FUZZ_SECONDS)

# The benchmark table of docs/performance.md (floor, peers, planparse); see bench/run --help.
bench: build
	@bench/run

clean:
	rm -rf $(BUILD) build-fuzz
