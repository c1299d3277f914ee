#!/usr/bin/env bash
# A newcomer's first run, as the README's "Run it" block says, on a machine with nothing but Node:
# its commands run verbatim in a fresh clone of HEAD, with a throwaway npm prefix and HOME (so no
# pnpm, store or cache from this machine helps), until the app answers /api/health and the
# sign-up page. Usage: scripts/readme-first-run.sh WORKDIR   (WORKDIR/prefix/bin then holds the
# README's pnpm, which .ci/run goes on to use).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=${1:?usage: readme-first-run.sh WORKDIR}
port=${FIRST_RUN_PORT:-3990}
mkdir -p "$work/prefix" "$work/home"

# The fenced sh block right under "## Run it", comments stripped.
block=$(awk '/^## Run it/{f=1} f&&/^```sh/{b=1;next} b&&/^```/{exit} b{print}' "$repo/README.md" |
  sed 's/[[:space:]]*#.*$//' | sed '/^[[:space:]]*$/d')
[ -n "$block" ] || { echo "README has no sh block under '## Run it'" >&2; exit 1; }
echo "README says:"; printf '  %s\n' "$block"

rm -rf "$work/app"
git clone --quiet --no-local "$repo" "$work/app"
git -C "$work/app" checkout --quiet "$(git -C "$repo" rev-parse HEAD)"

log="$work/first-run.log"
(
  cd "$work/app"
  export HOME="$work/home" npm_config_prefix="$work/prefix" PATH="$work/prefix/bin:$PATH"
  export PORT="$port"
  unset npm_config_cache XDG_DATA_HOME XDG_CACHE_HOME PNPM_HOME
  exec setsid bash -euo pipefail -c "$block"
) >"$log" 2>&1 &
runner=$!
stop() { kill -- -"$runner" 2>/dev/null || true; wait "$runner" 2>/dev/null || true; }
trap stop EXIT

deadline=$((SECONDS + ${FIRST_RUN_TIMEOUT:-900}))
until curl -fsS "http://127.0.0.1:$port/api/health" >/dev/null 2>&1; do
  if ! kill -0 "$runner" 2>/dev/null || [ "$SECONDS" -gt "$deadline" ]; then
    echo "the README's commands did not bring the app up; last lines:" >&2
    tail -n 40 "$log" >&2
    exit 1
  fi
  sleep 2
done
status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/sign-up")
[ "$status" = 200 ] || { echo "/sign-up answered $status" >&2; tail -n 40 "$log" >&2; exit 1; }
echo "first run: the app answers on port $port after $SECONDS s (pnpm $("$work/prefix/bin/pnpm" --version))"
