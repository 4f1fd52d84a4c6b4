// Helpers for driving the admin dashboard story in Chromium: open it on a scenario with every API request recorded
// from the first one, and find its widgets and controls by their accessible names.
import type { Page } from 'playwright-core'
import type { setupStorybook } from '../storybook/browser.js'

export const DASHBOARD_STORY = 'demo-admin-dashboard--healthy'

/** The mocked APIs, by the path their requests go to. */
export const ENDPOINTS = {
  transactions: '/mangopay/v2.01/recourse-demo/transactions',
  balances: '/stripe/v1/balance',
  webhooks: '/mastercard/commercial-event-notifications/subscriptions',
} as const
export type Endpoint = keyof typeof ENDPOINTS

/** When each API request left the page, in ms since the epoch, per API. */
export interface RequestLog {
  times: (endpoint: Endpoint) => number[]
  count: (endpoint: Endpoint) => number
  /** The time between each request and the next. */
  gaps: (endpoint: Endpoint) => number[]
}

/**
 * Opens the dashboard story on the outages in `args` (the story's args, as a deep link carries them) and records
 * every request to the mocked APIs. The page is loaded twice: the recording starts with the second document, so
 * its very first request is counted (the harness navigates before a listener could be attached).
 */
export async function openDashboard(
  storybook: ReturnType<typeof setupStorybook>,
  args: Record<string, string> = {},
) {
  const { page, problems } = await storybook.open(DASHBOARD_STORY, { args })
  const log: Record<Endpoint, number[]> = { transactions: [], balances: [], webhooks: [] }
  let recording = false
  page.on('request', (request) => {
    if (!recording) return
    const path = new URL(request.url()).pathname
    for (const endpoint of Object.keys(ENDPOINTS) as Endpoint[]) {
      if (path.startsWith(ENDPOINTS[endpoint])) log[endpoint].push(Date.now())
    }
  })
  page.once('domcontentloaded', () => {
    recording = true
  })
  await page.addInitScript(recordWidgets)
  await page.reload()
  await page.locator('#storybook-root > *').first().waitFor({ state: 'attached' })
  problems.length = 0
  const requests: RequestLog = {
    times: (endpoint) => [...log[endpoint]],
    count: (endpoint) => log[endpoint].length,
    gaps: (endpoint) =>
      log[endpoint].slice(1).map((time, index) => time - (log[endpoint][index] ?? 0)),
  }
  return { page, problems, requests, ...parts(page) }
}

/** The dashboard's regions and the outage control's groups. */
export function parts(page: Page) {
  return {
    transactions: page.getByRole('region', { name: 'Transactions' }),
    balances: page.getByRole('region', { name: 'Balances' }),
    webhooks: page.getByRole('region', { name: 'Webhook subscriptions' }),
    control: (api: 'Transactions API' | 'Balances API' | 'Webhook subscriptions API') =>
      page.getByRole('group', { name: api }),
  }
}

/** Moves focus to an element and presses a key on it: the keyboard path, without counting Tab stops. */
export async function pressOn(
  locator: ReturnType<Page['locator']>,
  key: 'Enter' | 'Space' = 'Enter',
) {
  await locator.focus()
  await locator.press(key)
}

/** One state of a widget's notice, as the page showed it: what changed, and when (the page's clock). */
export interface WidgetState {
  widget: string
  /** The notice's title; null without a notice. */
  title: string | null
  /** What its countdown says ("Next attempt in 2 s", "Trying again…"); null without one. */
  countdown: string | null
  /** The retry button's `aria-disabled`; null without a button. */
  disabled: string | null
  at: number
}

/**
 * Installed before the document loads: records, in the page itself, each state every widget's notice goes through.
 * The states that last a moment (an automatic retry's "Trying again…" lasts as long as the mock's 150 ms answer)
 * are checked from what the page did, whatever the delays of a busy test machine between its steps.
 */
function recordWidgets() {
  const history: WidgetState[] = []
  ;(window as unknown as { widgetHistory: WidgetState[] }).widgetHistory = history
  const last = new Map<string, string>()
  const text = (scope: Element, slot: string) =>
    scope.querySelector(`[data-slot="${slot}"]`)?.textContent ?? null
  const record = () => {
    for (const element of document.querySelectorAll('[data-slot="admin-widget"]')) {
      const widget = element.querySelector('h2')?.textContent ?? ''
      const state = {
        title: text(element, 'notice-title'),
        countdown: text(element, 'notice-countdown') || null,
        disabled:
          element.querySelector('[data-slot="notice-retry"]')?.getAttribute('aria-disabled') ??
          null,
      }
      const key = JSON.stringify(state)
      if (last.get(widget) === key) continue
      last.set(widget, key)
      history.push({ widget, ...state, at: Date.now() })
    }
  }
  new MutationObserver(record).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['aria-disabled'],
  })
}

/** The states the widget's notice went through since the page loaded, in order (see `recordWidgets`). */
export async function widgetHistory(page: Page, widget: string): Promise<WidgetState[]> {
  const history = await page.evaluate(
    () => (window as unknown as { widgetHistory?: WidgetState[] }).widgetHistory ?? [],
  )
  return history.filter((state) => state.widget === widget)
}

/** Waits until the widget's notice has shown `state` at some moment (not only now: it may have passed). */
export async function untilShown(
  page: Page,
  widget: string,
  state: (seen: WidgetState) => boolean,
  timeout = 15_000,
): Promise<WidgetState> {
  const deadline = Date.now() + timeout
  for (;;) {
    const seen = (await widgetHistory(page, widget)).find(state)
    if (seen) return seen
    if (Date.now() > deadline) {
      throw new Error(
        `${widget} never showed the state looked for; it showed:\n` +
          JSON.stringify(await widgetHistory(page, widget), null, 1),
      )
    }
    await page.waitForTimeout(50)
  }
}
