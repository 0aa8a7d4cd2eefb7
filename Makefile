# Scene — set-up and everyday targets. Every target is safe to rerun: it installs only what is missing.
SHELL := /bin/bash
PLAYWRIGHT_VERSION ?= 1.65.2
APT_PACKAGES := libpng-dev libjpeg-dev zlib1g-dev libisal-dev pkg-config chromium fonts-dejavu-core fonts-liberation python3-venv
DOCSITE_PACKAGES := python3-doc git-doc
VENV := .venv
SWIFT_FLAGS ?=
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: setup apt docsites venv build release test check demo benchmarks fuzz chaos clean doctor container-tools runner-image test-containers lint-ci
FUZZ_SECONDS ?= 600
FUZZ_TARGETS ?= config imagedecoders tracezip traceevents recording

## setup: system packages (apt) + Python venv with pinned Playwright. Rerunnable.
setup: apt venv

# Installs the Debian packages named in $(1) that are missing.
define apt_install
	@missing=""; for p in $(1); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "setup: installing apt packages:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	else echo "setup: apt packages present ($(1))"; fi
endef

apt:
	$(call apt_install,$(APT_PACKAGES))

## docsites: real documentation sites from Debian's packages, for the long-page and nightly-noise
## tests and CaptureBench: Python's (Sphinx, /usr/share/doc/python3.11/html) and Git's (AsciiDoc,
## /usr/share/doc/git-doc). Only `test` and `bench` need them.
docsites:
	$(call apt_install,$(DOCSITE_PACKAGES))

venv: $(VENV)/.playwright-$(PLAYWRIGHT_VERSION)

$(VENV)/.playwright-$(PLAYWRIGHT_VERSION):
	@[ -x $(VENV)/bin/python ] || python3 -m venv $(VENV)
	$(VENV)/bin/pip install -q --disable-pip-version-check "playwright==$(PLAYWRIGHT_VERSION)"
	@rm -f $(VENV)/.playwright-*; touch $@

build: setup
	swift build $(SWIFT_FLAGS)

## test: setup + build + every test (unit and real-Chromium integration). The whole log goes to
## .build/test.log; on failure the failing tests and their issues are printed again at the end,
## so a CI log that keeps only its tail still names them.
test: build docsites
	@set -o pipefail; swift test --no-parallel $(SWIFT_FLAGS) 2>&1 | tee .build/test.log; status=$$?; \
	if [ $$status -ne 0 ]; then \
	  echo "==== make test: exit $$status; failing tests (full log: .build/test.log) ===="; \
	  grep -a -E -A4 'recorded an issue|^✘ Test .* failed|error: |Fatal error|signal code' .build/test.log | grep -a -v '^[✔◇]' | head -150; \
	fi; exit $$status

## check: the browser-free tests only (every library's unit tests, the CLI on fixtures): a minute,
## no Chromium. `make test` runs these and the browser and reliability suites.
check: build
	swift test $(SWIFT_FLAGS) --skip SceneBrowserTests --skip SceneReliabilityTests

## demo: setup + the main job on the embedded demo in sample-runs/.
demo: build
	bash sample-runs/demo.sh

doctor: build
	swift run scene doctor

## release: the optimised build, Swift runtime and Foundation linked statically: fewer shared
## libraries to load, a faster process start. Run it as .build/release/scene
## (the demo takes it with SCENE=$(CURDIR)/.build/release/scene make demo).
release: setup
	swift build -c release --static-swift-stdlib

## benchmarks: the performance executables (left out of a plain build), release, static runtime;
## the documentation sites CaptureBench serves.
benchmarks: release docsites
	SCENE_BENCHMARKS=1 swift build -c release --static-swift-stdlib
	@echo "built in .build/release/; see Benchmarks/README.md"

## fuzz: each libFuzzer target for FUZZ_SECONDS (default 600) over its seed corpus in Fuzz/corpus/<name>,
## one at a time at nice 19; crashes land in Fuzz/crashes/ (add each one to the corpus as a regression
## input) and fail the target: a crash, leak or timeout exits non-zero (pipefail through `tail`).
fuzz:
	@mkdir -p Fuzz/crashes
	swift build --scratch-path .build-fuzz -c release -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING --product SceneFuzz
	@set -o pipefail; for t in $(FUZZ_TARGETS); do \
	  mkdir -p .build-fuzz/corpus/$$t && cp -n Fuzz/corpus/$$t/* .build-fuzz/corpus/$$t/ 2>/dev/null; \
	  echo "fuzz: $$t for $(FUZZ_SECONDS) s"; \
	  SCENE_FUZZ_TARGET=$$t SWIFT_BACKTRACE=enable=no nice -n 19 .build-fuzz/release/SceneFuzz .build-fuzz/corpus/$$t -max_total_time=$(FUZZ_SECONDS) -max_len=65536 \
	    -timeout=10 -rss_limit_mb=2048 -artifact_prefix=Fuzz/crashes/$$t- -print_final_stats=1 2>&1 | tail -12 || exit 1; \
	done

## chaos: the long chaos suite: CHAOS_TRIALS (default 20) `kill -9` + `--resume` trials, each at a moment
## the bundle shows (ten moments, each twice); the disk filled at DISK_FULL_POINTS (default 7) moments, then
## `--resume`; the browser kill, hanging site and unwritable output cases. `make test` runs 3 + 3 of them.
CHAOS_TRIALS ?= 20
DISK_FULL_POINTS ?= 7
chaos: build
	CHAOS_TRIALS=$(CHAOS_TRIALS) DISK_FULL_POINTS=$(DISK_FULL_POINTS) swift test $(SWIFT_FLAGS) --filter 'ChaosTests|DiskFullTests'

clean:
	rm -rf .build runs out

## container-tools: podman + runc + debootstrap (for the docker/podman runner backend and its image).
container-tools:
	$(call apt_install,podman runc debootstrap)

## runner-image: the Scene runner image built locally without any registry (see docs/SCALE-OUT.md).
runner-image: container-tools venv
	$(SUDO) PYTHON=$(CURDIR)/$(VENV)/bin/python bash scripts/build-runner-image.sh

## test-containers: the podman backend integration test (root; builds the image once, ~15 min, then reuses it).
test-containers: runner-image build
	CONTAINERS_CONF=$(CURDIR)/docker/containers.conf SCENE_TEST_CONTAINERS=1 swift test $(SWIFT_FLAGS) --filter ContainerBackendTests
