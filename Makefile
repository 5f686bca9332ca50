# The README's commands. Each first installs what is missing (scripts/setup.sh, idempotent).
#   make run          build the browser app and serve it at http://127.0.0.1:8080
#   make run-desktop  build and start the desktop app
#   make test         unit tests (doctest), command-line and desktop tests (ctest), browser e2e and workflows
# Build folders are reused: BUILD (native) and WASM_BUILD (browser). JOBS limits parallelism.
BUILD ?= build
WASM_BUILD ?= build-wasm
PORT ?= 8080
JOBS ?=
JOBS_FLAG := $(if $(JOBS),-j$(JOBS))
# Debian's emcc needs its own JavaScript modules when node is not Debian's (TOOLCHAIN.md).
export NODE_PATH := /usr/share/nodejs

.PHONY: setup native wasm run run-desktop test
setup:
	@bash scripts/setup.sh

native: setup
	@[ -f $(BUILD)/build.ninja ] || cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
	cmake --build $(BUILD) $(JOBS_FLAG)

# Same settings as the `wasm` preset of CMakePresets.json, into WASM_BUILD.
wasm: setup
	@[ -f $(WASM_BUILD)/build.ninja ] || emcmake cmake -S . -B $(WASM_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release \
	  "-DCMAKE_C_FLAGS_RELEASE=-O2 -DNDEBUG" "-DCMAKE_CXX_FLAGS_RELEASE=-O2 -DNDEBUG" -DCMAKE_EXE_LINKER_FLAGS_RELEASE=-O2 >/dev/null
	cmake --build $(WASM_BUILD) $(JOBS_FLAG)

run: wasm
	node scripts/serve.mjs $(WASM_BUILD)/web $(PORT)

run-desktop: native
	$(BUILD)/kompilasi-desktop

# Every runner runs even when an earlier one failed; each prints its summary line.
test: native wasm
	@status=0; \
	$(BUILD)/unit_tests || status=1; \
	(cd $(BUILD) && ctest --output-on-failure -E '^unit$$') || status=1; \
	node tests/e2e/e2e.mjs $(WASM_BUILD)/web $(WASM_BUILD) || status=1; \
	node tests/e2e/workflows.mjs $(WASM_BUILD)/web $(WASM_BUILD) || status=1; \
	exit $$status

# Every libFuzzer target (or those of FUZZ_TARGETS) for FUZZ_SECONDS each (default 600);
# see scripts/fuzz.sh.
.PHONY: fuzz
fuzz: setup
	@bash scripts/fuzz.sh $(FUZZ_TARGETS)

# Native validate/analyze/export timings on generated data for 100 000 and 1 000 000 ASN, the
# browser build on the same bundles in headless Chromium (time, memory, frame times), and the
# shared peers (pandas, DuckDB) on identical data with our speed as a ratio; see scripts/bench.sh.
.PHONY: bench
bench: native wasm
	@WASM_WEB=$(WASM_BUILD)/web bash scripts/bench.sh $(BUILD)

# The unit tests, the command-line and hostile-input ctests and the desktop smoke again under
# AddressSanitizer + UndefinedBehaviorSanitizer (clang, -O1, line tables; cmake/sanitizers.cmake),
# only the three binaries they run; .ci/run runs this after `make test`. A sanitizer report
# aborts the process (a signal, never the exit status 1 or 2 the tests expect), leaks included
# (but for the desktop's, native/desktop/CMakeLists.txt). The kill-during-save test is among
# them (about 30 s under ASan on a loaded machine).
ASAN_BUILD ?= build-asan
.PHONY: test-sanitize
test-sanitize: setup
	@[ -f $(ASAN_BUILD)/build.ninja ] || CC=clang-14 CXX=clang++-14 cmake -S . -B $(ASAN_BUILD) -G Ninja \
	  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKOMPILASI_SANITIZE=ON >/dev/null
	@start=$$(date +%s); \
	cmake --build $(ASAN_BUILD) -j$(or $(JOBS),2) --target unit_tests kompilasi kompilasi-desktop || exit 1; \
	built=$$(date +%s); status=0; \
	export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:abort_on_error=1 KOMPILASI_SANITIZED=1; \
	$(ASAN_BUILD)/unit_tests || status=1; \
	(cd $(ASAN_BUILD) && ctest --output-on-failure -R '^((cli|hostile)[.]|desktop_smoke$$)') || status=1; \
	echo "test-sanitize: build $$((built - start)) s, tests $$(($$(date +%s) - built)) s"; \
	exit $$status
