// Every checkout scenario (each provider × each outcome) paid once in Chromium, and the screen it ends on
// photographed four ways: light and dark at 1280 px, 390 px wide, and right-to-left. The pictures are for a reviewer
// (test/e2e/screenshots/outcomes/, git-ignored); the test itself checks only that each scenario settles on a screen
// without an error in the page and without sideways scroll at 390 px.
// One page for the whole file: the scenario is switched on the page (a fresh checkout each time), and the theme,
// width and direction are switched in place, so 120 scenarios cost one page load.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  OUTCOMES,
  PROVIDERS,
  type OutcomeId,
  type ProviderId,
} from '../../apps/checkout/src/scenarios.ts'
import { openCheckout, WAIT } from './checkout/checkoutPage.ts'
import { screenshotDir, setupStorybook } from './storybook/browser.ts'

const storybook = setupStorybook()
const outDir = join(screenshotDir, 'outcomes')
const DESKTOP = { width: 1280, height: 900 }
const PHONE = { width: 390, height: 844 }

/** Puts the page's switcher on a scenario: each change starts a fresh checkout (new QueryClient, new mock). */
async function choose(page: Page, provider: ProviderId, outcome: OutcomeId) {
  await page.evaluate(
    ([provider, outcome]) => {
      const set = (id: string, value: string) => {
        const select = document.getElementById(id) as HTMLSelectElement
        if (select.value === value) return
        select.value = value
        select.dispatchEvent(new Event('change', { bubbles: true }))
      }
      set('checkout-provider', provider)
      set('checkout-outcome', outcome)
    },
    [provider, outcome] as const,
  )
  // Start again: a fresh checkout even when the scenario did not change.
  await page.evaluate(() => {
    const start = [...document.querySelectorAll('button')].find(
      (button) => button.textContent === 'Start again',
    )
    start?.click()
  })
  await page
    .getByTestId('request-count')
    .filter({ hasText: 'Payment requests sent: 0' })
    .waitFor(WAIT)
  await page.locator('form[aria-label="Card payment"]').waitFor(WAIT)
}

/** The screens a payment can end on; automatic retries and "Paying…" are over. */
async function settled(page: Page) {
  await page
    .locator(
      'h2#checkout-paid-title, section[data-slot=notice], [data-slot=dialog], [data-slot=error-summary]',
    )
    .first()
    .waitFor(WAIT)
  await page.waitForFunction(
    () => !document.querySelector('.checkout-pay')?.textContent?.includes('Paying'),
    undefined,
    WAIT,
  )
}

/** Light, dark, 390 px and right-to-left, switched in place on the settled screen. */
async function photograph(page: Page, name: string) {
  // The whole page, except under a modal dialog: its overlay is fixed to the window, so a full-page picture would
  // show the page below the window unshaded, which no customer sees.
  const modal = await page.locator('[data-slot=dialog]').count()
  const shot = (variant: string) =>
    page.screenshot({ path: join(outDir, `${name}-${variant}.png`), fullPage: modal === 0 })
  const setTheme = (theme: string) =>
    page.evaluate((theme) => {
      for (const element of document.querySelectorAll<HTMLElement>('[data-theme]'))
        element.dataset['theme'] = theme
    }, theme)
  await shot('light')
  await setTheme('dark')
  await shot('dark')
  await setTheme('light')
  await page.setViewportSize(PHONE)
  // No sideways scroll at 390 px (WCAG 1.4.10 reflow); the screenshot shows where it would come from.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  await shot('390')
  await page.setViewportSize(DESKTOP)
  await page.evaluate(() => document.documentElement.setAttribute('dir', 'rtl'))
  await shot('rtl')
  await page.evaluate(() => document.documentElement.removeAttribute('dir'))
  return { overflow }
}

describe('every checkout outcome, photographed in light, dark, 390 px and RTL', () => {
  let page: Page | undefined
  let problems: string[] = []
  beforeAll(async () => {
    mkdirSync(outDir, { recursive: true })
    const opened = await openCheckout(storybook, 'stripe', 'success')
    page = opened.page
    problems = opened.problems
    await page.setViewportSize(DESKTOP)
  })
  afterAll(async () => {
    await page?.close()
  })

  for (const provider of PROVIDERS) {
    for (const outcome of OUTCOMES) {
      it(`${provider} ${outcome}`, async () => {
        if (!page) throw new Error('no page')
        problems.length = 0
        await choose(page, provider, outcome)
        await page.getByRole('button', { name: 'Pay now' }).click()
        await settled(page)
        const { overflow } = await photograph(page, `${provider}-${outcome}`)
        expect(overflow).toBe(0)
        expect(problems).toEqual([])
      })
    }
  }
})
