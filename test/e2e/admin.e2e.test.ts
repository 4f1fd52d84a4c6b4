import { describe, expect, it } from 'vitest'
import { openDashboard, pressOn, untilShown, widgetHistory } from './admin/dashboard.js'
import { axeViolations, setupStorybook } from './storybook/browser.js'

// The admin dashboard (apps/admin) in Chromium, over the built Storybook, its three APIs mocked by MSW: widgets
// that fail and recover on their own, as a customer and a reviewer drive them. Screenshots of each state land in
// test/e2e/screenshots/admin-*.png.

const storybook = setupStorybook()

/** Generous: Chromium on a busy 2-core machine. */
const SLOW = { timeout: 15_000 }

/**
 * React reports each error an error boundary catches with console.error ("The above error occurred in..."): expected
 * once the widget's failure is meant to reach its boundary, and only for the error `expected` names.
 */
const unexpected = (problems: string[], expected: RegExp) =>
  problems.filter(
    (problem) => !(expected.test(problem) && problem.includes('The above error occurred')),
  )

describe('given the dashboard during an outage of two of its APIs', () => {
  it('should show retry-later notices that wait out Retry-After, then load once retried', async () => {
    const { page, problems, requests, transactions, balances, webhooks } = await openDashboard(
      storybook,
      {
        transactions: 'unavailable',
        transactionsFor: 'next-3-requests',
        balances: 'unavailable',
        balancesFor: 'next-3-requests',
      },
    )
    // The retry policy tries again on its own, after the server's Retry-After; the healthy widget is not held back.
    // Each moment is read from the page's own record: "Trying again…" lasts only as long as the mock's answer.
    const countingDown = await untilShown(page, 'Transactions', (state) =>
      /^Next attempt in \d s$/.test(state.countdown ?? ''),
    )
    const tryingAgain = await untilShown(
      page,
      'Transactions',
      (state) => state.countdown === 'Trying again…',
    )
    expect(tryingAgain.at).toBeGreaterThan(countingDown.at)
    // While the kit retries on its own, the notice offers no button of its own.
    expect(countingDown.disabled).toBeNull()
    expect(tryingAgain.disabled).toBeNull()
    await webhooks.getByRole('table').waitFor(SLOW)
    await storybook.screenshot(page, 'admin-1-outage-retrying-automatically')

    // Out of automatic retries: each notice counts down the server's Retry-After while its button waits.
    const retryTransactions = transactions.getByRole('button', { name: 'Try again' })
    const retryBalances = balances.getByRole('button', { name: 'Try again' })
    await retryTransactions.waitFor(SLOW)
    await storybook.screenshot(page, 'admin-2-outage-countdown')
    // Pressed while it waits, it sends nothing (the count at the end says so too). Looked at and pressed in one step
    // in the page: after a stall of the test past the 2 s countdown, a press would be a real retry.
    await retryTransactions.evaluate((button: HTMLElement) => {
      if (button.getAttribute('aria-disabled') !== 'true') return
      button.focus()
      button.click()
    })
    expect(await axeViolations(page)).toEqual([])

    for (const [widget, retry] of [
      [transactions, retryTransactions],
      [balances, retryBalances],
    ] as const) {
      await expect.poll(() => retry.getAttribute('aria-disabled'), SLOW).toBe('false')
      await widget.getByText('You can try again now.').waitFor()
      await pressOn(retry)
    }
    await transactions.getByRole('table').waitFor(SLOW)
    await balances.getByText('EUR').waitFor(SLOW)
    await storybook.screenshot(page, 'admin-3-outage-recovered')

    // Each button appeared waiting, and became ready about 2 s later (Retry-After: 2).
    for (const widget of ['Transactions', 'Balances']) {
      const [waiting, ready] = (await widgetHistory(page, widget))
        .filter((state) => state.disabled !== null)
        .filter((state, index, states) => state.disabled !== states[index - 1]?.disabled)
      expect(waiting?.disabled).toBe('true')
      expect(ready?.disabled).toBe('false')
      expect((ready?.at ?? 0) - (waiting?.at ?? 0)).toBeGreaterThanOrEqual(1500)
    }
    // Three failed attempts each (the first and two automatic retries), then the customer's retry.
    expect(requests.count('transactions')).toBe(4)
    expect(requests.count('balances')).toBe(4)
    expect(requests.count('webhooks')).toBe(1)
    // Never sooner than the server's `Retry-After: 2` (a little slack for the event's trip from the browser).
    for (const gap of [...requests.gaps('transactions'), ...requests.gaps('balances')])
      expect(gap).toBeGreaterThanOrEqual(1900)
    // The panel counts what the mock server answered: the same requests.
    await page.getByText('Healthy. 4 requests, 3 failed.').first().waitFor()
    expect(
      unexpected(problems, /RecourseFetchError: GET \/stripe\/v1\/balance answered 503/),
    ).toEqual([])
  })
})

describe('given rate-limited APIs', () => {
  it('should retry on their own once the rate limit resets, not before', async () => {
    const { page, problems, requests, transactions, balances } = await openDashboard(storybook, {
      transactions: 'rate-limited',
      transactionsFor: 'next-request',
      balances: 'rate-limited',
      balancesFor: 'next-request',
    })
    // Both wait out the limit, saying when the next attempt goes (read from the page's own record: it lasts 2-3 s).
    for (const widget of ['Balances', 'Transactions'])
      await untilShown(
        page,
        widget,
        (state) =>
          state.title === 'The system is busy' &&
          /^Next attempt in \d s$/.test(state.countdown ?? ''),
      )
    await storybook.screenshot(page, 'admin-4-rate-limited-waiting')

    await balances.getByText('EUR').waitFor(SLOW)
    await transactions.getByRole('table').waitFor(SLOW)
    await storybook.screenshot(page, 'admin-5-rate-limit-over')
    expect(requests.count('balances')).toBe(2)
    expect(requests.count('transactions')).toBe(2)
    // Stripe: `Retry-After: 3`. Mangopay: the exhausted window's `X-RateLimit-Reset`, 2 to 3 s away.
    expect(requests.gaps('balances')[0]).toBeGreaterThanOrEqual(2900)
    expect(requests.gaps('transactions')[0]).toBeGreaterThanOrEqual(1900)
    expect(problems).toEqual([])
  })
})

describe('given a dashboard with its data on screen', () => {
  it('should keep the data and show a toast when a refresh fails, dismissable from the keyboard', async () => {
    const { page, problems, transactions, control } = await openDashboard(storybook)
    await transactions.getByRole('table').waitFor(SLOW)

    // The reviewer drops the transactions API's connection, from the keyboard.
    const outage = control('Transactions API')
    await outage.getByLabel('Failure').selectOption('network')
    await pressOn(outage.getByRole('button', { name: 'Start outage' }))
    await page.getByRole('status').getByText('Transactions API now fails').waitFor()
    await pressOn(transactions.getByRole('button', { name: 'Refresh transactions' }))

    const toast = page.locator('[data-slot="toast"]')
    await toast.waitFor(SLOW)
    expect(await toast.textContent()).toContain('Connection problem')
    // The list stays, marked as not fresh.
    expect(await transactions.getByRole('row').count()).toBe(7)
    await transactions.getByText(/The last refresh failed \(Connection problem\)/).waitFor()
    await storybook.screenshot(page, 'admin-6-background-failure-toast')
    expect(await axeViolations(page)).toEqual([])

    // F8 moves focus to the notifications, Tab to the toast's button, Enter dismisses it.
    await page.keyboard.press('F8')
    const dismiss = toast.getByRole('button', { name: 'Dismiss' })
    for (
      let stop = 0;
      stop < 3 && !(await dismiss.evaluate((button) => button === document.activeElement));
      stop++
    )
      await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await toast.waitFor({ state: 'detached', ...SLOW })

    // Recovered and refreshed: fresh again.
    await pressOn(outage.getByRole('button', { name: 'Recover' }))
    await pressOn(transactions.getByRole('button', { name: 'Refresh transactions' }))
    await transactions.getByText(/The last refresh failed/).waitFor({ state: 'detached', ...SLOW })
    expect(await transactions.getByRole('row').count()).toBe(7)
    expect(problems).toEqual([])
  })
})

describe('given an API error only support can resolve', () => {
  it('should show the reference to quote and how to reach support', async () => {
    const { page, problems, transactions, balances } = await openDashboard(storybook, {
      transactions: 'server-error',
    })
    const notice = transactions.getByRole('region', { name: 'We could not complete this' })
    await notice.getByText('We could not complete this').waitFor(SLOW)
    // Mangopay's error `Id` is the reference: of the last attempt (two automatic retries of a GET came first).
    await transactions.getByText('Reference: 7f3c9a2e-41d5-4b8e-9c60-000000000003').waitFor()
    await transactions.getByRole('button', { name: 'Copy reference' }).waitFor()
    await transactions.getByRole('link', { name: 'payments-ops@admin.example' }).waitFor()
    // The other widgets are unaffected.
    await balances.getByText('EUR').waitFor(SLOW)
    await storybook.screenshot(page, 'admin-7-contact-support-reference')
    expect(problems).toEqual([])
  })
})

describe('given the webhook subscription editor', () => {
  it('should put errors named only in the API text on their fields, reachable from the summary by keyboard', async () => {
    const { page, problems, webhooks } = await openDashboard(storybook)
    const editor = webhooks.getByRole('form', { name: 'New subscription' })
    await editor.waitFor(SLOW)
    await editor.getByLabel('Callback URL').fill('http://hooks.admin.example/new')
    await editor.getByLabel('Consumer key').fill('short-key')
    await pressOn(editor.getByRole('button', { name: 'Save subscription' }))

    // The summary takes focus; each of its links moves focus to its field.
    const summary = editor.locator('[data-slot="error-summary"]')
    await summary.waitFor(SLOW)
    await expect
      .poll(() => summary.evaluate((element) => element === document.activeElement))
      .toBe(true)
    const links = summary.getByRole('link')
    // Worded by each field's control: the subject type, event type and status are selects.
    expect(await links.allTextContents()).toEqual([
      'Select the subject type',
      'Select the event type',
      'Enter the callback URL in the correct format',
      'The consumer key must be between 24 and 97 characters',
      'Enter the field mapping name',
      'Select the status',
    ])
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await expect
      .poll(() =>
        editor.getByLabel('Subject type').evaluate((field) => field === document.activeElement),
      )
      .toBe(true)
    await pressOn(links.nth(3))
    await expect
      .poll(() =>
        editor.getByLabel('Consumer key').evaluate((field) => field === document.activeElement),
      )
      .toBe(true)
    for (const label of [
      'Subject type',
      'Event type',
      'Callback URL',
      'Consumer key',
      'Field mapping name',
      'Status',
    ])
      expect(await editor.getByLabel(label).getAttribute('aria-invalid')).toBe('true')
    // The API's paths and its own words stay out of the page: 'specifications[0]. fieldMappingName' is mapped.
    expect(await webhooks.textContent()).not.toContain('specifications')
    await storybook.screenshot(page, 'admin-8-editor-field-errors')
    expect(await axeViolations(page)).toEqual([])

    // Corrected, saved: the new subscription is listed.
    await editor.getByLabel('Subject type').selectOption('PAYMENT')
    await editor.getByLabel('Event type').selectOption('PAYMENT_AUTHORIZED')
    await editor.getByLabel('Callback URL').fill('https://hooks.admin.example/authorizations')
    await editor.getByLabel('Consumer key').fill('m4Xq8Lr2Tz6Wc0Vb5Np9Hd3Jf')
    await editor.getByLabel('Field mapping name').fill('authorization-v1')
    await editor.getByLabel('Status').selectOption('true')
    await pressOn(editor.getByRole('button', { name: 'Save subscription' }))
    await webhooks.getByText('Subscription sub_03 saved.').waitFor(SLOW)
    await webhooks
      .getByRole('cell', { name: 'https://hooks.admin.example/authorizations' })
      .waitFor()
    await storybook.screenshot(page, 'admin-9-editor-saved')
    expect(problems).toEqual([])
  })
})

describe('given a balance the widget cannot render', () => {
  it('should contain the failure in the boundary, and recover when reloaded', async () => {
    const { page, problems, transactions, balances, control } = await openDashboard(storybook, {
      balances: 'malformed',
    })
    const reload = balances.getByRole('button', { name: 'Reload balances' })
    await reload.waitFor(SLOW)
    await transactions.getByRole('table').waitFor(SLOW)
    await storybook.screenshot(page, 'admin-10-boundary-caught')

    await pressOn(control('Balances API').getByRole('button', { name: 'Recover' }))
    await pressOn(reload)
    await balances.getByText('EUR').waitFor(SLOW)
    // Focus, lost with the button, goes to the recovered widget.
    await expect
      .poll(() =>
        balances
          .locator('[data-slot="boundary"]')
          .evaluate((element) => element === document.activeElement),
      )
      .toBe(true)
    await storybook.screenshot(page, 'admin-11-boundary-recovered')
    expect(unexpected(problems, /MalformedBalanceError/)).toEqual([])
  })
})

describe('given dark mode', () => {
  it('the dashboard fills the canvas: no white frame of Storybook padding around it', async () => {
    const { page, problems } = await storybook.open('demo-admin-dashboard--healthy')
    await page.evaluate(() => {
      for (const element of document.querySelectorAll<HTMLElement>('[data-theme]'))
        element.dataset['theme'] = 'dark'
    })
    const frame = await page.evaluate(() => {
      const themed = document.querySelector('.story-page') as HTMLElement
      const rect = themed.getBoundingClientRect()
      // What the top-left corner of the window shows: the themed page, not the body behind it.
      const corner = document.elementFromPoint(2, 2)
      return {
        left: rect.left,
        top: rect.top,
        right: innerWidth - rect.right,
        cornerThemed: corner !== null && themed.contains(corner),
        background: getComputedStyle(themed).backgroundColor,
      }
    })
    expect(frame).toEqual({
      left: 0,
      top: 0,
      right: 0,
      cornerThemed: true,
      background: 'rgb(22, 24, 29)',
    })
    await storybook.screenshot(page, 'admin-dashboard-dark')
    expect(problems).toEqual([])
    await page.close()
  })
})

describe('given a phone-sized window', () => {
  it('the dashboard reflows at 320 and 390 px: no sideways scroll (WCAG 1.4.10)', async () => {
    const { page, problems, transactions, balances } = await openDashboard(storybook)
    await transactions.getByRole('table').waitFor(SLOW)
    await balances.getByText('EUR').waitFor(SLOW)
    for (const width of [320, 390]) {
      await page.setViewportSize({ width, height: 640 })
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      )
      expect(overflow, `sideways scroll at ${width} px`).toBe(0)
    }
    await storybook.screenshot(page, 'admin-dashboard-320')
    expect(problems).toEqual([])
  })
})
