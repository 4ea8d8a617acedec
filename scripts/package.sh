#!/usr/bin/env bash
# Builds the Functions deployment package:
#   .artifacts/package/            the staged app root: the framework-dependent publish output,
#                                  host.json, every <Function>/function.json folder and, in bin/,
#                                  the host's binding extensions with their extensions.json
#   .artifacts/ics2port-functions.zip   the same, zipped with Unix file modes kept
# Needs only the .NET SDK and zip (or python3). Set ICS2PORT_ARTIFACTS_PATH to build outside the repo's
# obj/ and bin/ (dotnet --artifacts-path).
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
artifacts="$repo_root/.artifacts"
stage="$artifacts/package"
package="$artifacts/ics2port-functions.zip"

if [ ! -f "$repo_root/host.json" ]; then
  echo "package: host.json is missing at the repository root" >&2
  exit 1
fi

rm -rf "$stage" "$package"
mkdir -p "$stage"

publish_args=(-c Release -o "$stage" --nologo
  # Launched as `dotnet Ics2Port.Functions.dll`: no native launcher (whose execute bit a zip
  # deployment may lose) and no IIS web.config.
  -p:UseAppHost=false -p:IsTransformWebConfigDisabled=true)
if [ -n "${ICS2PORT_ARTIFACTS_PATH:-}" ]; then
  publish_args+=(--artifacts-path "$ICS2PORT_ARTIFACTS_PATH")
fi
dotnet publish "$repo_root/src/Ics2Port.Functions" "${publish_args[@]}"

# The host's binding extensions for the blob and queue triggers: on the dotnet-isolated stack it loads no
# extension bundle and reads bin/extensions.json instead (docs/decisions/0003).
extension_args=(-c Release -o "$stage/bin" --nologo)
if [ -n "${ICS2PORT_ARTIFACTS_PATH:-}" ]; then
  extension_args+=(--artifacts-path "$ICS2PORT_ARTIFACTS_PATH")
fi
dotnet build "$repo_root/src/Ics2Port.HostExtensions" "${extension_args[@]}"
if [ ! -f "$stage/bin/extensions.json" ]; then
  echo "package: bin/extensions.json was not generated" >&2
  exit 1
fi

cp "$repo_root/host.json" "$stage/"
function_count=0
for folder in "$repo_root"/*/; do
  if [ -f "$folder/function.json" ]; then
    cp -R "$folder" "$stage/"
    function_count=$((function_count + 1))
  fi
done
if [ "$function_count" -eq 0 ]; then
  echo "package: no <Function>/function.json folder at the repository root" >&2
  exit 1
fi

# On the .NET isolated stack this file would make the host ask the app for its functions over gRPC.
if [ -f "$stage/worker.config.json" ]; then
  echo "package: worker.config.json must not be in a custom handler package" >&2
  exit 1
fi

# Info-ZIP records each file's Unix mode; python's zipfile does too (ZipInfo.from_file).
if command -v zip >/dev/null 2>&1; then
  (cd "$stage" && zip -q -r -X "$package" .)
else
  (cd "$stage" && python3 -m zipfile -c "$package" .)
fi

echo "package: $package ($function_count functions)"
