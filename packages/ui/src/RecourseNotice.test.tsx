import { RecourseProvider, useRecourse } from '@recourse/react'
import { fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import * as failures from '../../../.storybook/failures.js'
import { renderInKit, ViewOf } from '../../../test/setup/kit.js'
import { resetAnnouncer } from './internal/announce.js'
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

describe('RecourseNotice.Reference, when the copy button is pressed', () => {
  const unknownOutcome = failures.tabapayUnknownOutcome()

  function renderReference() {
    renderInKit(
      <ViewOf error={unknownOutcome}>
        {(view) => (
          <RecourseNotice.Root view={view}>
            <RecourseNotice.Reference />
          </RecourseNotice.Root>
        )}
      </ViewOf>,
    )
    return screen.getByRole('button', { name: 'Copy reference' })
  }

  afterEach(() => {
    resetAnnouncer()
    Reflect.deleteProperty(navigator, 'clipboard')
    window.getSelection()?.removeAllRanges()
  })

  it('copies the reference and says so', async () => {
    const writeText = vi.fn(() => Promise.resolve())
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } })
    fireEvent.click(renderReference())
    expect(await screen.findByText('Reference copied')).toBeTruthy()
    expect(writeText).toHaveBeenCalledWith('TX7Vb3Nc1p')
    expect(window.getSelection()?.rangeCount).toBe(0)
  })

  it('without a clipboard, selects the reference for the customer to copy, and says it could not', async () => {
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined })
    const button = renderReference()
    fireEvent.click(button)
    const reference = button.previousElementSibling!
    expect(reference.textContent).toContain('TX7Vb3Nc1p')
    // The whole reference, and only it, is selected.
    const selection = window.getSelection()!
    expect(selection.rangeCount).toBe(1)
    const range = selection.getRangeAt(0)
    expect([range.startContainer, range.startOffset]).toEqual([reference, 0])
    expect([range.endContainer, range.endOffset]).toEqual([reference, reference.childNodes.length])
    expect(await screen.findByText(/^Copying did not work: the reference is selected/)).toBeTruthy()
  })
})
