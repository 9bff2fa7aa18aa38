#!/usr/bin/env bash
# The README's test command, and what .ci/run runs: installs what the tests need on a fresh Debian machine,
# then runs every check in order and stops at the first failure (exit non-zero).
set -euo pipefail
cd "$(dirname "$0")/.."

export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1   # Playwright cannot download its browser here; it drives Debian's
export NEXT_TELEMETRY_DISABLED=1

if [ ! -x /usr/bin/chromium ]; then
  echo "== installing Debian's chromium"
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

echo "== npm ci"
npm ci --no-audit --no-fund

passed=0
run_step() {
  local name=$1; shift
  local started=$SECONDS
  echo "== $name: $*"
  if "$@"; then
    passed=$((passed + 1))
    echo "== $name passed in $((SECONDS - started)) s"
  else
    echo "== $name FAILED after $((SECONDS - started)) s"
    echo "$passed passed, 1 failed"
    exit 1
  fi
}

run_step "version floors" npm run --silent check:versions
run_step "typecheck" npm run --silent typecheck
run_step "lint" npm run --silent lint
run_step "unit and emulator tests" npm run --silent test:unit
run_step "production build" npm run --silent build
# Reads the build above: no zod, role facts or MSAL (outside sign-in) in a page's first-load JavaScript (issue #8).
run_step "first-load bundles" npm run --silent check:bundles
# Reuses the build above; runs the guides twice and compares the files (README, "Training guides").
run_step "training guides" npm run --silent guides:check -- --skip-build
run_step "end-to-end tests" npm run --silent test:e2e
echo "all checks passed in $SECONDS s"
echo "$passed passed, 0 failed"
