#!/bin/sh
# Peak memory (maximum resident set size) of segment, prepare and coverage on one large file.
#
#   Benchmarks/memory.sh [SONGNGU [SIZES]]     # default: .build/release/songngu, "10 40 160" (MB)
#
# Each size is one article of that many megabytes, one paragraph a line, written by
# Benchmarks/Scripts/large-article.py (the repository's own sentences, a fixed seed) into
# ${TMPDIR:-/tmp}/songngu-memory/, kept there for the next run. Build first:
# swift build -c release --product songngu. Needs GNU time (/usr/bin/time).
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
songngu=${1:-$here/.build/release/songngu}
sizes=${2:-10 40 160}
work=${TMPDIR:-/tmp}/songngu-memory
mkdir -p "$work"
cd "$here"

peak() { # peak RSS in MB of the command given, its output discarded
  /usr/bin/time -f %M -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || {
    echo "failed: $*" >&2
    cat "$work/stderr" >&2
    exit 1
  }
  awk '{ printf "%.0f", $1 / 1024 }' "$work/time"
}

printf '%-6s %10s %10s %10s %10s %10s\n' size segment prepare coverage 'coverage' seconds
printf '%-6s %10s %10s %10s %10s %10s\n' '' jsonl tmx,csv,xliff text json 'all five'
for size in $sizes; do
  article=$work/news-$size.vi.txt
  [ -f "$article" ] || python3 Benchmarks/Scripts/large-article.py "$size" "$article"
  rm -rf "$work/out"
  start=$(date +%s)
  segment=$(peak "$songngu" segment "$article" --format jsonl)
  prepare=$(peak "$songngu" prepare "$article" --out "$work/out" --formats tmx,csv,xliff --no-sync)
  coverage=$(peak "$songngu" coverage "$article")
  json=$(peak "$songngu" coverage "$article" --format json)
  printf '%-6s %10s %10s %10s %10s %10s\n' "${size}MB" "$segment" "$prepare" "$coverage" "$json" \
    $(($(date +%s) - start))
done
