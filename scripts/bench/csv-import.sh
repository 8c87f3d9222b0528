#!/usr/bin/env bash
# Importing 500 contacts from a CSV (docs/benchmarks.md, "Importing 500 contacts from a CSV"): starts a Release build
# of the app on a fresh SQLite database in its own process, signs in as the demo owner over REST, then ROUNDS times
# (6) creates a new room and times POST /api/rooms/{id}/stakeholders/import with a Salesforce-style export of 525 rows
# (500 new contacts, 25 duplicates by e-mail), as curl measures it (request sent → whole answer read).
# usage: scripts/bench/csv-import.sh   (a Release build first: dotnet build -c Release DealRoom.Web)
set -euo pipefail
cd "$(dirname "$0")/../.."
dir=$(mktemp -d)
port=${PORT:-5078}
base="http://127.0.0.1:$port"
trap 'kill "$app" 2>/dev/null || true; rm -rf "$dir"' EXIT

python3 - "$dir/body.json" <<'PY'
import json, sys
rows = ["First Name,Last Name,Title,Email,Account Name,Department"]
for i in range(500):
    rows.append(f"Contact{i},Person{i},Director {i % 17},contact{i}@example.com,Northwind,Dept {i % 9}")
for i in range(25):
    rows.append(f"Again{i},Person{i},Manager,contact{i}@example.com,Northwind,Finance")
json.dump({"csv": "\n".join(rows) + "\n"}, open(sys.argv[1], "w"))
PY

(cd DealRoom.Web && ASPNETCORE_ENVIRONMENT=Staging ConnectionStrings__DealRoom="Data Source=$dir/bench.db" Logging__LogLevel__Default=Warning \
  exec dotnet bin/Release/net10.0/DealRoom.Web.dll --urls "$base") > "$dir/app.log" 2>&1 &
app=$!
for _ in $(seq 1 120); do curl -s -o /dev/null "$base/health/ready" && break; sleep 0.5; done

token=$(curl -sf -H 'Content-Type: application/json' -d '{"email":"alex@dealroom.demo","password":"DemoOwner-2026"}' "$base/api/auth/token" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')
for round in $(seq 1 "${ROUNDS:-6}"); do
  room=$(curl -sf -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d "{\"name\":\"CSV bench $round\"}" "$base/api/rooms" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
  curl -sf -o "$dir/answer.json" -w "round $round: %{time_total} s, HTTP %{http_code}" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' --data-binary "@$dir/body.json" "$base/api/rooms/$room/stakeholders/import"
  python3 - "$dir/answer.json" <<'PY'
import json, sys
a = json.load(open(sys.argv[1]))
print(", imported %s, %d contacts, %d duplicates" % (a["imported"], len(a["contacts"]), len(a["duplicates"])))
PY
done
