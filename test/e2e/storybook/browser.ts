import { mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, inject } from 'vitest'
import { chromiumLaunchOptions } from '../../../config/chromium.js'

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

/** An axe violation, as much as a failing test needs to say. */
export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  targets: string[]
}

/**
 * Runs axe-core (WCAG 2.0-2.2 A and AA rules) over `selector` in the page, as the Storybook a11y addon does for
 * stories, and returns the violations.
 */
export async function axeViolations(page: Page, selector = 'body'): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: axePath })
  // Storybook's a11y addon runs axe over a story after it renders, and axe refuses two runs at once in a page:
  // wait for that one to end.
  for (let attempt = 0; ; attempt++) {
    try {
      return await runAxe(page, selector)
    } catch (error) {
      if (attempt >= 40 || !String(error).includes('Axe is already running')) throw error
      await page.waitForTimeout(250)
    }
  }
}

function runAxe(page: Page, selector: string): Promise<AxeViolation[]> {
  return page.evaluate(async (context) => {
    // The script tag above defines window.axe.
    const { axe } = window as unknown as { axe: typeof import('axe-core') }
    const result = await axe.run(context, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    })
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }))
  }, selector)
}

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

  /** A page of the served Storybook that records uncaught exceptions and console errors in `problems`. */
  async function visit(query: URLSearchParams) {
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
    await page.goto(`${inject('storybookUrl')}/iframe.html?${query.toString()}`)
    return { page, problems }
  }

  return {
    /** Opens the story `id` (e.g. 'demo-checkout--default') alone, as Storybook's canvas does. */
    async open(id: string, { args }: { args?: Record<string, string> } = {}) {
      const query = new URLSearchParams({ id, viewMode: 'story' })
      if (args) {
        query.set(
          'args',
          Object.entries(args)
            .map(([key, value]) => `${key}:${value}`)
            .join(';'),
        )
      }
      const visited = await visit(query)
      // The MSW loader runs before the story renders: once the root has content, the mocks answer.
      await visited.page.locator('#storybook-root > *').first().waitFor({ state: 'attached' })
      return visited
    },
    /** Opens the docs page `id` (e.g. 'docs-classification--docs'), rendered. */
    async openDocs(id: string) {
      const visited = await visit(new URLSearchParams({ id, viewMode: 'docs' }))
      await visited.page.locator('#storybook-docs .sbdocs-content h1').first().waitFor()
      return visited
    },
    /** Saves a full-page screenshot under test/e2e/screenshots/<name>.png. */
    async screenshot(page: Page, name: string) {
      await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true })
    },
  }
}
