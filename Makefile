# Tiwizi — the two commands of the README, and the steps they are made of.
#   make demo   build tiwizi, import the seed catalog (catalog/) into a fresh demo catalog, list it,
#               run an example Lua script on it, price it with the shipped rules (one product
#               explained), quote a cart, run the rule sets' tests, and write the showcase
#   make test   check formatting, build, and run every test (unit and end-to-end)

SWIFT ?= swift
DEMO_CATALOG ?= $(CURDIR)/.build/demo/catalog.sqlite
TIWIZI = $(CURDIR)/.build/debug/tiwizi

.PHONY: demo test deps build format lint screenshots fuzz test-asan test-tsan bench national

# System packages the build and the tests need, installed only when missing.
deps:
	@command -v pkg-config >/dev/null && pkg-config --exists lua5.4 sqlite3 && command -v luacheck >/dev/null || { \
	  echo "Installing liblua5.4-dev, libsqlite3-dev, lua-check…"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pkg-config liblua5.4-dev libsqlite3-dev lua-check >/dev/null; }
# The showcase bundles Amiri (OFL) for Arabic and prints PDF with weasyprint; its tests check the
# HTML with tidy and read the PDF with pdftotext.
	@command -v tidy >/dev/null && command -v weasyprint >/dev/null && command -v pdftotext >/dev/null \
	  && test -f /usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Regular.ttf || { \
	  echo "Installing tidy, fonts-hosny-amiri, weasyprint, poppler-utils…"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tidy fonts-hosny-amiri weasyprint \
	    poppler-utils >/dev/null; }
# The Lua tests run luacheck and fail without it: say so here, before the build.
	@command -v luacheck >/dev/null || { echo "luacheck is missing after installing lua-check; the tests need it." >&2; exit 1; }
# The attack suite measures each run's processor time and peak memory with GNU time.
	@test -x /usr/bin/time || { echo "Installing time…"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null; }
# TiwiziGraphics links libqrencode; its QR code tests draw with rsvg-convert and read with zbarimg.
	@pkg-config --exists libqrencode && command -v rsvg-convert >/dev/null && command -v zbarimg >/dev/null || { \
	  echo "Installing libqrencode-dev, librsvg2-bin, zbar-tools…"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libqrencode-dev librsvg2-bin zbar-tools >/dev/null; }
	@pkg-config --exists libqrencode || { echo "libqrencode is missing after installing libqrencode-dev; the build needs it." >&2; exit 1; }
	@command -v rsvg-convert >/dev/null || { echo "rsvg-convert is missing after installing librsvg2-bin; the QR code tests need it." >&2; exit 1; }
	@command -v zbarimg >/dev/null || { echo "zbarimg is missing after installing zbar-tools; the QR code tests need it." >&2; exit 1; }

build: deps
	$(SWIFT) build --product tiwizi

demo: build
	@rm -f $(DEMO_CATALOG) $(DEMO_CATALOG)-wal $(DEMO_CATALOG)-shm
	@echo "\$$ tiwizi import catalog/"
	@TIWIZI_CATALOG=$(DEMO_CATALOG) $(TIWIZI) import catalog/
	@echo "\n\$$ tiwizi coop list"
	@TIWIZI_CATALOG=$(DEMO_CATALOG) $(TIWIZI) coop list
	@echo "\n\$$ tiwizi product list"
	@TIWIZI_CATALOG=$(DEMO_CATALOG) $(TIWIZI) product list
	@echo "\n\$$ tiwizi run scripts/examples/argan-report.lua"
	@TIWIZI_CATALOG=$(DEMO_CATALOG) $(TIWIZI) run scripts/examples/argan-report.lua
	@echo "\n\$$ tiwizi price --at 2026-03-20T09:00"
	@TIWIZI_CATALOG=$(DEMO_CATALOG) $(TIWIZI) price --at 2026-03-20T09:00
	@echo "\n\$$ tiwizi price TAF-ARG-250 --explain --at 2026-03-20T09:00"
	@TIWIZI_CATALOG=$(DEMO_CATALOG) $(TIWIZI) price TAF-ARG-250 --explain --at 2026-03-20T09:00
	@echo "\n\$$ tiwizi quote scripts/examples/discovery-cart.yaml --at 2026-06-15T10:00"
	@TIWIZI_CATALOG=$(DEMO_CATALOG) $(TIWIZI) quote scripts/examples/discovery-cart.yaml --at 2026-06-15T10:00
	@echo "\n\$$ tiwizi test scripts"
	@TIWIZI_CATALOG=$(DEMO_CATALOG) $(TIWIZI) test scripts | tail -1
	@echo "\n\$$ tiwizi showcase --out .build/demo/showcase --replace --at 2026-03-20T09:00 --base-url https://tiwizi.ma/p/"
	@TIWIZI_CATALOG=$(DEMO_CATALOG) $(TIWIZI) showcase --out $(CURDIR)/.build/demo/showcase --replace --at 2026-03-20T09:00 --base-url https://tiwizi.ma/p/
	@echo "\nDemo catalog: $(DEMO_CATALOG) (try: TIWIZI_CATALOG=$(DEMO_CATALOG) $(TIWIZI) --help)"

# Screenshots of the demo showcase for review, on screen and printed on A4 (headless Chromium):
# .build/demo/screenshots/{screen,screen-ar,print-1,print-2…}.png
SCREENSHOTS = $(CURDIR)/.build/demo/screenshots
screenshots: demo
	@command -v chromium >/dev/null && command -v pdftoppm >/dev/null || { \
	  echo "Installing chromium, poppler-utils…"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils >/dev/null; }
	@rm -rf $(SCREENSHOTS) && mkdir -p $(SCREENSHOTS)
	@TIWIZI_CATALOG=$(DEMO_CATALOG) $(TIWIZI) showcase --out $(CURDIR)/.build/demo/showcase-ar --replace --lang ar,fr \
	  --at 2026-03-20T09:00 --base-url https://tiwizi.ma/p/ >/dev/null
	@for page in showcase showcase-ar; do \
	  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,2400 \
	    --screenshot=$(SCREENSHOTS)/screen$${page#showcase}.png file://$(CURDIR)/.build/demo/$$page/index.html 2>/dev/null; done
	@chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
	  --print-to-pdf=$(SCREENSHOTS)/print.pdf file://$(CURDIR)/.build/demo/showcase/index.html 2>/dev/null
	@pdftoppm -png -r 60 -f 1 -l 4 $(SCREENSHOTS)/print.pdf $(SCREENSHOTS)/print
	@ls $(SCREENSHOTS)

lint:
	$(SWIFT) format lint --strict --recursive Sources Tests Benchmarks Examples Fuzz Package.swift

format:
	$(SWIFT) format --in-place --recursive Sources Tests Benchmarks Examples Fuzz Package.swift

test: deps lint
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# The whole suite under a sanitizer (docs/reliability.md), each in a build folder of its own; the
# sanitizers' runtimes slow everything, so the tests' time and memory bounds are widened.
# Swift Testing's capture of a backtrace for every thrown error is turned off (thousands of tests
# throw on purpose). Under ThreadSanitizer, C functions keep no shadow frames: Lua errors
# longjmp out of C frames that would never pop theirs, and the shadow stack overflowed.
# (AddressSanitizer's quarantine keeps up to 256 MB of freed memory: peaks grow more.)
SANITIZED_TEST_ENV = SWIFT_BACKTRACE=enable=no SWT_SWIFT_ERROR_BACKTRACING_ENABLED=0 TIWIZI_TIME_SCALE=10
test-asan: deps
	$(SWIFT) build --build-tests --sanitize=address --scratch-path .build-asan
	ASAN_OPTIONS=detect_leaks=0 TIWIZI_MEMORY_SCALE=20 $(SANITIZED_TEST_ENV) \
	  $(SWIFT) test --skip-build --sanitize=address --scratch-path .build-asan
TSAN_FLAGS = --sanitize=thread --scratch-path .build-tsan -Xcc -fno-sanitize-thread-func-entry-exit
test-tsan: deps
	$(SWIFT) build --build-tests $(TSAN_FLAGS)
	TSAN_OPTIONS="halt_on_error=0 report_signal_unsafe=0" TIWIZI_MEMORY_SCALE=10 $(SANITIZED_TEST_ENV) \
	  $(SWIFT) test --skip-build $(TSAN_FLAGS)

# Coverage-guided fuzzing with libFuzzer (docs/reliability.md), one target at a time:
#   make fuzz FUZZ_TARGET=json FUZZ_SECONDS=600      (targets: csv yaml json money lua)
# Builds tiwizi-fuzz with coverage and the address sanitizer in .build-fuzz and runs it from the
# seed corpus (Fuzz/corpus); inputs that add coverage go to .build-fuzz/corpus, crashes to
# .build-fuzz/crash-*. A crash's input belongs in Fuzz/regressions/TARGET once it is fixed.
FUZZ_TARGET ?= json
FUZZ_SECONDS ?= 60
FUZZ_RUNTIME = $(shell dirname $$(readlink -f $$(command -v $(SWIFT))))/../lib/swift/clang/lib/linux
fuzz: deps
	$(SWIFT) build --product tiwizi-fuzz --scratch-path .build-fuzz --sanitize=address \
	  -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp \
	  -Xcc -fsanitize-coverage=inline-8bit-counters,pc-table,trace-cmp \
	  -Xlinker $(FUZZ_RUNTIME)/libclang_rt.fuzzer_no_main-x86_64.a -Xlinker -lstdc++ -Xlinker --export-dynamic -Xlinker --undefined=LLVMFuzzerRunDriver
	@mkdir -p .build-fuzz/corpus/$(FUZZ_TARGET)
	SWIFT_BACKTRACE=enable=no .build-fuzz/debug/tiwizi-fuzz $(FUZZ_TARGET) -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=4096 -timeout=10 \
	  -artifact_prefix=.build-fuzz/$(FUZZ_TARGET)- .build-fuzz/corpus/$(FUZZ_TARGET) Fuzz/corpus/$(FUZZ_TARGET) \
	  $(if $(filter lua,$(FUZZ_TARGET)),scripts/pricing scripts/promotions scripts/labels)

# Benchmarks (docs/performance.md): release builds, baselines measured in the same run. Not part
# of `make test`, which only smoke-runs them.
#   make bench      the in-process suites (3 rounds), then the host overhead in instructions
#   make national   the 600,000-product catalog end to end (about 6 minutes, 2 GB in /tmp/national)
bench: deps
	$(SWIFT) build -c release --product tiwizi-benchmarks --scratch-path .build-release
	TIWIZI_BENCH_ROUNDS=3 .build-release/release/tiwizi-benchmarks --quiet
	@command -v valgrind >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq valgrind >/dev/null; }
	Benchmarks/instructions.sh

national: deps
	$(SWIFT) build -c release --product tiwizi --scratch-path .build-release
	Benchmarks/national.sh /tmp/national
