// Radix-grade parts, on React 18 and 19 (this file runs in both the unit-dom and the react-18 projects): every
// part forwards its ref, composes the app's event handlers with its own (the app's first; ours unless it called
// preventDefault), and names its missing parent.
import {
  createRecourseQueryClient,
  RecourseProvider,
  useRecourse,
  type RecourseView,
} from '@recourse/react'
import { QueryClientProvider } from '@tanstack/react-query'
import { act, fireEvent, screen } from '@testing-library/react'
import { createRef, useState, type ReactElement } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import * as failures from '../../../.storybook/failures.js'
import { renderInKit, ViewOf } from '../../../test/setup/kit.js'
import * as ErrorSummary from './ErrorSummary.js'
import { resetAnnouncer } from './internal/announce.js'
import * as RecourseForm from './RecourseForm.js'
import * as RecourseNotice from './RecourseNotice.js'
import { RecourseToaster } from './RecourseToaster.js'

afterEach(() => resetAnnouncer())

const nextFrame = () => act(() => new Promise((resolve) => setTimeout(resolve, 50)))

const declined = failures.stripeInsufficientFunds()
const incorrectCvc = failures.stripeIncorrectCvc()
const unknownOutcome = failures.tabapayUnknownOutcome()

/** `render`, with React's error log silenced: a part outside its root throws, and React logs what it caught. */
function renderThrowing(element: ReactElement): unknown {
  const log = vi.spyOn(console, 'error').mockImplementation(() => {})
  try {
    renderInKit(element)
    return undefined
  } catch (error) {
    return error
  } finally {
    log.mockRestore()
  }
}

describe('each part outside its root', () => {
  it.each([
    ['RecourseNotice.Title', <RecourseNotice.Title key="t" />, 'RecourseNotice.Root'],
    ['RecourseNotice.Body', <RecourseNotice.Body key="b" />, 'RecourseNotice.Root'],
    ['RecourseNotice.Retry', <RecourseNotice.Retry key="r" />, 'RecourseNotice.Root'],
    ['RecourseNotice.Countdown', <RecourseNotice.Countdown key="c" />, 'RecourseNotice.Root'],
    ['RecourseNotice.Reference', <RecourseNotice.Reference key="f" />, 'RecourseNotice.Root'],
    ['RecourseNotice.Support', <RecourseNotice.Support key="s" />, 'RecourseNotice.Root'],
    ['RecourseNotice.Fields', <RecourseNotice.Fields key="d" />, 'RecourseNotice.Root'],
    ['ErrorSummary.Title', <ErrorSummary.Title key="t" />, 'ErrorSummary.Root'],
    ['ErrorSummary.List', <ErrorSummary.List key="l" />, 'ErrorSummary.Root'],
    ['ErrorSummary.Item', <ErrorSummary.Item key="i">x</ErrorSummary.Item>, 'ErrorSummary.Root'],
  ])('%s throws an error that names its root', (name, element, root) => {
    const error = renderThrowing(element)
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).message).toBe(`\`${name}\` must be used within \`${root}\``)
  })
})

describe('refs', () => {
  it('reach the element of every notice part, and of the root (null on React 18 before)', () => {
    const refs = {
      root: createRef<HTMLElement>(),
      title: createRef<HTMLHeadingElement>(),
      body: createRef<HTMLParagraphElement>(),
      reference: createRef<HTMLParagraphElement>(),
      support: createRef<HTMLDivElement>(),
    }
    renderInKit(
      <RecourseProvider support={{ email: 'help@shop.example' }}>
        <ViewOf error={unknownOutcome}>
          {(view) => (
            <RecourseNotice.Root view={view} ref={refs.root}>
              <RecourseNotice.Title ref={refs.title} />
              <RecourseNotice.Body ref={refs.body} />
              <RecourseNotice.Reference ref={refs.reference} />
              <RecourseNotice.Support ref={refs.support} />
            </RecourseNotice.Root>
          )}
        </ViewOf>
      </RecourseProvider>,
    )
    expect(refs.root.current?.getAttribute('data-slot')).toBe('notice')
    expect(refs.title.current?.getAttribute('data-slot')).toBe('notice-title')
    expect(refs.body.current?.getAttribute('data-slot')).toBe('notice-body')
    expect(refs.reference.current?.getAttribute('data-slot')).toBe('notice-reference')
    expect(refs.support.current?.getAttribute('data-slot')).toBe('notice-support')
  })

  it('reach the retry button and the countdown', () => {
    const retry = createRef<HTMLButtonElement>()
    const countdown = createRef<HTMLSpanElement>()
    const fields = createRef<HTMLUListElement>()
    renderInKit(
      <>
        <ViewOf error={failures.stripeRateLimited(5)}>
          {(view) => (
            <RecourseNotice.Root view={{ ...view, retry: { ...view.retry, retryNow: () => true } }}>
              <RecourseNotice.Retry ref={retry} />
              <RecourseNotice.Countdown ref={countdown} />
            </RecourseNotice.Root>
          )}
        </ViewOf>
        <ViewOf error={failures.mangopayFieldErrors()}>
          {(view) => (
            <RecourseNotice.Root view={view}>
              <RecourseNotice.Fields ref={fields} />
            </RecourseNotice.Root>
          )}
        </ViewOf>
      </>,
    )
    expect(retry.current?.tagName).toBe('BUTTON')
    expect(countdown.current?.textContent).toMatch(/^Try again in \d s$/)
    expect(fields.current?.tagName).toBe('UL')
  })

  it('reach the form, its fields, the summary and its parts', () => {
    const refs = {
      form: createRef<HTMLFormElement>(),
      field: createRef<HTMLDivElement>(),
      summary: createRef<HTMLDivElement>(),
      title: createRef<HTMLHeadingElement>(),
      list: createRef<HTMLUListElement>(),
      item: createRef<HTMLLIElement>(),
      toaster: createRef<HTMLOListElement>(),
    }
    renderInKit(
      <>
        <ViewOf error={incorrectCvc}>
          {(view) => (
            <RecourseForm.Root view={view} ref={refs.form} aria-label="Payment">
              <RecourseForm.Field name="cvc" label="Security code" ref={refs.field}>
                <input />
              </RecourseForm.Field>
            </RecourseForm.Root>
          )}
        </ViewOf>
        <ErrorSummary.Root ref={refs.summary} takeFocus={false}>
          <ErrorSummary.Title ref={refs.title} />
          <ErrorSummary.List ref={refs.list}>
            <ErrorSummary.Item ref={refs.item}>The card has expired</ErrorSummary.Item>
          </ErrorSummary.List>
        </ErrorSummary.Root>
        <QueryClientProvider client={createRecourseQueryClient()}>
          <RecourseToaster ref={refs.toaster} />
        </QueryClientProvider>
      </>,
    )
    expect(refs.form.current?.tagName).toBe('FORM')
    expect(refs.field.current?.getAttribute('data-slot')).toBe('field')
    expect(refs.summary.current?.getAttribute('data-slot')).toBe('error-summary')
    expect(refs.title.current?.tagName).toBe('H2')
    expect(refs.list.current?.tagName).toBe('UL')
    expect(refs.item.current?.tagName).toBe('LI')
    expect(refs.toaster.current?.tagName).toBe('OL')
  })
})

describe('the three verified bugs', () => {
  it('<ErrorSummary.Root ref={r}> still takes focus', async () => {
    const ref = createRef<HTMLDivElement>()
    renderInKit(
      <ErrorSummary.Root ref={ref}>
        <ErrorSummary.Title />
        <ErrorSummary.List>
          <ErrorSummary.Item>The card has expired</ErrorSummary.Item>
        </ErrorSummary.List>
      </ErrorSummary.Root>,
    )
    await nextFrame()
    expect(ref.current).not.toBeNull()
    expect(document.activeElement).toBe(ref.current)
  })

  it('<ErrorSummary.Root ref={r}> inside a form still takes focus after a failure', async () => {
    const ref = createRef<HTMLDivElement>()
    renderInKit(
      <ViewOf error={incorrectCvc}>
        {(view) => (
          <RecourseForm.Root view={view} aria-label="Payment">
            <ErrorSummary.Root ref={ref} />
            <RecourseForm.Field name="cvc" label="Security code">
              <input />
            </RecourseForm.Field>
          </RecourseForm.Root>
        )}
      </ViewOf>,
    )
    await nextFrame()
    expect(document.activeElement).toBe(ref.current)
  })

  function CvcForm({ onInput }: { onInput: (event: { preventDefault: () => void }) => void }) {
    return (
      <ViewOf error={incorrectCvc}>
        {(view) => (
          <RecourseForm.Root view={view} aria-label="Payment">
            <RecourseForm.Field name="cvc" label="Security code" onInput={onInput}>
              <input />
            </RecourseForm.Field>
          </RecourseForm.Root>
        )}
      </ViewOf>
    )
  }

  it('<RecourseForm.Field onInput={fn}> runs fn and still clears the error', () => {
    const onInput = vi.fn()
    renderInKit(<CvcForm onInput={onInput} />)
    const cvc = screen.getByLabelText('Security code')
    expect(cvc.getAttribute('aria-invalid')).toBe('true')
    fireEvent.input(cvc, { target: { value: '4' } })
    expect(onInput).toHaveBeenCalledTimes(1)
    expect(cvc.getAttribute('aria-invalid')).toBeNull()
  })

  it('<RecourseForm.Field onInput> that prevents the default keeps the error', () => {
    renderInKit(<CvcForm onInput={(event) => event.preventDefault()} />)
    const cvc = screen.getByLabelText('Security code')
    fireEvent.input(cvc, { target: { value: '4' } })
    expect(cvc.getAttribute('aria-invalid')).toBe('true')
  })

  it('refs on RecourseNotice.Root and RecourseForm.Root are the elements', () => {
    const notice = createRef<HTMLElement>()
    const form = createRef<HTMLFormElement>()
    renderInKit(
      <ViewOf error={declined}>
        {(view) => (
          <RecourseForm.Root ref={form} aria-label="Payment">
            <RecourseNotice.Root view={view} ref={notice} />
          </RecourseForm.Root>
        )}
      </ViewOf>,
    )
    expect(notice.current?.tagName).toBe('SECTION')
    expect(form.current?.tagName).toBe('FORM')
  })
})

describe('handlers', () => {
  function RetryNotice({ onClick }: { onClick: (event: { preventDefault: () => void }) => void }) {
    const base = useRecourse(declined)
    const [retries, setRetries] = useState(0)
    if (!base) return null
    const view: RecourseView = {
      ...base,
      kind: 'retry-later',
      retry: { allowed: true, retryNow: () => (setRetries((count) => count + 1), true) },
    }
    return (
      <RecourseNotice.Root view={view}>
        <RecourseNotice.Retry onClick={onClick} />
        <output>{retries}</output>
      </RecourseNotice.Root>
    )
  }

  it("RecourseNotice.Retry runs the app's onClick first, then retries", () => {
    const calls: string[] = []
    renderInKit(<RetryNotice onClick={() => calls.push('app')} />)
    fireEvent.click(screen.getByRole('button'))
    expect(calls).toEqual(['app'])
    expect(screen.getByRole('status').textContent).toBe('1')
  })

  it('RecourseNotice.Retry does not retry when the app prevents the default', () => {
    renderInKit(<RetryNotice onClick={(event) => event.preventDefault()} />)
    fireEvent.click(screen.getByRole('button'))
    expect(screen.getByRole('status').textContent).toBe('0')
  })

  it("ErrorSummary.Item's onNavigate runs first; preventDefault keeps the browser's own jump", () => {
    const onNavigate = vi.fn((event: { preventDefault: () => void }) => event.preventDefault())
    renderInKit(
      <>
        <ErrorSummary.Root takeFocus={false}>
          <ErrorSummary.List>
            <ErrorSummary.Item target="postcode" onNavigate={onNavigate}>
              Enter the postcode
            </ErrorSummary.Item>
            <ErrorSummary.Item target="postcode">Enter it again</ErrorSummary.Item>
          </ErrorSummary.List>
        </ErrorSummary.Root>
        <label htmlFor="postcode">Postcode</label>
        <input id="postcode" />
      </>,
    )
    fireEvent.click(screen.getByRole('link', { name: 'Enter the postcode' }))
    expect(onNavigate).toHaveBeenCalledTimes(1)
    expect(document.activeElement).not.toBe(screen.getByLabelText('Postcode'))
    fireEvent.click(screen.getByRole('link', { name: 'Enter it again' }))
    expect(document.activeElement).toBe(screen.getByLabelText('Postcode'))
  })
})

describe('asChild', () => {
  it('RecourseNotice.Root renders your element, with the standard parts inside when it has none', () => {
    const ref = createRef<HTMLElement>()
    renderInKit(
      <ViewOf error={declined}>
        {(view) => (
          <RecourseNotice.Root view={view} asChild ref={ref}>
            <article className="mine" />
          </RecourseNotice.Root>
        )}
      </ViewOf>,
    )
    const article = document.querySelector('article')!
    expect(ref.current).toBe(article)
    expect(article.className).toBe('mine')
    expect(article.getAttribute('data-kind')).toBe('declined')
    expect(screen.getByRole('heading').textContent).toBe('Your payment was declined')
  })

  it('RecourseNotice.Retry renders your link, with the retry composed in', () => {
    const retryNow = vi.fn(() => true)
    renderInKit(
      <ViewOf error={declined}>
        {(view) => (
          <RecourseNotice.Root
            view={{ ...view, kind: 'retry-later', retry: { allowed: true, retryNow } }}
          >
            <RecourseNotice.Retry asChild>
              <a href="#again">Again</a>
            </RecourseNotice.Retry>
          </RecourseNotice.Root>
        )}
      </ViewOf>,
    )
    const link = screen.getByRole('link', { name: 'Again' })
    expect(link.getAttribute('aria-disabled')).toBe('false')
    fireEvent.click(link)
    expect(retryNow).toHaveBeenCalledTimes(1)
  })

  it('ErrorSummary.Root renders your element', () => {
    renderInKit(
      <ErrorSummary.Root asChild takeFocus={false}>
        <aside>
          <ErrorSummary.Title />
        </aside>
      </ErrorSummary.Root>,
    )
    expect(document.querySelector('aside')?.getAttribute('data-slot')).toBe('error-summary')
  })
})

describe('RecourseNotice.Root without children', () => {
  it.each([
    ['declined', declined, ['notice-title', 'notice-body']],
    ['fix-input', failures.mangopayFieldErrors(), ['notice-title', 'notice-body', 'notice-fields']],
    [
      'contact-support',
      unknownOutcome,
      ['notice-title', 'notice-body', 'notice-reference', 'notice-support'],
    ],
  ])('renders the standard parts for %s', (_kind, error, slots) => {
    renderInKit(
      <RecourseProvider support={{ email: 'help@shop.example' }}>
        <ViewOf error={error}>{(view) => <RecourseNotice.Root view={view} />}</ViewOf>
      </RecourseProvider>,
    )
    const shown = [...document.querySelectorAll('[data-slot="notice"] > [data-slot]')].map((node) =>
      node.getAttribute('data-slot'),
    )
    expect(shown).toEqual(slots)
  })
})
