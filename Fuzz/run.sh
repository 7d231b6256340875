#!/usr/bin/env bash
# Builds songngu's libFuzzer targets and runs each for SECONDS (default 60), one after the other,
# under nice: Fuzz/run.sh [SECONDS] [TARGET…] (all targets when none is named; Fuzz/README.md).
#
# Everything it makes stays out of git, in $SONGNGU_FUZZ_WORK (default Fuzz/.work): seeds/TARGET
# (rewritten from the repository's fixtures on every run), corpus/TARGET (what libFuzzer kept, grows
# run after run), crashes/TARGET (crash-*, timeout-*, oom-* inputs), logs/TARGET.log.
set -euo pipefail
cd "$(dirname "$0")"

seconds=${1:-60}
shift || true
targets=("$@")
if [ "${#targets[@]}" -eq 0 ]; then
  targets=(article glossary-tsv glossary-csv glossary-tbx xliff xliff2 tmx csv xlsx jsonl)
fi
work=${SONGNGU_FUZZ_WORK:-$PWD/.work}
# Seconds one input may take before it is a timeout. Wall-clock time: on a loaded machine under nice
# an input gets a fraction of a core, so re-run a timeout's input alone before calling it slow.
timeout=${SONGNGU_FUZZ_TIMEOUT:-30}
mkdir -p "$work/logs"

echo "fuzz: building (release, -sanitize=fuzzer,address)"
flags=(-c release -Xswiftc -sanitize=fuzzer,address)
nice swift build "${flags[@]}" 2>&1 | grep -v -e '^\[' -e 'Cannot export local symbol' || true
# A copy, so that rebuilding while the targets run does not change the binary under them.
binary="$work/SongNguFuzz"
cp "$(swift build "${flags[@]}" --show-bin-path)/SongNguFuzz" "$binary"
rm -rf "$work/seeds"
"$binary" --write-seeds .. "$work/seeds" >/dev/null

printf '%-13s %8s %12s %8s %8s %8s %s\n' target seconds executions exec/s corpus crashes "new this run"
for target in "${targets[@]}"; do
  crashes="$work/crashes/$target"
  mkdir -p "$work/corpus/$target" "$crashes" "$work/seeds/$target"
  before=$(ls "$crashes" | sort)
  log="$work/logs/$target.log"
  : >"$log"
  start=$(date +%s)
  executions=0
  # libFuzzer stops at the first crash: start it again (the corpus kept) until the time is spent.
  while remaining=$((seconds - ($(date +%s) - start))); [ "$remaining" -gt 0 ]; do
    began=$(date +%s)
    # Leak detection is off (the Swift runtime's caches look like leaks at exit); so is Swift's own
    # backtracer, which reads freed memory while it prints and so adds a bogus ASan report to a trap.
    # A small quarantine keeps the process near 200 MB instead of 500; -print_funcs=0 spares
    # llvm-symbolizer (slow on this binary) the naming of every newly covered function.
    ASAN_OPTIONS=detect_leaks=0:quarantine_size_mb=16 SWIFT_BACKTRACE=enable=no SONGNGU_FUZZ_TARGET=$target \
      nice "$binary" -timeout="$timeout" -rss_limit_mb=2048 -max_total_time="$remaining" -print_final_stats=1 \
      -print_funcs=0 \
      -artifact_prefix="$crashes/" "$work/corpus/$target" "$work/seeds/$target" >"$log.part" 2>&1 || true
    cat "$log.part" >>"$log"
    runs=$(sed -n -E 's/^stat::number_of_executed_units: *([0-9]+)/\1/p' "$log.part" | tail -1)
    executions=$((executions + ${runs:-0}))
    if [ "$(($(date +%s) - began))" -lt 5 ] && ! grep -q '^Done ' "$log.part"; then
      echo "fuzz: $target stopped within 5 s of starting (a seed that crashes?); see $log" >&2
      break
    fi
  done
  rm -f "$log.part"
  elapsed=$(($(date +%s) - start))
  corpus=$(ls "$work/corpus/$target" | wc -l)
  new=$(comm -13 <(echo "$before") <(ls "$crashes" | sort) | tr '\n' ' ')
  printf '%-13s %8s %12s %8s %8s %8s %s\n' "$target" "$elapsed" "$executions" "$((executions / (elapsed > 0 ? elapsed : 1)))" \
    "$corpus" "$(ls "$crashes" | grep -c -v '^slow-unit-' || true)" "${new:-none}"
done
echo "fuzz: crashing inputs in $work/crashes, stacks in $work/logs; reproduce one with"
echo "  ASAN_OPTIONS=detect_leaks=0 SWIFT_BACKTRACE=enable=no SONGNGU_FUZZ_TARGET=TARGET $binary FILE"
