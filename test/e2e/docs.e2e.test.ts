import type { RecourseRule } from '@recourse/core'
import { allDialects } from '@recourse/core/dialects'
import {
  checkRules,
  outcomeRules,
  sourceRules,
  statusRules,
} from '../../packages/core/src/statusRules.ts'
import { describe, expect, inject, it } from 'vitest'
import { axeViolations, setupStorybook } from './storybook/browser.js'

// The Storybook docs pages render, without errors or axe violations, and the tables they generate from the rules data
// show every rule.

const storybook = setupStorybook()

const pages = [
  'docs-getting-started--docs',
  'docs-classification--docs',
  'docs-retry-and-double-charge-policy--docs',
  'docs-accessibility--docs',
  'docs-providers--docs',
]

const ids = (rules: readonly RecourseRule[]) => rules.map((rule) => rule.id)

describe('docs pages', () => {
  it.each(pages)('%s renders, with no error and no axe violation', async (id) => {
    const { page, problems } = await storybook.openDocs(id)
    await storybook.screenshot(page, id)
    expect(await axeViolations(page, '#storybook-docs')).toEqual([])
    expect(problems).toEqual([])
    await page.close()
  })

  it('the classification page lists every rule, in order, from the rules data', async () => {
    const { page } = await storybook.openDocs('docs-classification--docs')
    const shown = await page.locator('table.docs-rules tbody th code').allTextContents()
    expect(shown).toEqual([
      ...ids(statusRules),
      ...ids(sourceRules),
      ...ids(outcomeRules),
      ...allDialects.flatMap((dialect) => ids(dialect.rules)),
      ...ids(checkRules),
    ])
    await page.close()
  })

  it('getting started shows the README example as written, and runs it', async () => {
    const { page } = await storybook.openDocs('docs-getting-started--docs')
    // Runnable: the first example's button pays against the mocked API, and describe()'s words appear.
    await page.getByRole('button', { name: 'Pay £42.00' }).first().click()
    await page
      .getByRole('region', { name: 'What describe() returned' })
      .getByText('req_8Xq2LmT0aB')
      .waitFor()
    const code = await page.locator('#storybook-docs pre').allInnerTexts()
    expect(code.join('\n')).toContain(
      "try {\n  await fetchJson('/api/payments', {\n    method: 'POST',",
    )
    // The packages are not published: no install command that would 404.
    expect(code.join('\n')).not.toMatch(/(pnpm|npm|yarn) (add|install|i) @recourse/)
    // Each example's frame is as tall as its content, not the window.
    const window = await page.evaluate(() => innerHeight)
    const frames = await page
      .locator('.docs-story')
      .evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().height))
    expect(frames.length).toBeGreaterThan(0)
    for (const height of frames) expect(height).toBeLessThan(window / 2)
    await page.close()
  })

  it('Storybook opens on Getting started: the first entry of its index', async () => {
    const response = await fetch(`${inject('storybookUrl')}/index.json`)
    const index = (await response.json()) as { entries: Record<string, { id: string }> }
    expect(Object.values(index.entries)[0]?.id).toBe('docs-getting-started--docs')
  })

  it('the providers page has a section per registered dialect, its samples classified as the page loads', async () => {
    const { page } = await storybook.openDocs('docs-providers--docs')
    const shown = await page
      .locator('section[data-dialect]')
      .evaluateAll((sections) => sections.map((section) => section.getAttribute('data-dialect')))
    expect(shown.sort()).toEqual([...new Set(allDialects.map((dialect) => dialect.name))].sort())
    for (const name of shown) {
      const results = await page
        .locator(`section[data-dialect="${name}"] .docs-sample p`)
        .allTextContents()
      expect(results.length, name ?? '').toBeGreaterThan(0)
      for (const result of results) {
        expect(result).toMatch(/→ (fix-input|declined|retry-later|contact-support) \/ [\w-]+/)
      }
    }
    await page.close()
  })
})
