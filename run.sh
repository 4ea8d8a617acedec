#!/usr/bin/env bash
# Runs Ics2Port locally: Azurite with data under .data/azurite, the app at http://127.0.0.1:7071 with demo
# API keys, and a sample port call for AG-DEMO-A. Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")"

app_url="http://127.0.0.1:7071"
azurite_pid=""
app_pid=""

stop() {
  trap - EXIT INT TERM
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
  # SIGTERM lets Azurite write its data to disk before it exits.
  if [ -n "$azurite_pid" ]; then kill "$azurite_pid" 2>/dev/null || true; wait "$azurite_pid" 2>/dev/null || true; fi
  echo "Stopped."
}
trap stop EXIT INT TERM

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_for() {
  local what=$1 check=$2
  for _ in $(seq 1 120); do
    if eval "$check"; then return 0; fi
    sleep 0.5
  done
  echo "$what did not start; see the logs in .data/" >&2
  exit 1
}

for port in 7071 10000 10002; do
  if listening "$port"; then
    echo "Port $port is in use; stop whatever listens there first." >&2
    exit 1
  fi
done

if [ ! -f tools/node_modules/azurite/dist/src/azurite.js ]; then
  echo "Installing Azurite (npm ci in tools/)..."
  npm ci --prefix tools --no-audit --no-fund
fi

mkdir -p .data/azurite
echo "Starting Azurite (data in .data/azurite)..."
node tools/node_modules/azurite/dist/src/azurite.js -l .data/azurite \
  --blobHost 127.0.0.1 --blobPort 10000 --queueHost 127.0.0.1 --queuePort 10001 \
  --tableHost 127.0.0.1 --tablePort 10002 --skipApiVersionCheck --disableTelemetry --loose \
  > .data/azurite.log 2>&1 &
azurite_pid=$!
wait_for Azurite "listening 10000 && listening 10002"

echo "Building the app..."
if ! dotnet build src/Ics2Port.Functions -c Release -o .data/app -nologo > .data/build.log 2>&1; then
  cat .data/build.log >&2
  exit 1
fi
echo "Starting the app at $app_url..."
# The standalone driver plays the Functions host's blob and timer triggers on Azurite (AzureWebJobsStorage).
ASPNETCORE_ENVIRONMENT=Development FUNCTIONS_CUSTOMHANDLER_PORT=7071 \
  Ics2Port__StandaloneTriggers__Enabled=true AzureWebJobsStorage="UseDevelopmentStorage=true" \
  dotnet .data/app/Ics2Port.Functions.dll > .data/app.log 2>&1 &
app_pid=$!
wait_for "The app" "curl -fs -o /dev/null $app_url/"

# The Idempotency-Key makes the seed safe to repeat: later runs get the same port call back.
seed=$(curl -fsS -X POST "$app_url/api/port-calls" \
  -H "X-Api-Key: dev-agent-a" -H "Content-Type: application/json" -H "Idempotency-Key: demo-seed-baltic-trader" \
  -d '{ "vessel": { "imoNumber": "9074729", "name": "BALTIC TRADER", "callSign": "YLAB", "flag": "LV", "mmsi": "275123000" },
        "port": "LVRIX", "voyageNumber": "BT2611", "eta": "2026-11-23T06:00:00+02:00", "etd": "2026-11-24T18:00:00+02:00",
        "lastPort": "SEGOT", "nextPort": "DEHAM", "regularShippingService": false }')
port_call=$(printf '%s' "$seed" | sed -n 's/.*"portCallId":"\([^"]*\)".*/\1/p')

cat <<INFO

Ics2Port is running at $app_url (log: .data/app.log, Azurite log: .data/azurite.log).

API keys (X-Api-Key):
  dev-agent-a     shipping agent AG-DEMO-A
  dev-agent-b     shipping agent AG-DEMO-B
  dev-authority   port authority

Sample port call of AG-DEMO-A: $port_call
  curl -s $app_url/api/port-calls/$port_call -H 'X-Api-Key: dev-agent-a'
OpenAPI: $app_url/api/openapi.json

Bulk files (the result appears within a few seconds):
  scripts/azurite-blob.sh put inbound AG-DEMO-A/$port_call/arrival/fal5.csv docs/examples/fal5-arrival.csv
  scripts/azurite-blob.sh get results AG-DEMO-A/$port_call/arrival/fal5.csv.result.json

Press Ctrl-C to stop.
INFO
wait "$app_pid"
