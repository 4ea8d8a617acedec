#!/usr/bin/env bash
# Runs every test project in Release and ends with one line: "Tests: N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")"

if [ ! -f tools/node_modules/azurite/dist/src/azurite.js ] || [ ! -f tools/node_modules/.bin/spectral ]; then
  echo "Installing Azurite and Spectral (npm ci in tools/)..."
  npm ci --prefix tools --no-audit --no-fund
fi
# The web page's tests drive Debian's Chromium; no browser is downloaded by the tests themselves.
if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Chromium (apt-get) for the web page's browser tests..."
  if [ "$(id -u)" -eq 0 ]; then apt_get="apt-get"; else apt_get="sudo apt-get"; fi
  $apt_get update -qq && DEBIAN_FRONTEND=noninteractive $apt_get install -y -qq chromium
fi
# Kiota, pinned in tools/dotnet-tools.json, generates the client of the OpenAPI document in a test.
dotnet tool restore --tool-manifest tools/dotnet-tools.json

results=$(mktemp -d)
# The packaging tests publish the app with scripts/package.sh; a separate artifacts path keeps that
# publish out of the obj/ and bin/ folders the test run is using.
package_build=$(mktemp -d)
trap 'rm -rf "$results" "$package_build"' EXIT
status=0
ICS2PORT_PACKAGE_TEST=1 ICS2PORT_ARTIFACTS_PATH="$package_build" \
  dotnet test Ics2Port.sln -c Release --logger trx --results-directory "$results" || status=$?

# Each test project writes one .trx file; add up their counters.
counts=$(cat "$results"/*.trx 2>/dev/null | grep -o '<Counters [^>]*>' | awk '
  function attribute(name,   m) { return match($0, name "=\"[0-9]+\"") ? substr($0, RSTART + length(name) + 2, RLENGTH - length(name) - 3) + 0 : 0 }
  { total += attribute("total"); executed += attribute("executed"); passed += attribute("passed"); failed += attribute("failed") + attribute("error") + attribute("timeout") + attribute("aborted") }
  END { printf "%d %d %d", passed, failed, total - executed }')
read -r passed failed skipped <<<"${counts:-0 0 0}"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # The run failed without a failing test (a build error, or a test host that crashed).
  failed=1
fi

echo "Tests: $passed passed, $failed failed, $skipped skipped"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
