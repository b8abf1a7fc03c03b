# warta — build, test, fuzz and bench targets.
#
#   make            build $(BIN)/warta (optimised)
#   make example    install missing Debian packages, build, run on examples/
#   make test       every test, under AddressSanitizer + UBSan
#   make fuzz       build the libFuzzer targets (clang) and run each briefly
#   make bench      throughput and peak memory on the corpora in ../shared
#   make tsan       the -j tests (tests/cli/jobs.sh) under ThreadSanitizer
#   make model      retrain the tagger and parser (data/id/parser.model) from ../shared/ud
#
# Sources are found by directory, so adding a stage means adding files, not
# editing this Makefile: src/**/*.c is the library, src/cli/*.c the command,
# tests/test_*.c one test program each, fuzz/fuzz_*.c one fuzzer each.

CC      ?= cc
# BUILD and BIN may be pointed elsewhere so that several builds can run at once.
BUILD   ?= build
BIN     ?= bin
PKGS    := jansson libutf8proc sqlite3
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null || echo -ljansson -lutf8proc -lsqlite3)
ROOT    := $(CURDIR)
WARN    := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wno-unused-parameter
BASE_CFLAGS := -std=c17 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE $(WARN) \
               -Iinclude -Isrc $(PKG_CFLAGS) -DWARTA_DATA_DIR='"$(ROOT)/data"' -MMD -MP
LDLIBS  := $(PKG_LIBS) -lm -lpthread

OPT     ?= -O2
RELEASE_CFLAGS := $(BASE_CFLAGS) $(OPT) -g
ASAN_CFLAGS    := $(BASE_CFLAGS) -O1 -g -fno-omit-frame-pointer \
                  -fsanitize=address,undefined -fno-sanitize-recover=all
ASAN_LDFLAGS   := -fsanitize=address,undefined

LIB_SRC  := $(shell find src -name '*.c' ! -path 'src/cli/*' | sort)
CLI_SRC  := $(sort $(wildcard src/cli/*.c))
TEST_SRC := $(sort $(wildcard tests/test_*.c))
FUZZ_SRC := $(sort $(wildcard fuzz/fuzz_*.c))
BENCH_SRC := $(sort $(wildcard bench/bench_*.c))

REL_LIB_OBJ  := $(LIB_SRC:%.c=$(BUILD)/release/%.o)
REL_CLI_OBJ  := $(CLI_SRC:%.c=$(BUILD)/release/%.o)
ASAN_LIB_OBJ := $(LIB_SRC:%.c=$(BUILD)/asan/%.o)
ASAN_CLI_OBJ := $(CLI_SRC:%.c=$(BUILD)/asan/%.o)
ASAN_TESTS   := $(TEST_SRC:tests/%.c=$(BUILD)/asan/tests/%)
BENCHES      := $(BENCH_SRC:bench/%.c=$(BUILD)/release/bench/%)
FUZZERS      := $(FUZZ_SRC:fuzz/%.c=$(BUILD)/fuzz/%)

.PHONY: all example test test-run fuzz fuzz-build bench deps clean model tsan
all: $(BIN)/warta

deps:
	@sh scripts/install-deps

$(BIN)/warta: $(BUILD)/release/libwarta.a $(REL_CLI_OBJ)
	@mkdir -p $(BIN)
	$(CC) -o $@ $(REL_CLI_OBJ) $(BUILD)/release/libwarta.a $(LDLIBS)

$(BUILD)/release/libwarta.a: $(REL_LIB_OBJ)
	@rm -f $@
	@echo "AR      $@"; ar rcs $@ $^

$(BUILD)/release/%.o: %.c
	@mkdir -p $(dir $@)
	@echo "CC      $<"; $(CC) $(RELEASE_CFLAGS) -c $< -o $@

$(BUILD)/asan/libwarta.a: $(ASAN_LIB_OBJ)
	@rm -f $@
	@echo "AR      $@"; ar rcs $@ $^

$(BUILD)/asan/%.o: %.c
	@mkdir -p $(dir $@)
	@echo "CC asan $<"; $(CC) $(ASAN_CFLAGS) -c $< -o $@

$(BUILD)/asan/warta: $(BUILD)/asan/libwarta.a $(ASAN_CLI_OBJ)
	$(CC) $(ASAN_LDFLAGS) -o $@ $(ASAN_CLI_OBJ) $(BUILD)/asan/libwarta.a $(LDLIBS)

$(BUILD)/asan/tests/%: tests/%.c tests/check.h $(BUILD)/asan/libwarta.a
	@mkdir -p $(dir $@)
	@echo "LD test $@"; $(CC) $(ASAN_CFLAGS) -Itests $< -o $@ $(BUILD)/asan/libwarta.a $(ASAN_LDFLAGS) $(LDLIBS)

$(BUILD)/release/bench/%: bench/%.c $(BUILD)/release/libwarta.a
	@mkdir -p $(dir $@)
	@echo "LD bench $@"; $(CC) $(RELEASE_CFLAGS) $< -o $@ $(BUILD)/release/libwarta.a $(LDLIBS)

# Tests run the sanitized binaries; tests/run aggregates every program's
# "N passed, N failed" line into the final one.
test:
	@sh scripts/install-deps
	@$(MAKE) --no-print-directory test-run

test-run: $(BUILD)/asan/warta $(ASAN_TESTS) $(BIN)/warta
	@sh tests/run $(BUILD)/asan $(BIN)

# ThreadSanitizer cannot be combined with AddressSanitizer, so the worker
# threads (-j N) get a build of their own; the tests that run -j 2 (and
# the pool's own test) run on it, and any report fails them.
TSAN_CFLAGS := $(BASE_CFLAGS) -O1 -g -fno-omit-frame-pointer -fsanitize=thread
TSAN_LIB_OBJ := $(LIB_SRC:%.c=$(BUILD)/tsan/%.o)
TSAN_CLI_OBJ := $(CLI_SRC:%.c=$(BUILD)/tsan/%.o)
$(BUILD)/tsan/%.o: %.c
	@mkdir -p $(dir $@)
	@echo "CC tsan $<"; $(CC) $(TSAN_CFLAGS) -c $< -o $@

$(BUILD)/tsan/libwarta.a: $(TSAN_LIB_OBJ)
	@rm -f $@
	@echo "AR      $@"; ar rcs $@ $^

$(BUILD)/tsan/warta: $(BUILD)/tsan/libwarta.a $(TSAN_CLI_OBJ)
	$(CC) -fsanitize=thread -o $@ $(TSAN_CLI_OBJ) $(BUILD)/tsan/libwarta.a $(LDLIBS)

$(BUILD)/tsan/tests/test_pool: tests/test_pool.c tests/check.h $(BUILD)/tsan/libwarta.a
	@mkdir -p $(dir $@)
	@echo "LD tsan $@"; $(CC) $(TSAN_CFLAGS) -Itests $< -o $@ $(BUILD)/tsan/libwarta.a -fsanitize=thread $(LDLIBS)

tsan:
	@sh scripts/install-deps
	@$(MAKE) --no-print-directory $(BUILD)/tsan/warta $(BUILD)/tsan/tests/test_pool
	@TSAN_OPTIONS="halt_on_error=1 exitcode=66 second_deadlock_stack=1" \
	  sh tests/run-tsan $(BUILD)/tsan

# Packages first, then a fresh make: pkg-config flags are read when the
# Makefile is parsed, and with -j a prerequisite list would race the install.
example:
	@sh scripts/install-deps
	@$(MAKE) --no-print-directory $(BIN)/warta
	$(BIN)/warta doc examples/berita-contoh.txt
	$(BIN)/warta code --lang id examples/berita-contoh.txt

# The library is compiled once with coverage instrumentation
# (fuzzer-no-link); each fuzz/fuzz_*.c then links against it with libFuzzer.
FUZZ_CFLAGS  := $(BASE_CFLAGS) -O1 -g -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
FUZZ_LIB_OBJ := $(LIB_SRC:%.c=$(BUILD)/fuzz/%.o)
$(BUILD)/fuzz/%.o: %.c
	@mkdir -p $(dir $@)
	@echo "CC fuzz $<"; clang $(FUZZ_CFLAGS) -c $< -o $@

$(BUILD)/fuzz/libwarta.a: $(FUZZ_LIB_OBJ)
	@rm -f $@
	@echo "AR      $@"; ar rcs $@ $^

$(BUILD)/fuzz/fuzz_%: fuzz/fuzz_%.c $(BUILD)/fuzz/libwarta.a
	@echo "LD fuzz $@"; clang $(FUZZ_CFLAGS) -Ifuzz -fsanitize=fuzzer $< $(BUILD)/fuzz/libwarta.a -o $@ $(LDLIBS)

fuzz-build: $(FUZZERS)

# FUZZ_SECONDS per target (CI sets it); corpora seeds live in fuzz/corpus/NAME.
FUZZ_SECONDS ?= 60
fuzz: fuzz-build
	@sh scripts/run-fuzzers $(FUZZ_SECONDS) $(FUZZERS)

bench: $(BENCHES) $(BIN)/warta
	@BUILD=$(BUILD) BIN=$(BIN) sh bench/run

# The parser model is trained from the UD Indonesian treebanks in a fixed
# order (cross-validation folds depend on it) with a fixed seed, so the
# same commit rebuilds the same model; tests/cli/parse_model.sh checks it.
UD ?= ../shared/ud
UD_FILES := $(UD)/id_csui-ud-train.conllu $(UD)/id_gsd-ud-dev.conllu $(UD)/id_pud-ud-test.conllu
CORPUS ?= ../shared/corpus/id-news.jsonl
GOLD ?= ../shared/gold
MODEL_ARGS = --corpus $(CORPUS) --exclude $(GOLD)/dev-articles.jsonl --exclude $(GOLD)/dev2-articles.jsonl $(UD_FILES)
model: $(BIN)/warta
	$(BIN)/warta train-parser --out data/id/parser.model --scores data/id/parser.scores $(MODEL_ARGS)

# ----------------------------------------------------------------- install
# make install PREFIX=/usr/local DESTDIR=
#   PREFIX/bin/warta, PREFIX/lib/libwarta.{a,so.VERSION} (soname
#   libwarta.so.MAJOR), PREFIX/include/warta.h, PREFIX/lib/pkgconfig/warta.pc,
#   PREFIX/share/warta/ (data/), PREFIX/share/man/man1/warta*.1.
# Release objects are position-independent so that one set builds both
# libraries. The manual pages are made by running `bin/warta CMD --help`
# (scripts/gen-man), so they say what --help says. The data directory is
# found at run time (src/ctx.c); PREFIX is compiled in only as a fallback.
PREFIX  ?= /usr/local
DESTDIR ?=
VERSION := $(shell sed -n 's/^\#define WARTA_VERSION "\(.*\)"/\1/p' include/warta.h)
SOMAJOR := $(firstword $(subst ., ,$(VERSION)))
SONAME  := libwarta.so.$(SOMAJOR)
SHLIB   := $(BUILD)/release/libwarta.so.$(VERSION)
MANDIR  := $(BUILD)/man
RELEASE_CFLAGS += -fPIC
# objects built before -fPIC was added (an old build/) are rebuilt once:
# the stamp, made on the first build with this Makefile, is newer than them
$(REL_LIB_OBJ) $(REL_CLI_OBJ): $(BUILD)/release/pic.stamp
$(BUILD)/release/pic.stamp:
	@mkdir -p $(dir $@)
	@touch $@
LDLIBS  += -ldl

.PHONY: install shared man
shared: $(SHLIB)
man: $(MANDIR)/warta.1

# Only the public interface (warta_*, include/warta.h) is exported: the
# internal wt_* functions stay private and cannot clash with a program's own.
$(SHLIB): $(REL_LIB_OBJ) scripts/libwarta.map
	@echo "LD      $@"; $(CC) -shared -Wl,-soname,$(SONAME) -Wl,--version-script=scripts/libwarta.map \
	  -o $@ $(REL_LIB_OBJ) $(LDLIBS)

# The prefix is remembered in a stamp so that a new PREFIX rebuilds ctx.o.
$(BUILD)/prefix.stamp: FORCE
	@mkdir -p $(BUILD)
	@echo '$(PREFIX)' | cmp -s - $@ || echo '$(PREFIX)' >$@
$(BUILD)/release/src/ctx.o: $(BUILD)/prefix.stamp
$(BUILD)/release/src/ctx.o: RELEASE_CFLAGS += -DWARTA_SHARE_DIR='"$(PREFIX)/share/warta"'
.PHONY: FORCE
FORCE:

$(MANDIR)/warta.1: $(BIN)/warta scripts/gen-man
	@rm -rf $(MANDIR)
	@echo "MAN     $(MANDIR)"; sh scripts/gen-man $(BIN)/warta $(MANDIR)

$(BUILD)/warta.pc: include/warta.h Makefile $(BUILD)/prefix.stamp
	@printf '%s\n' 'prefix=$(PREFIX)' 'libdir=$${prefix}/lib' 'includedir=$${prefix}/include' \
	  'datadir=$${prefix}/share/warta' '' 'Name: warta' \
	  'Description: news articles to event data (CAMEO, GDELT, PLOVER)' 'Version: $(VERSION)' \
	  'Requires.private: $(PKGS)' 'Libs: -L$${libdir} -lwarta' 'Libs.private: -lm -lpthread -ldl' \
	  'Cflags: -I$${includedir}' >$@

install: $(BIN)/warta $(BUILD)/release/libwarta.a $(SHLIB) $(MANDIR)/warta.1 $(BUILD)/warta.pc
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib/pkgconfig $(DESTDIR)$(PREFIX)/include \
	  $(DESTDIR)$(PREFIX)/share/warta $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 $(BIN)/warta $(DESTDIR)$(PREFIX)/bin/warta
	install -m 644 $(BUILD)/release/libwarta.a $(DESTDIR)$(PREFIX)/lib/libwarta.a
	install -m 755 $(SHLIB) $(DESTDIR)$(PREFIX)/lib/libwarta.so.$(VERSION)
	ln -sf libwarta.so.$(VERSION) $(DESTDIR)$(PREFIX)/lib/$(SONAME)
	ln -sf $(SONAME) $(DESTDIR)$(PREFIX)/lib/libwarta.so
	install -m 644 include/warta.h $(DESTDIR)$(PREFIX)/include/warta.h
	install -m 644 $(BUILD)/warta.pc $(DESTDIR)$(PREFIX)/lib/pkgconfig/warta.pc
	cp -R data/. $(DESTDIR)$(PREFIX)/share/warta/
	install -m 644 $(MANDIR)/*.1 $(DESTDIR)$(PREFIX)/share/man/man1/
# ------------------------------------------------------------- end install

clean:
	rm -rf build bin

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)
