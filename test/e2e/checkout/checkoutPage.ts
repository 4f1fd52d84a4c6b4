// Drives the checkout demo (apps/checkout, story 'Demo/Checkout') in Chromium from the keyboard only, and watches
// the payment requests it sends: from the browser's side (page.on('request')), on the page's own counter, and
// synchronously inside the page (a `window.fetch` wrapper that counts each payment POST the moment it is sent).
import type { Page } from 'playwright-core'
import { afterAll } from 'vitest'
import { PROVIDER_MOCKS } from '../../../apps/checkout/src/mockApi.ts'
import {
  DEMO_RETRY,
  OUTCOME_LABELS,
  type OutcomeId,
  type ProviderId,
} from '../../../apps/checkout/src/scenarios.ts'
import type { setupStorybook } from '../storybook/browser.ts'

/** Generous: the machine is shared; every wait is for a condition, never a fixed time. */
export const WAIT = { timeout: 15_000 }

export interface PaymentRequestSeen {
  path: string
  idempotencyKey: string | undefined
}

/** Opens the checkout on a scenario (deep link through story args). */
export async function openCheckout(
  storybook: ReturnType<typeof setupStorybook>,
  provider: ProviderId,
  outcome: OutcomeId,
) {
  const { page, problems } = await storybook.open('demo-checkout--default', {
    args: { provider, outcome },
  })
  const payments: PaymentRequestSeen[] = []
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname
    // Payment submissions only: the order-status lookup is a GET.
    if (request.method() === 'POST' && path.startsWith('/api/')) {
      payments.push({ path, idempotencyKey: request.headers()['idempotency-key'] })
    }
  })
  await page.getByRole('heading', { name: 'Checkout', level: 1 }).waitFor(WAIT)
  // The app's `fetchJson` looks `fetch` up on each call, so wrapping it now sees every payment from here on.
  await page.evaluate(countPaymentPosts, PAYMENT_PATHS)
  return { page, problems, payments }
}

const PAYMENT_PATHS = Object.values(PROVIDER_MOCKS).map((mock) => mock.path)

interface CountedWindow {
  checkoutPaymentPosts?: string[]
}

/** Runs in the page: wraps `window.fetch` to record, synchronously, the key of every POST to a payment path. */
function countPaymentPosts(paths: string[]) {
  const counted = window as unknown as CountedWindow & { fetch: typeof fetch }
  if (counted.checkoutPaymentPosts) return
  counted.checkoutPaymentPosts = []
  const original = window.fetch.bind(window)
  counted.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href)
    const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase()
    if (method === 'POST' && paths.includes(url.pathname)) {
      counted.checkoutPaymentPosts?.push(new Headers(init?.headers).get('Idempotency-Key') ?? '')
    }
    return original(input, init)
  }
}

/**
 * The payment POSTs the page has sent (their idempotency keys), counted in the page the moment `fetch` is called:
 * unlike the mock's counter, nothing lags behind (no body read, no mock latency).
 */
export function paymentsSent(page: Page): Promise<string[]> {
  return page.evaluate(() => [...((window as unknown as CountedWindow).checkoutPaymentPosts ?? [])])
}

/**
 * The longest wait before an automatic retry that the demo's retry policy can schedule
 * (`createRecourseQueryClient({ retry: DEMO_RETRY })`, core's `createRetryPolicy`): one retry at most, after a
 * server hint of up to `maxRetryAfterMs` plus up to 5 % jitter, or without a hint after full jitter under
 * `baseDelayMs` (500 ms by default) × 2⁰. A longer hint is never waited for automatically: it is not retried.
 */
export const LONGEST_AUTOMATIC_RETRY_MS = Math.ceil(
  Math.max(DEMO_RETRY.maxRetryAfterMs * 1.05, 500),
)

/**
 * Lets the page run past any automatic retry the policy could have scheduled so far: a page timer of
 * LONGEST_AUTOMATIC_RETRY_MS (+ a margin), set now. Timers fire in order of when they are due, so every retry timer
 * scheduled before this call fires before it, however loaded the machine; the extra hop lets the retry's `fetch`
 * (called right after its timer) happen first. Count with `paymentsSent` afterwards.
 */
export async function settlePastAutomaticRetries(page: Page): Promise<void> {
  await page.evaluate(
    (ms) =>
      new Promise<void>((resolve) => {
        setTimeout(() => setTimeout(resolve, 50), ms)
      }),
    LONGEST_AUTOMATIC_RETRY_MS + 250,
  )
}

/** A short description of the focused element, for assertions and failure messages. */
export function focusedElement(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement
    if (!element || element === document.body) return 'body'
    const tag = element.tagName.toLowerCase()
    const name = element.getAttribute('name')
    if (name) return `${tag}[name=${name}]`
    const slot = element.getAttribute('data-slot')
    const kind = element.getAttribute('data-kind')
    if (slot) return `${tag}[data-slot=${slot}]${kind ? `[data-kind=${kind}]` : ''}`
    if (element.id.startsWith('checkout-')) return `${tag}#${element.id}`
    return `${tag} "${(element.textContent ?? '').trim().slice(0, 60)}"`
  })
}

/** Waits until the focused element is `expected` (as `focusedElement` describes it). */
export async function waitForFocus(page: Page, expected: string): Promise<void> {
  const deadline = Date.now() + WAIT.timeout
  let actual = await focusedElement(page)
  while (actual !== expected) {
    if (Date.now() > deadline) {
      throw new Error(`focus: expected ${expected}, but it is on ${actual}`)
    }
    await page.waitForTimeout(50)
    actual = await focusedElement(page)
  }
}

/** Presses Tab (or Shift+Tab) until focus is on `expected`; fails after `max` presses. */
export async function tabTo(
  page: Page,
  expected: string,
  { backwards = false, max = 30 } = {},
): Promise<void> {
  const seen: string[] = []
  for (let press = 0; press < max; press++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab')
    const now = await focusedElement(page)
    if (now === expected) return
    seen.push(now)
  }
  throw new Error(`Tab never reached ${expected}; it went through: ${seen.join(', ')}`)
}

/** Pays from the keyboard: Tab into the first field of the form, then Enter submits it. */
export async function payFromKeyboard(page: Page): Promise<void> {
  await tabTo(page, 'input[name=cardholder]')
  await page.keyboard.press('Enter')
}

/** The page's own counter, "Payment requests sent: N", as a number. */
export async function requestCounter(page: Page): Promise<number> {
  const text = await page.getByTestId('request-count').textContent()
  return Number(/(\d+)/.exec(text ?? '')?.[1])
}

/**
 * Waits until the kit has stopped retrying on its own: the notice shows from the first failed attempt, with "Still
 * trying: attempt 2 of 2" while the automatic retry runs, and loses that line once the last answer is in.
 */
export async function waitForRetriesSpent(page: Page): Promise<void> {
  await page.locator('[data-slot=notice-progress]').waitFor({ state: 'detached', ...WAIT })
}

/** Waits until the page's counter shows `count`. */
export async function waitForRequests(page: Page, count: number): Promise<void> {
  await page
    .getByTestId('request-count')
    .filter({ hasText: `Payment requests sent: ${count}` })
    .waitFor(WAIT)
}

/** The notice on screen for a failure that is not about a field. */
export function notice(page: Page) {
  return page.locator('section[data-slot=notice]')
}

/** The idempotency keys the mock received, in order (the page's request log). */
export function keysOnPage(page: Page): Promise<string[]> {
  return page
    .locator('.checkout-log [data-key]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-key') ?? ''))
}

type OpenedCheckout = Awaited<ReturnType<typeof openCheckout>>

/**
 * One checkout page for a group of tests (opening a page costs seconds on a busy machine). The first scenario is
 * deep-linked; each next one is chosen on the page's own switcher from the keyboard, then "Start again" gives a
 * fresh checkout, mock and QueryClient. Requests and problems seen are reset for each test.
 */
export function sharedCheckout(storybook: ReturnType<typeof setupStorybook>) {
  let opened: OpenedCheckout | undefined
  afterAll(async () => {
    await opened?.page.close()
  })
  return async (provider: ProviderId, outcome: OutcomeId): Promise<OpenedCheckout> => {
    if (!opened) {
      opened = await openCheckout(storybook, provider, outcome)
      return opened
    }
    await chooseScenario(opened.page, provider, outcome)
    opened.payments.length = 0
    opened.problems.length = 0
    await opened.page.evaluate(() => {
      const counted = window as unknown as CountedWindow
      if (counted.checkoutPaymentPosts) counted.checkoutPaymentPosts.length = 0
    })
    return opened
  }
}

/** Picks a scenario with the switcher, keyboard only: a closed select takes typed letters. */
export async function chooseScenario(page: Page, provider: ProviderId, outcome: OutcomeId) {
  // Out of whatever the last test left focused (a dialog closes on Escape).
  await page.keyboard.press('Escape')
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  await tabTo(page, 'select#checkout-provider')
  // The first word is enough to pick the option (a space would open the list).
  await page.keyboard.type(firstWord(PROVIDER_MOCKS[provider].label))
  await page.keyboard.press('Tab')
  await page.keyboard.type(firstWord(OUTCOME_LABELS[outcome]))
  await tabTo(page, 'button "Start again"')
  await page.keyboard.press('Enter')
  const chosen = await page.evaluate(() => [
    (document.getElementById('checkout-provider') as HTMLSelectElement).value,
    (document.getElementById('checkout-outcome') as HTMLSelectElement).value,
  ])
  if (chosen[0] !== provider || chosen[1] !== outcome) {
    throw new Error(`the switcher shows ${chosen.join('/')}, not ${provider}/${outcome}`)
  }
  await waitForRequests(page, 0)
}

function firstWord(label: string): string {
  return label.split(' ')[0] ?? label
}

/**
 * Stops the page's clock (Playwright's fake timers, for this page's context): from here the page's time moves only
 * when the test moves it (`runClockUntil`, `page.clock.runFor`), so a countdown cannot run out while a busy machine
 * is slow between the test's steps. `page.clock.resume()` lets it flow again.
 */
export async function holdClock(page: Page): Promise<void> {
  await page.clock.install()
  // Paused a moment ahead of the page's time, read again if the page's time got there first (a slow round trip).
  for (let attempt = 0; ; attempt++) {
    const now = await page.evaluate(() => Date.now())
    try {
      await page.clock.pauseAt(now + 250)
      return
    } catch (error) {
      if (attempt >= 20 || !String(error).includes('to the past')) throw error
    }
  }
}

/**
 * Moves the held page clock on in steps of `stepMs` until `done` holds (a mock's latency, a focus on the next frame,
 * a countdown's end): the page's time passes only as far as the page needs, whatever the real time between steps.
 * While a request is on its way, keep the steps small: its trip through the service worker takes real time, and
 * page time that outruns it lets the client's own timeout fire. Returns the page time it took; fails if `done` still
 * does not hold after `maxMs` of page time.
 */
export async function runClockUntil(
  page: Page,
  done: () => Promise<boolean>,
  { maxMs, stepMs }: { maxMs: number; stepMs: number },
): Promise<number> {
  for (let ran = 0; ; ran += stepMs) {
    if (await done()) return ran
    if (ran >= maxMs) throw new Error(`still not so after ${maxMs} ms of the page's time`)
    await page.clock.runFor(stepMs)
  }
}
