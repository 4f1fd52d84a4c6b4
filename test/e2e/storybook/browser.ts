import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, inject } from 'vitest'
import { chromiumLaunchOptions } from '../../../config/chromium.js'

/** Screenshots of each outcome land here (git-ignored): for a reviewer, not compared by the tests. */
export const screenshotDir = join(import.meta.dirname, '../screenshots')

/**
 * One Chromium per test file, and a helper that opens a story of the built Storybook in its own page, with the MSW
 * worker active and the story rendered. Console errors and uncaught exceptions are collected in `problems`.
 */
export function setupStorybook() {
  let browser: Browser | undefined
  beforeAll(async () => {
    browser = await chromium.launch(chromiumLaunchOptions)
    mkdirSync(screenshotDir, { recursive: true })
  }, 60_000)
  afterAll(async () => {
    await browser?.close()
  })

  return {
    /** Opens the story `id` (e.g. 'demo-checkout--default') alone, as Storybook's canvas does. */
    async open(id: string, { args }: { args?: Record<string, string> } = {}) {
      if (!browser) throw new Error('setupStorybook(): the browser is not launched yet')
      const page = await browser.newPage({ reducedMotion: 'reduce' })
      const problems: string[] = []
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`))
      page.on('console', (message) => {
        // The demos answer with 4xx/5xx on purpose; Chromium logs each as "Failed to load resource".
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
          problems.push(`console.error: ${message.text()}`)
        }
      })
      const query = new URLSearchParams({ id, viewMode: 'story' })
      if (args) {
        query.set(
          'args',
          Object.entries(args)
            .map(([key, value]) => `${key}:${value}`)
            .join(';'),
        )
      }
      await page.goto(`${inject('storybookUrl')}/iframe.html?${query.toString()}`)
      // The MSW loader runs before the story renders: once the root has content, the mocks answer.
      await page.locator('#storybook-root > *').first().waitFor({ state: 'attached' })
      return { page, problems }
    },
    /** Saves a full-page screenshot under test/e2e/screenshots/<name>.png. */
    async screenshot(page: Page, name: string) {
      await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true })
    },
  }
}
