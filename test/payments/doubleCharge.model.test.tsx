// Model-based: random customers (pay, double-click, edit, retry, stop waiting, remount, reload, check status, wait) against a
// provider with real idempotency and a network that fails every way it can, through the real hooks. After every
// step: at most one charge for the order; every request keyed; no new key and no "declined" / "try again with a new
// request" while a charge exists. At the end, with the network healed, the customer can always finish paying, once.
import { act, cleanup } from '@testing-library/react'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { makeClient, memoryStorage, mountCheckout, settle, type Screen } from './harness.tsx'
import {
  createSimProvider,
  FAULTS,
  FAULTS_WITH_LATE,
  type Fault,
  type SimProvider,
} from './simProvider.ts'

interface Real {
  provider: SimProvider
  storage: ReturnType<typeof memoryStorage>
  checkout: ReturnType<typeof mountCheckout>
  amount: number
  scope: readonly unknown[] | undefined
  log: string[]
}

type Model = Record<string, never>

const read = (real: Real) => (): Screen => real.checkout.screen

function assertInvariants(real: Real): void {
  const { provider } = real
  const where = real.log.join(' → ')
  expect(provider.charges.get('o1') ?? 0, `second charge after ${where}`).toBeLessThanOrEqual(1)
  expect(
    provider.requests.every((request) => request.key !== null),
    `unkeyed request after ${where}`,
  ).toBe(true)
  if (provider.chargedKeys.size === 0) return
  const { payment, view } = real.checkout.screen
  // A charge exists: the payment's key must be the charged one, so any further attempt is deduplicated.
  expect(
    payment.idempotencyKey !== undefined && provider.chargedKeys.has(payment.idempotencyKey),
    `new key while charged after ${where}`,
  ).toBe(true)
  if (view) {
    expect(
      ['declined', 'fix-input'],
      `shown ${view.reason} while charged after ${where}`,
    ).not.toContain(view.kind)
    if (view.retry.allowed)
      expect(view.recourse.repeatWith, `retry with a new key after ${where}`).toBe('same-key')
  }
}

abstract class Step implements fc.AsyncCommand<Model, Real> {
  abstract name: string
  check = () => true
  abstract act(real: Real): Promise<void> | void
  async run(_model: Model, real: Real): Promise<void> {
    real.log.push(this.name)
    await this.act(real)
    await settle(read(real), real.provider)
    assertInvariants(real)
  }
  toString(): string {
    return this.name
  }
}

class Pay extends Step {
  name = 'pay'
  act(real: Real) {
    act(() => real.checkout.screen.payment.mutate({ orderId: 'o1', amount: real.amount }))
  }
}

class DoubleClick extends Step {
  name = 'double-click'
  act(real: Real) {
    act(() => {
      const { mutate } = real.checkout.screen.payment
      mutate({ orderId: 'o1', amount: real.amount })
      mutate({ orderId: 'o1', amount: real.amount })
    })
  }
}

class Edit extends Step {
  constructor(readonly amount: number) {
    super()
  }
  get name() {
    return `edit(${this.amount})`
  }
  act(real: Real) {
    real.amount = this.amount
  }
}

class Retry extends Step {
  name = 'retry'
  act(real: Real) {
    act(() => void real.checkout.screen.view?.retry.retryNow?.())
  }
}

class Remount extends Step {
  name = 'remount'
  act(real: Real) {
    const client = real.checkout.client
    real.checkout.unmount()
    real.checkout = mountCheckout({
      provider: real.provider,
      client,
      ...(real.scope ? { scope: real.scope } : {}),
    })
  }
}

class Reload extends Step {
  name = 'reload'
  act(real: Real) {
    real.checkout.unmount()
    real.checkout = mountCheckout({
      provider: real.provider,
      client: makeClient(real.storage),
      ...(real.scope ? { scope: real.scope } : {}),
    })
  }
}

/**
 * Pays, lets the kit's automatic retries run for a few milliseconds, then stops waiting, the way the customer does:
 * through the view, which offers "Stop waiting" only while the kit retries, or (`direct`) through the hook at any
 * moment, as an app's own button may. Stopping sends nothing new: after it, at most the one attempt that may already
 * be on its way reaches the provider.
 */
class PayThenStop extends Step {
  constructor(
    readonly faults: readonly Fault[],
    readonly ms: number,
    readonly direct: boolean,
  ) {
    super()
  }
  get name() {
    return `pay-then-stop(${[...this.faults, `${this.ms}ms`, ...(this.direct ? ['direct'] : [])].join(', ')})`
  }
  async act(real: Real) {
    real.provider.faults.push(...this.faults)
    act(() => real.checkout.screen.payment.mutate({ orderId: 'o1', amount: real.amount }))
    for (let ms = 0; ms < this.ms; ms++)
      await act(async () => {
        await new Promise((resolve) => setTimeout(resolve, 1))
      })
    const { payment, view } = real.checkout.screen
    const stop = this.direct ? payment.stopWaiting : view?.stopWaiting
    if (!stop) return
    const sentBefore = real.provider.requests.length
    act(() => stop())
    await settle(read(real), real.provider)
    expect(
      real.provider.requests.length - sentBefore,
      `attempts sent after stopping, after ${real.log.join(' → ')}`,
    ).toBeLessThanOrEqual(1)
  }
}

class StopWaiting extends Step {
  name = 'stop-waiting'
  act(real: Real) {
    act(() => real.checkout.screen.payment.stopWaiting())
  }
}

class CheckStatus extends Step {
  name = 'check-status'
  async act(real: Real) {
    await act(async () => {
      await real.checkout.screen.payment.checkStatus()
    })
  }
}

class Wait extends Step {
  name = 'wait'
  async act() {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 8))
    })
  }
}

class Network extends Step {
  constructor(readonly fault: Fault) {
    super()
  }
  get name() {
    return `next:${this.fault}`
  }
  act(real: Real) {
    real.provider.faults.push(this.fault)
  }
}

class Deliver extends Step {
  name = 'deliver'
  act(real: Real) {
    act(() => real.provider.deliver())
  }
}

/**
 * The customer's and the network's moves. `faults`: what the network may do to a request. `edits`: whether the
 * customer changes the details between attempts.
 */
const commandsOf = (faults: readonly Fault[], { edits }: { edits: boolean }) => [
  fc.constant(new Pay()),
  fc.constant(new DoubleClick()),
  ...(edits ? [fc.integer({ min: 1, max: 3 }).map((amount) => new Edit(amount * 10))] : []),
  fc.constant(new Retry()),
  fc.constant(new Remount()),
  fc.constant(new Reload()),
  fc.constant(new CheckStatus()),
  // The network fails the attempt (so the kit retries) before the customer stops waiting.
  fc
    .tuple(
      fc.array(fc.constantFrom(...faults), { minLength: 1, maxLength: 2 }),
      fc.integer({ min: 0, max: 6 }),
      fc.boolean(),
    )
    .map(([faults, ms, direct]) => new PayThenStop(faults, ms, direct)),
  fc.constant(new StopWaiting()),
  fc.constant(new Wait()),
  fc.constantFrom(...faults).map((fault) => new Network(fault)),
  fc.constant(new Deliver()),
]

/** The network heals; the customer checks the status when unsure and pays until paid. */
async function finish(real: Real): Promise<void> {
  real.provider.faults.length = 0
  act(() => real.provider.deliver())
  for (let round = 0; round < 4; round++) {
    await settle(read(real), real.provider)
    const { payment } = real.checkout.screen
    if (payment.session.phase === 'paid') break
    if (payment.session.phase === 'unknown') {
      await act(async () => {
        await real.checkout.screen.payment.checkStatus()
      })
      continue
    }
    act(() => real.checkout.screen.payment.mutate({ orderId: 'o1', amount: real.amount }))
  }
  await settle(read(real), real.provider)
  const where = real.log.join(' → ')
  expect(real.checkout.screen.payment.session.phase, `stuck after ${where}`).toBe('paid')
  expect(real.provider.charges.get('o1'), `not charged once after ${where}`).toBe(1)
}

const RUNS = Number(process.env.RECOURSE_MODEL_RUNS ?? 2000)

/** Runs the model: `runs` random customers, each of at most 14 steps, then `finish`. */
async function model(commands: ReturnType<typeof commandsOf>, runs: number): Promise<void> {
  await fc.assert(
    fc.asyncProperty(
      fc.commands(commands, { maxCommands: 14 }),
      fc.boolean(),
      async (steps, scoped) => {
        const storage = memoryStorage()
        const provider = createSimProvider()
        const scope = scoped ? ['pay', 'o1'] : undefined
        const real: Real = {
          provider,
          storage,
          checkout: mountCheckout({
            provider,
            client: makeClient(storage),
            ...(scope ? { scope } : {}),
          }),
          amount: 10,
          scope,
          log: [],
        }
        try {
          await fc.asyncModelRun(() => ({ model: {}, real }), steps)
          await finish(real)
        } finally {
          cleanup()
        }
      },
    ),
    { numRuns: runs },
  )
}

describe('given random customers against a provider with real idempotency', () => {
  it(`never charges twice, never strands the customer (${RUNS} runs)`, async () => {
    await model(commandsOf(FAULTS, { edits: true }), RUNS)
  }, 600_000)

  // A request the client gave up on (its timeout) may reach the provider after a lookup found no payment for its
  // key. Paying again with the same details must keep that key, so the late request is deduplicated. (New details
  // after a lookup's "not charged" get a new key: docs/architecture.md says what the lookup must promise then.)
  it(`given requests that arrive after the client gave up, and the same details, never charges twice (${Math.ceil(RUNS / 4)} runs)`, async () => {
    await model(commandsOf(FAULTS_WITH_LATE, { edits: false }), Math.ceil(RUNS / 4))
  }, 600_000)
})
