#!/usr/bin/env bash
# DealRoom's hub beside a y-websocket relay, in the same minutes, on loopback (see bench.mjs). One command:
#   bash scripts/bench/relay/run.sh [--clients 20,50] [--warmup 1000] [--edits 2000] [--rounds 2]
# Builds DealRoom in Release, starts it on a fresh SQLite file, the relay with Node and the bare SignalR hub of floor/
# (what SignalR alone costs per edit here), runs the bench, stops all three.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
cd "$here"
[ -d node_modules ] || npm ci --no-audit --no-fund --ignore-scripts >/dev/null
dotnet build -c Release "$root/DealRoom.Web" -v q --nologo >/dev/null
dotnet build -c Release "$here/floor" -v q --nologo >/dev/null

dealroom_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
relay_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
floor_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
db="$(mktemp -d)/bench.db"

# Both .NET servers run as docs/deployment.md advises: hot methods optimised as soon as they are hot, not after the
# runtime's default tiering delay (which a busy server keeps postponing). DOTNET_TC_CallCountingDelayMs=64 (hex, so
# 100 ms) in the caller's environment restores the default for a comparison.
export DOTNET_TC_CallCountingDelayMs="${DOTNET_TC_CallCountingDelayMs:-0}"
(cd "$root/DealRoom.Web" && ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:$dealroom_port" \
  ConnectionStrings__DealRoom="Data Source=$db" Logging__LogLevel__Default=Warning \
  Rooms__SubmitsPerSecondPerConnection=1000000 Rooms__SubmitsPerSecondPerUser=1000000 \
  exec dotnet bin/Release/net10.0/DealRoom.Web.dll) &
dealroom_pid=$!
HOST=127.0.0.1 PORT=$relay_port node node_modules/@y/websocket-server/src/server.js >/dev/null &
relay_pid=$!
(cd "$here/floor" && ASPNETCORE_URLS="http://127.0.0.1:$floor_port" exec dotnet bin/Release/net10.0/SignalRFloor.dll) &
floor_pid=$!
trap 'kill $dealroom_pid $relay_pid $floor_pid 2>/dev/null || true; rm -rf "$(dirname "$db")"' EXIT

for _ in $(seq 1 150); do
  curl -fs "http://127.0.0.1:$dealroom_port/health/live" >/dev/null 2>&1 \
    && curl -fs "http://127.0.0.1:$floor_port/health/live" >/dev/null 2>&1 && break
  sleep 0.2
done

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(dotnet --version), node $(node --version)"
node bench.mjs --dealroom "http://127.0.0.1:$dealroom_port" --dealroom-pid "$dealroom_pid" \
  --relay "ws://127.0.0.1:$relay_port" --relay-pid "$relay_pid" \
  --floor "http://127.0.0.1:$floor_port" --floor-pid "$floor_pid" --clk-tck "$(getconf CLK_TCK)" "$@"
