#!/usr/bin/env bash
# The rooms page with 101 rooms (docs/benchmarks.md, "The rooms page with 101 rooms"): seeds a database with the
# rooms of one rooms100 run, then, ROUNDS times (3), starts the app on it in its own process, signs in as the owner
# in headless Chromium, times sign-in → every room card in the DOM, then a reload, and stops the app.
# usage: scripts/bench/rooms-page.sh [database]   (Release builds of DealRoom.Web and DealRoom.LoadTest first:
#        dotnet build -c Release DealRoom.LoadTest)
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
db=${1:-$(mktemp -d)/rooms-page.db}
port=${PORT:-5077}
pw=$root/DealRoom.LoadTest/bin/Release/net10.0/.playwright
js=$(mktemp --suffix .js)
trap 'rm -f "$js"' EXIT
cat > "$js" <<'JS'
const { chromium } = require(process.env.PW + '/package');
(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(process.env.BASE + '/account/login');
  await page.fill('#email', 'alex@dealroom.demo');
  await page.fill('#password', 'DemoOwner-2026');
  const t0 = Date.now();
  await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
  await page.waitForSelector('[data-testid=room-card]');
  const cards = await page.locator('[data-testid=room-card]').count();
  const first = Date.now() - t0;
  const t1 = Date.now();
  await page.reload();
  await page.waitForSelector('[data-testid=room-card]');
  console.log(`${cards} rooms: first open ${first} ms (sign-in included), reload ${Date.now() - t1} ms`);
  await browser.close();
})().catch(e => { console.error(e); process.exit(1); });
JS

run() { # run <what>: starts the app on $db, runs <what>, stops the app (gracefully: summaries are stored on stop)
  (cd DealRoom.Web && ASPNETCORE_ENVIRONMENT=Staging ConnectionStrings__DealRoom="Data Source=$db" Logging__LogLevel__Default=Warning \
    exec dotnet bin/Release/net10.0/DealRoom.Web.dll --urls "http://127.0.0.1:$port") > /dev/null 2>&1 &
  local app=$!
  for _ in $(seq 1 120); do curl -s -o /dev/null "http://127.0.0.1:$port/account/login" && break; sleep 0.5; done
  "$@"
  kill "$app"; wait "$app" 2>/dev/null || true
}

if [ ! -f "$db" ]; then
  echo "seeding $db with the rooms of one rooms100 run"
  run dotnet DealRoom.LoadTest/bin/Release/net10.0/DealRoom.LoadTest.dll --url "http://127.0.0.1:$port" --scenario rooms100 --duration 3 --warmup 1 > /dev/null
fi
for round in $(seq 1 "${ROUNDS:-3}"); do
  echo -n "round $round: "
  run env PW="$pw" BASE="http://127.0.0.1:$port" "$pw/node/linux-x64/node" "$js"
done
