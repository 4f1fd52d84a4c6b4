// The providers docs page (docs/storybook/providers/Providers.mdx) renders docs/providers.md with, under each
// registered dialect's section, its fixtures classified and its rules: checked here without a browser.
import { allDialects } from '@recourse/core/dialects'
import { render } from '@testing-library/react'
import { ensure, ThemeProvider, themes } from 'storybook/theming'
import { describe, expect, it } from 'vitest'
import { ProviderDocs } from '../../docs/storybook/ProviderDocs.tsx'

// Storybook's Markdown block reads its theme, as on the docs page.
const renderPage = () =>
  render(
    <ThemeProvider theme={ensure(themes.light)}>
      <ProviderDocs />
    </ThemeProvider>,
  )

describe('the providers docs page', () => {
  it('should give each registered dialect a section with its classified samples and its rules', () => {
    const { container } = renderPage()
    const sections = [...container.querySelectorAll('section[data-dialect]')]
    const names = sections.map((section) => section.getAttribute('data-dialect'))
    expect(names.sort()).toEqual([...new Set(allDialects.map((dialect) => dialect.name))].sort())
    for (const section of sections) {
      const name = section.getAttribute('data-dialect') ?? ''
      const results = [...section.querySelectorAll('.docs-sample p')].map((p) => p.textContent)
      expect(results.length, name).toBeGreaterThan(0)
      for (const result of results) {
        expect(result, name).toMatch(/→ (fix-input|declined|retry-later|contact-support) \/ [\w-]+/)
      }
      expect(section.querySelector('h2')?.textContent, name).toContain(name)
    }
  })

  it('should show the recipe for an app of its own provider', () => {
    const { container } = renderPage()
    expect(container.textContent).toContain('Your own provider')
    expect(container.textContent).toContain(
      'createClassifier({ dialects: [acmePay, ...allDialects] })',
    )
  })
})
