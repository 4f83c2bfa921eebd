#!/usr/bin/env bash
# Build script for Linux and macOS; the twin of build.ps1 with the same targets.
#   ./build.sh run      run the web app on its embedded PostgreSQL (http://localhost:5080)
#   ./build.sh test     install what the tests need (Debian, as root), build, run every test project,
#                       and end with one line "N passed, N failed[, N skipped]"
#   ./build.sh bench    run the benchmarks (durable embedded PostgreSQL): assess documents eventstore lifecycle finance
#                       managers web load, or only those named; --quick (under 5 min), --output=DIR, --connection=CS
#                       one results table in bench-results/bench.md and bench.json
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)
target=${1:-test}
shift || true

# Debian packages the tests read their results with (PostgreSQL itself, CJK fonts, poppler, qpdf,
# LibreOffice as a real .xlsx reader, Chromium for the browser tests).
apt_packages=(postgresql fonts-wqy-microhei poppler-utils qpdf libreoffice-calc chromium)

need_package() {
  case "$1" in
    postgresql) ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 && ! command -v pg_ctl >/dev/null ;;
    fonts-wqy-microhei) [ ! -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] ;;
    poppler-utils) ! command -v pdftotext >/dev/null ;;
    qpdf) ! command -v qpdf >/dev/null ;;
    libreoffice-calc) ! command -v libreoffice >/dev/null ;;
    chromium) ! command -v chromium >/dev/null ;;
    *) ! dpkg -s "$1" >/dev/null 2>&1 ;;
  esac
}

install_test_packages() {
  local missing=()
  for p in "${apt_packages[@]}"; do need_package "$p" && missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null; then
    echo "build.sh: the tests need these packages, install them first: ${missing[*]}" >&2
    return 0
  fi
  echo "build.sh: installing ${missing[*]} ..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || { echo "build.sh: apt-get install failed for: ${missing[*]}" >&2; return 1; }
}

run_tests() {
  install_test_packages || return 1
  local results="$root/TestResults"
  rm -rf "$results"; mkdir -p "$results"
  dotnet build Claims.sln -c Release -nologo -v q || { echo "0 passed, 1 failed"; return 1; }
  local rc=0
  # Test projects run one after another: each starts its own PostgreSQL and the machine may have 2 cores.
  for proj in tests/*/; do
    local name; name=$(basename "$proj")
    grep -q '<IsTestProject>true</IsTestProject>' "$proj/$name.csproj" 2>/dev/null || continue
    echo "== $name"
    dotnet test "$proj" -c Release --no-build -nologo \
      --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" \
      --results-directory "$results" || rc=1
    if [ ! -f "$results/$name.trx" ]; then
      echo "build.sh: $name produced no results (test host crashed?)" >&2
      echo "$name" >> "$results/crashed.txt"; rc=1
    fi
  done
  local passed=0 failed=0 skipped=0
  for trx in "$results"/*.trx; do
    [ -f "$trx" ] || continue
    local counters; counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
    local p f e s
    p=$(echo "$counters" | grep -o ' passed="[0-9]*"' | grep -o '[0-9]*'); f=$(echo "$counters" | grep -o ' failed="[0-9]*"' | grep -o '[0-9]*')
    e=$(echo "$counters" | grep -o ' error="[0-9]*"' | grep -o '[0-9]*'); s=$(echo "$counters" | grep -o ' notExecuted="[0-9]*"' | grep -o '[0-9]*')
    passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0} + ${e:-0})); skipped=$((skipped + ${s:-0}))
  done
  # A crashed test project counts as one failure so the totals never look green when they are not.
  [ -f "$results/crashed.txt" ] && failed=$((failed + $(wc -l < "$results/crashed.txt")))
  [ "$failed" -gt 0 ] && rc=1
  if [ "$skipped" -gt 0 ]; then echo "$passed passed, $failed failed, $skipped skipped"; else echo "$passed passed, $failed failed"; fi
  return $rc
}

case "$target" in
  run)   exec dotnet run --project src/Claims.Web "$@" ;;
  test)  run_tests ;;
  bench) dotnet run --project bench/Claims.Benchmarks -c Release -- "$@" ;;
  *) echo "usage: ./build.sh run|test|bench [args]" >&2; exit 2 ;;
esac
