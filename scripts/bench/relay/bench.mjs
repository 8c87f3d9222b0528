// Edit fan-out of DealRoom's hub beside a y-websocket relay, driven the same way in the same minutes: N clients in one
// room, one writer at a time (round robin), latency = submit -> the last other client has the edit; server CPU per
// edit from /proc/<pid>/stat. Run through run.sh, which starts both servers on loopback and stops them.
import * as signalR from '@microsoft/signalr'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) =>
  a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs, []))
const clientCounts = (args.clients ?? '20,50').split(',').map(Number)
const warmup = Number(args.warmup ?? 1000)
const edits = Number(args.edits ?? 2000)
const rounds = Number(args.rounds ?? 2)
const ticksPerMs = Number(args['clk-tck'] ?? 100) / 1000

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(p / 100 * sorted.length))]
}
const cpuMs = pid => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
  return (Number(fields[11]) + Number(fields[12])) / ticksPerMs
}

/** Runs warm-up then measured edits; each waits until every other client has it. */
async function drive (target, n) {
  const all = []
  const each = []
  for (let i = 0; i < warmup; i++) await target.edit(i % n, i, null)
  const cpuBefore = cpuMs(target.pid)
  for (let i = warmup; i < warmup + edits; i++) await target.edit(i % n, i, { all, each })
  const cpu = (cpuMs(target.pid) - cpuBefore) / edits
  return { all, each, cpu }
}

/**
 * N SignalR clients in DealRoom's demo room; an edit is a moveNode, received as OperationApplied. With signIn false,
 * the same against the bare SignalR hub of floor/ (no sign-in there).
 */
async function dealRoom (url, pid, n, signIn = true) {
  const response = signIn && await fetch(`${url}/api/auth/token`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'alex@dealroom.demo', password: 'DemoOwner-2026' })
  })
  const { accessToken } = signIn ? await response.json() : { accessToken: '' }
  const roomId = 'room-northwind-crm'
  let pending = null
  const clients = []
  for (let c = 0; c < n; c++) {
    const connection = new signalR.HubConnectionBuilder()
      .withUrl(`${url}/hubs/dealroom`, { transport: signalR.HttpTransportType.WebSockets, skipNegotiation: true, accessTokenFactory: () => accessToken })
      .configureLogging(signalR.LogLevel.None)
      .build()
    connection.on('OperationApplied', message => {
      if (pending && message.opId === pending.opId && c !== pending.writer) pending.receive()
    })
    await connection.start()
    await connection.invoke('JoinRoom', { roomId })
    clients.push(connection)
  }

  return {
    pid,
    edit: (writer, i, sink) => new Promise((resolve, reject) => {
      const started = performance.now()
      let remaining = n - 1
      let acked = false
      const done = () => { if (remaining === 0 && acked) { pending = null; resolve() } }
      pending = {
        opId: `bench-${process.pid}-${n}-${i}-${Math.random().toString(36).slice(2, 8)}`,
        writer,
        receive: () => {
          const t = performance.now() - started
          sink?.each.push(t)
          if (--remaining === 0) sink?.all.push(t)
          done()
        }
      }
      clients[writer].invoke('Submit', { roomId, opId: pending.opId, operation: { type: 'moveNode', id: 'sh-erik', x: i % 500, y: 40 } })
        .then(answer => { if (!answer.ok) reject(new Error(JSON.stringify(answer.error))); acked = true; done() }, reject)
    }),
    close: () => Promise.all(clients.map(c => c.stop()))
  }
}

/** N Yjs documents on a y-websocket relay; an edit sets a map entry, received as a map change. */
async function relay (url, pid, n, room) {
  let pending = null
  const providers = []
  for (let c = 0; c < n; c++) {
    const doc = new Y.Doc()
    const provider = new WebsocketProvider(url, room, doc, { WebSocketPolyfill: WebSocket, disableBc: true })
    const map = doc.getMap('m')
    map.observe(() => {
      if (pending && c !== pending.writer && map.get('x') === pending.value) pending.receive()
    })
    await new Promise(resolve => provider.on('sync', synced => { if (synced) resolve() }))
    providers.push({ provider, map })
  }

  return {
    pid,
    edit: (writer, i, sink) => new Promise(resolve => {
      const started = performance.now()
      let remaining = n - 1
      pending = {
        value: i,
        writer,
        receive: () => {
          const t = performance.now() - started
          sink?.each.push(t)
          if (--remaining === 0) { sink?.all.push(t); pending = null; resolve() }
        }
      }
      providers[writer].map.set('x', i)
    }),
    close: async () => providers.forEach(p => p.provider.destroy())
  }
}

const summary = r => ({
  p50: percentile(r.all, 50), p99: percentile(r.all, 99), first: percentile(r.each, 50), cpu: r.cpu
})
const f = x => x.toFixed(2)

console.log(`| round | clients | server | fan-out p50 / p99 (ms) | each delivery p50 (ms) | server CPU per edit (ms) |`)
console.log(`|---|---|---|---|---|---|`)
const ratios = []
for (let round = 1; round <= rounds; round++) {
  for (const n of clientCounts) {
    const y = await relay(args.relay, Number(args['relay-pid']), n, `bench-${round}-${n}`)
    const ry = summary(await drive(y, n))
    await y.close()
    const d = await dealRoom(args.dealroom, Number(args['dealroom-pid']), n)
    const rd = summary(await drive(d, n))
    await d.close()
    console.log(`| ${round} | ${n} | y-websocket relay | ${f(ry.p50)} / ${f(ry.p99)} | ${f(ry.first)} | ${f(ry.cpu)} |`)
    console.log(`| ${round} | ${n} | DealRoom | ${f(rd.p50)} / ${f(rd.p99)} | ${f(rd.first)} | ${f(rd.cpu)} |`)
    ratios.push(`round ${round}, ${n} clients: DealRoom / relay p50 ${f(rd.p50 / ry.p50)}x, p99 ${f(rd.p99 / ry.p99)}x, CPU ${f(rd.cpu / ry.cpu)}x`)
    if (args.floor) {
      const b = await dealRoom(args.floor, Number(args['floor-pid']), n, false)
      const rb = summary(await drive(b, n))
      await b.close()
      console.log(`| ${round} | ${n} | bare SignalR hub | ${f(rb.p50)} / ${f(rb.p99)} | ${f(rb.first)} | ${f(rb.cpu)} |`)
      ratios.push(`round ${round}, ${n} clients: bare SignalR hub / relay p50 ${f(rb.p50 / ry.p50)}x, p99 ${f(rb.p99 / ry.p99)}x, CPU ${f(rb.cpu / ry.cpu)}x; DealRoom / bare hub CPU ${f(rd.cpu / rb.cpu)}x`)
    }
  }
}
console.log('')
ratios.forEach(r => console.log(r))
process.exit(0)
