import { RecourseProvider, useRecourse } from '@recourse/react'
import { screen } from '@testing-library/react'
import { renderInKit } from '../../../test/setup/kit.js'
import { describe, expect, it } from 'vitest'
import * as RecourseNotice from './RecourseNotice.js'

// A 403: only support can help, so the notice lists how to reach it.
const forbidden = { status: 403, body: { message: 'Forbidden' } }

function Notice() {
  const view = useRecourse(forbidden)
  return view ? <RecourseNotice.Root view={view} /> : null
}

function renderWithSupportUrl(url: string) {
  return renderInKit(
    <RecourseProvider support={{ url, email: 'help@shop.example' }}>
      <Notice />
    </RecourseProvider>,
  )
}

describe('RecourseNotice, given a support URL', () => {
  it.each([
    'https://shop.example/help',
    'http://shop.example/help',
    '/help',
    'mailto:help@shop.example',
    'tel:+441234567890',
  ])('given %j, links to it', (url) => {
    renderWithSupportUrl(url)
    expect(screen.getByRole('link', { name: 'Help centre' }).getAttribute('href')).toBe(url)
  })

  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
  ])('given %j, renders no link to it, and still the other ways to reach support', (url) => {
    renderWithSupportUrl(url)
    expect(screen.queryByRole('link', { name: 'Help centre' })).toBeNull()
    const hrefs = screen.getAllByRole('link').map((link) => link.getAttribute('href'))
    expect(hrefs).toEqual(['mailto:help@shop.example'])
  })
})
