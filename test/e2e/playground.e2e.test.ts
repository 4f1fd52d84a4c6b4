// The classifier playground (apps/playground) at the widths a reviewer uses: 1440 and 1280 px side by side, 390 px
// in one column. Nothing sticks out of its panel, no panel overlaps another, the page never scrolls sideways.
// Screenshots (light and dark at each width) go to test/e2e/screenshots/ (git-ignored).
import { describe, expect, it } from 'vitest'
import { setupStorybook } from './storybook/browser.ts'

const storybook = setupStorybook()

interface Box {
  what: string
  left: number
  right: number
  top: number
  bottom: number
}

describe('the classifier playground', () => {
  it('fits 1440, 1280 and 390 px: no overflow, no overlap, no sideways scroll', async () => {
    const { page, problems } = await storybook.open('demo-classifier-playground--playground')
    await page.locator('[data-fact="kind"]').waitFor()
    for (const width of [1440, 1280, 390]) {
      await page.setViewportSize({ width, height: 900 })
      const layout = await page.evaluate(() => {
        const box = (element: Element, what: string): Box => {
          const rect = element.getBoundingClientRect()
          return { what, left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom }
        }
        const panels = [...document.querySelectorAll('.playground-panel')]
        const sticking: string[] = []
        panels.forEach((panel, index) => {
          const outer = box(panel, `panel ${index}`)
          for (const element of panel.querySelectorAll('select, textarea, input, table, pre, dl')) {
            const inner = box(element, element.tagName.toLowerCase())
            // Not laid out (the JSON inside a closed <details>): nothing to stick out.
            if (inner.right === inner.left) continue
            if (inner.right > outer.right + 0.5 || inner.left < outer.left - 0.5) {
              sticking.push(
                `${inner.what} in ${outer.what}: ${inner.left}-${inner.right} of ${outer.left}-${outer.right}`,
              )
            }
          }
        })
        const boxes = panels.map((panel, index) => box(panel, `panel ${index}`))
        const overlaps: string[] = []
        boxes.forEach((a, i) =>
          boxes.slice(i + 1).forEach((b) => {
            const apart =
              a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top
            if (!apart) overlaps.push(`${a.what} and ${b.what}`)
          }),
        )
        const root = document.documentElement
        return {
          sideways: root.scrollWidth - root.clientWidth,
          sticking,
          overlaps,
          font: getComputedStyle(document.querySelector('.playground') as Element).fontFamily,
        }
      })
      expect({ width, ...layout }).toMatchObject({
        width,
        sideways: 0,
        sticking: [],
        overlaps: [],
      })
      expect(layout.font).toMatch(/system-ui/)
      await storybook.screenshot(page, `playground-${width}-light`)
      await page.evaluate(() => {
        for (const element of document.querySelectorAll<HTMLElement>('[data-theme]'))
          element.dataset['theme'] = 'dark'
      })
      await storybook.screenshot(page, `playground-${width}-dark`)
      await page.evaluate(() => {
        for (const element of document.querySelectorAll<HTMLElement>('[data-theme]'))
          element.dataset['theme'] = 'light'
      })
    }
    expect(problems).toEqual([])
    await page.close()
  })
})
