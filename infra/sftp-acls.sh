#!/usr/bin/env bash
# Confines each shipping agency's SFTP local user to its own folders (ADR 0014): the local users have no permission
# scope, so only these ACLs let them in. Run after every deployment that adds an agency:
#   infra/sftp-acls.sh <storage account> infra/main.parameters.json
# With --plan it prints the ACLs it would set ("<container> <path> <acl>", one per line) and calls nothing.
set -euo pipefail

plan=false
if [ "${1:-}" = "--plan" ]; then plan=true; shift; fi
if [ $# -ne 2 ]; then
  echo "usage: $0 [--plan] <storage account> <parameters file>" >&2
  exit 2
fi
account=$1
parameters=$2

# Owner and owning group keep their rights; everyone else gets nothing unless an entry names their group.
base="user::rwx,group::r-x,other::---"
root_inbound="$base"
root_results="$base"
folders=()

while read -r agent gid; do
  if [[ ! "$agent" =~ ^[A-Z0-9][A-Z0-9-]{1,63}$ ]] || [[ ! "$gid" =~ ^[0-9]+$ ]] || [ "$gid" -lt 1000 ]; then
    echo "Refusing agency '$agent' with group id '$gid': an id of capitals, digits and hyphens and a group id of 1000 or above are needed." >&2
    exit 1
  fi
  # Through the container roots only to the agency's own folder: traverse, never list or write.
  root_inbound+=",group:$gid:--x"
  root_results+=",group:$gid:--x"
  # Its inbound folder: create, write, list, delete what it dropped; new files and folders inherit the same.
  folders+=("inbound $agent $base,group:$gid:rwx,mask::rwx,default:user::rwx,default:group::r-x,default:other::---,default:group:$gid:rwx,default:mask::rwx")
  # Its results folder: read and list; the app writes the results with its own identity (Entra ID, not ACLs).
  folders+=("results $agent $base,group:$gid:r-x,mask::r-x,default:user::rwx,default:group::r-x,default:other::---,default:group:$gid:r-x,default:mask::r-x")
done < <(jq -r '.parameters.sftpAgents.value[] | "\(.agentId) \(.groupId)"' "$parameters")

if [ "$(jq -r '[.parameters.sftpAgents.value[].groupId] | length == (unique | length)' "$parameters")" != "true" ]; then
  echo "Two agencies share a group id; each needs its own." >&2
  exit 1
fi

acls=("inbound / $root_inbound,mask::r-x" "results / $root_results,mask::r-x" "${folders[@]}")
for entry in "${acls[@]}"; do
  read -r container path acl <<< "$entry"
  if $plan; then
    echo "$container $path $acl"
    continue
  fi

  if [ "$path" != "/" ]; then
    az storage fs directory create --auth-mode login --account-name "$account" -f "$container" -n "$path" --only-show-errors > /dev/null
  fi
  az storage fs access set --auth-mode login --account-name "$account" -f "$container" -p "$path" --acl "$acl" --only-show-errors > /dev/null
  echo "$container/$path: $acl"
done
