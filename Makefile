# The two commands of the README: `make run` and `make test`. Both install what is missing first.
BUILD ?= build

.PHONY: setup native test
setup:
	@bash scripts/setup.sh

native: setup
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
	cmake --build $(BUILD)

test: native
	cd $(BUILD) && ctest --output-on-failure
	$(BUILD)/unit_tests
