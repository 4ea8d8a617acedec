#!/usr/bin/env bash
# Runs Ics2Port locally: Azurite with data under .data/azurite, maildev (SMTP 1025, web http://127.0.0.1:1080),
# the port-system and EDS simulators at http://127.0.0.1:7072, and the app at http://127.0.0.1:7071 with demo API keys,
# a demo signing certificate (made once into .data/signing) and the timers running. Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")"

app_url="http://127.0.0.1:7071"
peers_url="http://127.0.0.1:7072"
mail_url="http://127.0.0.1:1080"
azurite="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;QueueEndpoint=http://127.0.0.1:10001/devstoreaccount1;TableEndpoint=http://127.0.0.1:10002/devstoreaccount1;"
azurite_pid=""
mail_pid=""
peers_pid=""
app_pid=""

stop() {
  trap - EXIT INT TERM
  for pid in "$app_pid" "$peers_pid" "$mail_pid"; do
    if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  done
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

for port in 7071 7072 1025 1080 10000 10001 10002; do
  if listening "$port"; then
    echo "Port $port is in use; stop whatever listens there first." >&2
    exit 1
  fi
done

if [ ! -f tools/node_modules/azurite/dist/src/azurite.js ] || [ ! -f tools/node_modules/maildev/bin/maildev ]; then
  echo "Installing Azurite and maildev (npm ci in tools/)..."
  npm ci --prefix tools --no-audit --no-fund
fi

# The operator's signing certificate for fallback e-mail (FB-2-EMAIL): a self-signed demo one, made once, never committed.
signing=.data/signing
if [ ! -f "$signing/operator.p12" ]; then
  if command -v openssl >/dev/null 2>&1; then
    echo "Making a demo signing certificate in $signing..."
    mkdir -p "$signing"
    openssl req -x509 -newkey rsa:2048 -sha256 -days 365 -nodes -subj "/CN=Ics2Port Demo Operator/O=Demo/C=LV" \
      -keyout "$signing/operator.key" -out "$signing/operator.crt" 2>/dev/null
    openssl pkcs12 -export -inkey "$signing/operator.key" -in "$signing/operator.crt" -out "$signing/operator.p12" -passout pass:demo
  else
    echo "No openssl: fallback e-mail stays unusable (documents go to the control point in person)." >&2
  fi
fi
if [ -f "$signing/operator.p12" ]; then
  # Given as Azure gives it: the base64 PKCS#12 of a Key Vault certificate secret.
  export Ics2Port__Signing__CertificateSecret="$(openssl base64 -A -in "$signing/operator.p12")"
  export Ics2Port__Signing__CertificatePassword=demo
fi

mkdir -p .data/azurite
echo "Starting Azurite (data in .data/azurite)..."
node tools/node_modules/azurite/dist/src/azurite.js -l .data/azurite \
  --blobHost 127.0.0.1 --blobPort 10000 --queueHost 127.0.0.1 --queuePort 10001 \
  --tableHost 127.0.0.1 --tablePort 10002 --skipApiVersionCheck --disableTelemetry --loose \
  > .data/azurite.log 2>&1 &
azurite_pid=$!
wait_for Azurite "listening 10000 && listening 10001 && listening 10002"

mkdir -p .data/maildev
echo "Starting maildev (SMTP 127.0.0.1:1025, web $mail_url)..."
node tools/node_modules/maildev/bin/maildev --smtp 1025 --web 1080 --ip 127.0.0.1 --mail-directory .data/maildev \
  > .data/maildev.log 2>&1 &
mail_pid=$!

echo "Building the local host (with the function app) and the peer simulators..."
if ! dotnet build tools/Ics2Port.LocalHost -c Release -o .data/app -nologo > .data/build.log 2>&1; then
  cat .data/build.log >&2
  exit 1
fi
# The built simulators, as 'dotnet run --project tools/Ics2Port.PeerSimulators -- --urls $peers_url' would run them.
if ! dotnet build tools/Ics2Port.PeerSimulators -c Release -o .data/peers -nologo > .data/build-peers.log 2>&1; then
  cat .data/build-peers.log >&2
  exit 1
fi
echo "Starting the port-system and EDS simulators at $peers_url..."
dotnet .data/peers/Ics2Port.PeerSimulators.dll --urls "$peers_url" > .data/peers.log 2>&1 &
peers_pid=$!
wait_for maildev "listening 1025 && curl -fs -o /dev/null $mail_url/healthz"
wait_for "The simulators" "curl -fs -o /dev/null $peers_url/"

echo "Starting the app at $app_url..."
# The local host runs the function app's own classes as the Functions host does in Azure: HTTP routes, and the
# blob, queue and timer triggers on Azurite (AzureWebJobsStorage).
ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="$app_url" \
  AzureWebJobsStorage="$azurite" \
  Ics2Port__PortSystem__BaseUrl="$peers_url/port-system" \
  Ics2Port__Eds__BaseUrl="$peers_url/eds" \
  Ics2Port__Smtp__Host=127.0.0.1 Ics2Port__Smtp__Port=1025 Ics2Port__Smtp__EnableSsl=false \
  Ics2Port__Smtp__From=fallback@ics2port.local \
  dotnet .data/app/Ics2Port.LocalHost.dll > .data/app.log 2>&1 &
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

Ics2Port is running at $app_url (logs in .data/: app.log, azurite.log, maildev.log, peers.log).

  Web page for agents and the authority: $app_url/api/app/  (sign in with an API key below)

  E-mail sent to customs (maildev):   $mail_url
  Port system and EDS simulators:     $peers_url  (switch off: curl -X POST $peers_url/_control/eds/availability -H 'Content-Type: application/json' -d '{"available":false}')
    Customs deciding permits in the port system (its answer to each new permit application carries the decision):
    curl -X POST $peers_url/_control/port-system/answers/permit -H 'Content-Type: application/json' -d '{"decision":{"outcome":"granted","permitNumber":"0210-2611-0042","office":"0210"}}'
  The FallbackWorkflow timer runs every minute; run it now with:
    curl -s -X POST $app_url/admin/functions/FallbackWorkflow -H 'Content-Type: application/json' -d '{}'

API keys (X-Api-Key):
  dev-agent-a     shipping agent AG-DEMO-A
  dev-agent-b     shipping agent AG-DEMO-B
  dev-authority   port authority
  dev-customs-riga        customs control point 0210, Riga (LVRIX)
  dev-customs-ventspils   customs control point 0311, Ventspils (LVVNT)
  dev-customs-liepaja     customs control point 0411, Liepāja (LVLPX)
  dev-supplier    ship supplier SU-DEMO-CHANDLER

Sample port call of AG-DEMO-A: $port_call
  curl -s $app_url/api/port-calls/$port_call -H 'X-Api-Key: dev-agent-a'
OpenAPI: $app_url/api/openapi.json

Bulk files (the result appears within a few seconds):
  scripts/azurite-blob.sh put inbound AG-DEMO-A/$port_call/arrival/fal5.csv docs/examples/fal5-arrival.csv
  scripts/azurite-blob.sh get results AG-DEMO-A/$port_call/arrival/fal5.csv.result.json

Press Ctrl-C to stop.
INFO
wait "$app_pid"
