#!/usr/bin/env bash
# Runs every DealRoom test: installs what the tests need where it is missing (Debian's Chromium for the
# browser tests), runs the whole solution, and ends with one plain line: "tests: N passed, N failed, N skipped".
# A test that cannot run fails; a skipped test fails the run too.
set -uo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  echo "== Chromium is missing: installing Debian's chromium for the browser tests"
  SUDO=""
  if [ "$(id -u)" != "0" ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
      echo "error: /usr/bin/chromium is missing and this user cannot install it (run: apt-get install -y chromium)" >&2
      echo "tests: 0 passed, 1 failed, 0 skipped"
      exit 1
    fi
  fi
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null || {
    echo "error: could not install chromium" >&2
    echo "tests: 0 passed, 1 failed, 0 skipped"
    exit 1
  }
fi

# The whole output of the last run stays in TestResults/last-run.log (ignored by git), for a failure seen in a
# summary only.
mkdir -p TestResults
log=TestResults/last-run.log
dotnet test --solution DealRoom.sln "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# Microsoft.Testing.Platform prints a summary block per run: total / failed / succeeded / skipped.
sum() { grep -E "^\s+$1:\s+[0-9]+" "$log" | awk '{s+=$2} END {print s+0}'; }
passed=$(sum succeeded)
failed=$(sum failed)
skipped=$(sum skipped)

if [ "$status" -eq 0 ] && [ "$passed" -eq 0 ]; then
  echo "error: no test ran" >&2
  status=1
fi
if [ "$skipped" -gt 0 ]; then
  echo "error: $skipped test(s) were skipped; a test that cannot run must fail" >&2
  status=1
fi
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1
fi
# Repeat each failure (name, message, first frames) at the end, where a CI log's tail shows it.
if grep -qE "^failed " "$log"; then
  echo "== failed tests"
  awk '/^failed /{n=12} n>0{print; n--}' "$log"
fi
echo "tests: $passed passed, $failed failed, $skipped skipped"
exit "$status"
