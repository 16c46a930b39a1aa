#!/usr/bin/env bash
# How long a paper takes to print, warm: the agreement of a made-up case (one page) and a long one (about 30
# pages), from the shipped templates and font. Prints its figures; asserts nothing about time.
# Usage: scripts/documents-benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -ntp test -Dtest=DocumentBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dsurefire.printSummary=false 2>&1 | grep -E "font prepared|pages  p50" | tee target/documents-benchmark.txt
