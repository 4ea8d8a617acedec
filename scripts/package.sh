#!/usr/bin/env bash
# Builds the Functions deployment package:
#   .artifacts/package/                 the Release publish output of src/Ics2Port.Functions: the app, host.json,
#                                       the Worker SDK's functions.metadata, worker.config.json and extensions.json,
#                                       and the host's Storage extensions in .azurefunctions/
#   .artifacts/ics2port-functions.zip   the same, zipped with Unix file modes kept
# Needs only the .NET SDK and zip (or python3). Set ICS2PORT_ARTIFACTS_PATH to build outside the repo's
# obj/ and bin/ (dotnet --artifacts-path).
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
artifacts="$repo_root/.artifacts"
stage="$artifacts/package"
package="$artifacts/ics2port-functions.zip"

rm -rf "$stage" "$package"
mkdir -p "$stage"

publish_args=(-c Release -o "$stage" --nologo)
if [ -n "${ICS2PORT_ARTIFACTS_PATH:-}" ]; then
  publish_args+=(--artifacts-path "$ICS2PORT_ARTIFACTS_PATH")
fi
dotnet publish "$repo_root/src/Ics2Port.Functions" "${publish_args[@]}"

# Without these the host finds no functions, starts no worker or loads no blob and queue triggers.
missing=()
for file in host.json functions.metadata worker.config.json extensions.json; do
  [ -f "$stage/$file" ] || missing+=("$file")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "package: missing from the publish output: ${missing[*]}" >&2
  exit 1
fi

# Info-ZIP records each file's Unix mode; python's zipfile does too (ZipInfo.from_file). Both take the
# hidden .azurefunctions/ folder along.
if command -v zip >/dev/null 2>&1; then
  (cd "$stage" && zip -q -r -X "$package" .)
else
  (cd "$stage" && python3 -m zipfile -c "$package" .)
fi

echo "package: $package"
