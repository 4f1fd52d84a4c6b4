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

/** One change of a retry button's `aria-disabled`, seen in the page. */
export interface RetryButtonState {
  widget: string
  disabled: string | null
  at: number
}

/**
 * Records, in the page itself, each change of the notices' retry buttons (waiting or ready) per widget, with the
 * page's clock: the countdown is checked from what the page did, whatever the delays of a busy test machine.
 */
export async function watchRetryButtons(page: Page) {
  await page.evaluate(() => {
    const history: RetryButtonState[] = []
    ;(window as unknown as { retryButtonHistory: RetryButtonState[] }).retryButtonHistory = history
    const record = () => {
      for (const button of document.querySelectorAll('[data-slot="notice-retry"]')) {
        const widget =
          button.closest('[data-slot="admin-widget"]')?.querySelector('h2')?.textContent ?? ''
        const disabled = button.getAttribute('aria-disabled')
        const last = history.filter((state) => state.widget === widget).at(-1)
        if (last?.disabled !== disabled) history.push({ widget, disabled, at: Date.now() })
      }
    }
    new MutationObserver(record).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['aria-disabled'],
    })
    record()
  })
  return {
    /** The states the widget's retry button went through. */
    history: async (widget: string) =>
      (
        await page.evaluate(
          () =>
            (window as unknown as { retryButtonHistory: RetryButtonState[] }).retryButtonHistory,
        )
      ).filter((state) => state.widget === widget),
  }
}
