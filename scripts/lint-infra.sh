#!/usr/bin/env bash
# Checks the Bicep templates under infra/.
# - With a Bicep CLI (`bicep`, or `az bicep`) it compiles every template and fails on any error or
#   linter warning.
# - Always: the structural checks of infra/lint/check.js (syntax, module paths and parameters, the
#   parameter file, unused declarations, hard-coded cloud host names), which need only Node.js.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
infra="$repo_root/infra"

compile() {
  local file="$1" output
  if command -v bicep >/dev/null 2>&1; then
    output="$(bicep build "$file" --stdout 2>&1 >/dev/null)" || { echo "$output"; return 1; }
  else
    output="$(az bicep build --file "$file" --stdout 2>&1 >/dev/null)" || { echo "$output"; return 1; }
  fi
  if grep -Eq ': (Warning|Error) ' <<<"$output"; then
    echo "$output"
    return 1
  fi
}

if command -v bicep >/dev/null 2>&1 || { command -v az >/dev/null 2>&1 && az bicep version >/dev/null 2>&1; }; then
  status=0
  for file in "$infra"/main.bicep "$infra"/modules/*.bicep; do
    compile "$file" || status=1
  done
  [ "$status" -eq 0 ] || { echo "bicep: errors or warnings" >&2; exit 1; }
  echo "bicep: all templates compile without warnings"
else
  echo "bicep: no Bicep CLI on this machine; only the structural checks run"
fi

if [ ! -d "$infra/lint/node_modules" ]; then
  # No install scripts needed: tree-sitter loads its bundled prebuilt binaries.
  (cd "$infra/lint" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
fi
node "$infra/lint/check.js"
