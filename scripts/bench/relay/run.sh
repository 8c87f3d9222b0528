#!/usr/bin/env bash
# DealRoom's hub beside a y-websocket relay, in the same minutes, on loopback (see bench.mjs). One command:
#   bash scripts/bench/relay/run.sh [--clients 20,50] [--warmup 1000] [--edits 2000] [--rounds 2]
# Builds DealRoom in Release, starts it on a fresh SQLite file and the relay with Node, runs the bench, stops both.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
cd "$here"
[ -d node_modules ] || npm ci --no-audit --no-fund --ignore-scripts >/dev/null
dotnet build -c Release "$root/DealRoom.Web" -v q --nologo >/dev/null

dealroom_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
relay_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
db="$(mktemp -d)/bench.db"

(cd "$root/DealRoom.Web" && ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:$dealroom_port" \
  ConnectionStrings__DealRoom="Data Source=$db" Logging__LogLevel__Default=Warning \
  Rooms__SubmitsPerSecondPerConnection=1000000 Rooms__SubmitsPerSecondPerUser=1000000 \
  exec dotnet bin/Release/net10.0/DealRoom.Web.dll) &
dealroom_pid=$!
HOST=127.0.0.1 PORT=$relay_port node node_modules/@y/websocket-server/src/server.js >/dev/null &
relay_pid=$!
trap 'kill $dealroom_pid $relay_pid 2>/dev/null || true; rm -rf "$(dirname "$db")"' EXIT

for _ in $(seq 1 150); do
  curl -fs "http://127.0.0.1:$dealroom_port/health/live" >/dev/null 2>&1 && break
  sleep 0.2
done

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(dotnet --version), node $(node --version)"
node bench.mjs --dealroom "http://127.0.0.1:$dealroom_port" --dealroom-pid "$dealroom_pid" \
  --relay "ws://127.0.0.1:$relay_port" --relay-pid "$relay_pid" --clk-tck "$(getconf CLK_TCK)" "$@"
