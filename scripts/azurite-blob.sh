#!/usr/bin/env bash
# Drops files into and reads them from the Azurite that ./run.sh starts, signed with Azurite's well-known
# Shared Key (no Azure CLI needed; curl and openssl only).
#   scripts/azurite-blob.sh put  <container> <blob-name> <file>   creates the container when missing
#   scripts/azurite-blob.sh get  <container> <blob-name>          body to stdout, x-ms-meta-* headers to stderr
#   scripts/azurite-blob.sh list <container> [prefix]             one blob name per line
# AZURITE_BLOB_ENDPOINT overrides http://127.0.0.1:10000/devstoreaccount1.
set -euo pipefail

account=devstoreaccount1
key=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==
endpoint=${AZURITE_BLOB_ENDPOINT:-http://127.0.0.1:10000/$account}
version=2021-08-06
hex_key=$(printf '%s' "$key" | base64 -d | od -An -v -tx1 | tr -d ' \n')

usage() { sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }

# Names are used in the URL as they are, so keep them to characters that need no escaping.
check_name() {
  [[ $1 =~ ^[A-Za-z0-9._/-]+$ ]] || { echo "Use only letters, digits, '.', '_', '-' and '/' in '$1'." >&2; exit 2; }
}

# Shared Key for Blob: the verb, the standard headers (only Content-Length and Content-Type are ever set here),
# the x-ms-* headers, then the canonical resource; Azurite's path-style URLs repeat the account.
authorization() {
  local verb=$1 length=$2 type=$3 headers=$4 resource=$5 string_to_sign
  string_to_sign=$(printf '%s\n\n\n%s\n\n%s\n\n\n\n\n\n\n%s\n/%s%s' "$verb" "$length" "$type" "$headers" "$account" "$resource")
  printf 'SharedKey %s:%s' "$account" \
    "$(printf '%s' "$string_to_sign" | openssl dgst -sha256 -mac HMAC -macopt "hexkey:$hex_key" -binary | base64 | tr -d '\n')"
}

# request VERB PATH QUERY CANONICAL-QUERY CONTENT-LENGTH CONTENT-TYPE BLOB-TYPE [curl args...]
request() {
  local verb=$1 path=$2 query=$3 canonical_query=$4 length=$5 type=$6 blob_type=$7
  shift 7
  local date ms_headers=() canonical_headers="" resource
  date=$(LC_ALL=C date -u '+%a, %d %b %Y %H:%M:%S GMT')
  if [ -n "$blob_type" ]; then
    ms_headers+=(-H "x-ms-blob-type: $blob_type")
    canonical_headers="x-ms-blob-type:$blob_type"$'\n'
  fi
  ms_headers+=(-H "x-ms-date: $date" -H "x-ms-version: $version")
  canonical_headers+="x-ms-date:$date"$'\n'"x-ms-version:$version"
  resource="$(printf '%s' "$endpoint" | sed -E 's#^https?://[^/]+##')/$path$canonical_query"
  curl -sS -X "$verb" "$endpoint/$path$query" "${ms_headers[@]}" \
    -H "Authorization: $(authorization "$verb" "$length" "$type" "$canonical_headers" "$resource")" "$@"
}

media_type() {
  case "${1##*.}" in
    json) echo application/json ;;
    csv) echo text/csv ;;
    xlsx) echo application/vnd.openxmlformats-officedocument.spreadsheetml.sheet ;;
    *) echo application/octet-stream ;;
  esac
}

[ $# -ge 2 ] || usage
command=$1 container=$2
check_name "$container"
case "$command" in
  put)
    [ $# -eq 4 ] || usage
    name=$3 file=$4
    check_name "$name"
    [ -f "$file" ] || { echo "No file '$file'." >&2; exit 2; }
    status=$(request PUT "$container" "?restype=container" $'\nrestype:container' "" "" "" -o /dev/null -w '%{http_code}' -H "Content-Length: 0")
    [ "$status" = 201 ] || [ "$status" = 409 ] || { echo "Creating container $container answered $status." >&2; exit 1; }
    type=$(media_type "$file")
    length=$(wc -c < "$file" | tr -d ' ')
    [ "$length" -gt 0 ] || { echo "'$file' is empty." >&2; exit 2; }
    status=$(request PUT "$container/$name" "" "" "$length" "$type" BlockBlob -o /dev/null -w '%{http_code}' -H "Content-Type: $type" --data-binary "@$file")
    [ "$status" = 201 ] || { echo "Uploading $container/$name answered $status." >&2; exit 1; }
    echo "Uploaded $file to $container/$name ($length bytes, $type)."
    ;;
  get)
    [ $# -eq 3 ] || usage
    name=$3
    check_name "$name"
    headers=$(mktemp)
    trap 'rm -f "$headers"' EXIT
    request GET "$container/$name" "" "" "" "" "" -D "$headers" -o - --fail-with-body
    grep -i '^x-ms-meta-' "$headers" | tr -d '\r' >&2 || true
    ;;
  list)
    prefix=${3:-}
    [ -z "$prefix" ] || check_name "$prefix"
    query="?comp=list&restype=container${prefix:+&prefix=$prefix}"
    canonical=$'\ncomp:list'${prefix:+$'\nprefix:'$prefix}$'\nrestype:container'
    request GET "$container" "$query" "$canonical" "" "" "" --fail-with-body | grep -o '<Name>[^<]*</Name>' | sed -E 's#</?Name>##g'
    ;;
  *) usage ;;
esac
