# The two commands the README opens with:
#   make demo   install what is missing, build, run planparse on samples/
#   make check  install what is missing, build, run every test
BUILD ?= build
JOBS ?= $(shell nproc)

.PHONY: all bootstrap build demo check samples sanitize fuzz clean

all: build

bootstrap:
	@scripts/bootstrap.sh

build: bootstrap
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

demo: build
	@scripts/demo.sh $(BUILD)

check: build
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# Regenerates samples/*.docx from their sources in samples/src/.
samples:
	@python3 samples/src/make_samples.py samples

sanitize: bootstrap
	@cmake -S . -B build-asan -DPLANPARSE_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug >/dev/null
	@cmake --build build-asan -j $(JOBS)
	@cd build-asan && ctest --output-on-failure -j $(JOBS)

# libFuzzer targets, each run FUZZ_SECONDS (default 60); findings in fuzz/findings/.
FUZZ_SECONDS ?= 60
fuzz: bootstrap
	@fuzz/run.sh $(FUZZ_SECONDS)

clean:
	rm -rf $(BUILD) build-asan build-fuzz
