#!/usr/bin/env bash
# Proves the suite deterministic under load: a fresh clone of this repository's
# HEAD, both cores kept busy by stress-ng, then `npm test` FULL times in a row
# and the editor tests alone EDITORS times, counting failures. A test that fails
# one time in twenty shows up here before it fails a CI run.
#
#   bash scripts/stress-test.sh [FULL=5] [EDITORS=20] [NAME=stress]
#
# Two runs with different names (for example `5 0 full` and `0 20 editors`)
# can go side by side, each in its own clone: more load, and half the time.
# Everything happens under .cache/<NAME>/ (git-ignored): the clone, its logs
# (one per run; a failing run keeps its test-results/ too) and summary.txt.
# stress-ng comes from Debian (apt-get install stress-ng) and is installed if
# missing and possible.
set -euo pipefail
cd "$(dirname "$0")/.."
full_runs=${1:-5}
editor_runs=${2:-20}
root=$PWD/.cache/${3:-stress}
clone=$root/clone
logs=$root/logs
summary=$root/summary.txt

if ! command -v stress-ng >/dev/null; then
  apt-get install -y -qq stress-ng >/dev/null 2>&1 || { echo "stress-test: stress-ng is missing and could not be installed" >&2; exit 2; }
fi

rm -rf "$root"
mkdir -p "$logs"
git clone -q --no-local . "$clone"

stress-ng --cpu "$(nproc)" --timeout 0 >/dev/null 2>&1 &
stressor=$!
trap 'kill $stressor 2>/dev/null || true' EXIT

log() { printf '%s\n' "$*" | tee -a "$summary"; }
log "stress-test: $(git rev-parse --short HEAD), $(nproc) cores busy with stress-ng --cpu $(nproc), $(date -u +%FT%TZ)"

(cd "$clone" && npm ci --no-audit --no-fund >"$logs/npm-ci.log" 2>&1)
# The editor-only runs need the bundles and the compiled tests that `npm test` would build first.
(cd "$clone" && npm run build && npx tsc -b) >"$logs/build.log" 2>&1

run() { # <label> <index> <command...>
  local label=$1 index=$2 started=$SECONDS
  shift 2
  if (cd "$clone" && "$@") >"$logs/$label-$index.log" 2>&1; then
    log "$label $index: pass in $((SECONDS - started)) s"
    return 0
  fi
  cp -r "$clone/test-results" "$logs/$label-$index-test-results" 2>/dev/null || true
  log "$label $index: FAIL in $((SECONDS - started)) s (log: $logs/$label-$index.log)"
  return 1
}

full_failed=0
for i in $(seq 1 "$full_runs"); do run npm-test "$i" npm test || full_failed=$((full_failed + 1)); done
editor_failed=0
for i in $(seq 1 "$editor_runs"); do run editors "$i" node scripts/test.mjs out/test/editors/ || editor_failed=$((editor_failed + 1)); done

log "stress-test: npm test $((full_runs - full_failed))/$full_runs passed; editor tests $((editor_runs - editor_failed))/$editor_runs passed"
[[ $full_failed -eq 0 && $editor_failed -eq 0 ]]
