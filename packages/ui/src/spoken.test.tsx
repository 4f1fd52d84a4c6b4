// What a screen reader says, and where focus goes, for each failure: said exactly once, focus moved at most once,
// to one place, never to <body>. The Virtual Screen Reader logs what it speaks: focus changes and live regions.
import { virtual } from '@guidepup/virtual-screen-reader'
import { createRecourseQueryClient, RecourseProvider, useRecourse } from '@recourse/react'
import { QueryClientProvider, useQuery } from '@tanstack/react-query'
import { act, fireEvent, screen } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as failures from '../../../.storybook/failures.js'
import { renderInKit, ViewOf } from '../../../test/setup/kit.js'
import { ContactSupportDialog } from './ContactSupportDialog.js'
import { RecourseBoundary } from './RecourseBoundary.js'
import { RecourseToaster } from './RecourseToaster.js'
import * as ErrorSummary from './ErrorSummary.js'
import { ANNOUNCE_DELAY_MS, resetAnnouncer } from './internal/announce.js'
import * as RecourseForm from './RecourseForm.js'
import * as RecourseNotice from './RecourseNotice.js'

/** Every element focus went to, in order (document.body included, if it ever got it). */
let focusMoves: Element[] = []
const onFocusIn = (event: FocusEvent) => focusMoves.push(event.target as Element)

beforeEach(async () => {
  focusMoves = []
  document.addEventListener('focusin', onFocusIn)
  await virtual.start({ container: document.body })
})

afterEach(async () => {
  document.removeEventListener('focusin', onFocusIn)
  await virtual.stop()
  resetAnnouncer()
})

/** Lets every announcement, frame and focus move of the kit happen. */
async function settle() {
  await act(() => new Promise((resolve) => setTimeout(resolve, ANNOUNCE_DELAY_MS * 3)))
}

/** How many phrases in the log contain `text`. */
async function timesSaid(text: string): Promise<number> {
  return (await virtual.spokenPhraseLog()).filter((phrase) => phrase.includes(text)).length
}

/** A card form that shows `error` once "Pay" is pressed. */
function CardForm({ error, summary = true }: { error: unknown; summary?: boolean }) {
  const [submitted, setSubmitted] = useState(false)
  const view = useRecourse(submitted ? error : undefined)
  return (
    <RecourseForm.Root
      view={view}
      aria-label="Card payment"
      onSubmit={(event) => {
        event.preventDefault()
        setSubmitted(true)
      }}
    >
      {summary ? <ErrorSummary.Root /> : null}
      <RecourseForm.Field name="name" label="Name on card">
        <input />
      </RecourseForm.Field>
      <RecourseForm.Field name="cvc" label="Security code">
        <input />
      </RecourseForm.Field>
      {view ? <RecourseNotice.Root view={view} /> : null}
      <button type="submit">Pay</button>
    </RecourseForm.Root>
  )
}

describe('a field error in a form with a summary', () => {
  it('moves focus once, to the summary, which says the title and the error once; the notice says nothing', async () => {
    renderInKit(
      <RecourseProvider labels={{ cvc: 'the security code' }}>
        <CardForm error={failures.stripeIncorrectCvc()} />
      </RecourseProvider>,
    )
    const pay = screen.getByRole('button', { name: 'Pay' })
    act(() => pay.focus())
    focusMoves = []
    fireEvent.submit(pay.closest('form')!)
    await settle()

    const summary = screen.getByRole('group', { name: 'There is a problem' })
    expect(focusMoves).toEqual([summary])
    expect(document.activeElement).toBe(summary)
    const field = screen.getByLabelText('Security code')
    expect(field.getAttribute('aria-invalid')).toBe('true')
    const said = await virtual.spokenPhraseLog()
    // Once: the summary's phrase (its name and, as its description, the list).
    expect(said.filter((phrase) => phrase.includes('There is a problem'))).toHaveLength(1)
    expect(
      said.filter((phrase) => phrase.startsWith('assertive') || phrase.startsWith('polite')),
    ).toEqual([])
    expect(said.at(-1)).toMatch(/^group, There is a problem, /)
    // The notice of the same failure renders nothing: the summary is its one place.
    expect(document.querySelector('[data-slot="notice"]')).toBeNull()
    // The summary's line has the field's words.
    const inline = field.closest('[data-slot="field"]')!.querySelector('[data-slot="field-error"]')!
    expect(inline.textContent).toBe(`Error: ${screen.getByRole('link').textContent}`)
  })

  it('keeps the summary in step with the fields: an edit that clears the message removes its line', async () => {
    renderInKit(<CardForm error={failures.stripeIncorrectCvc()} />)
    fireEvent.submit(screen.getByRole('button', { name: 'Pay' }).closest('form')!)
    await settle()
    const field = screen.getByLabelText('Security code')
    expect(screen.getAllByRole('link')).toHaveLength(1)
    // The customer follows the link to the field, and edits it.
    fireEvent.click(screen.getByRole('link'))
    expect(document.activeElement).toBe(field)
    fireEvent.input(field, { target: { value: '4' } })
    expect(field.getAttribute('aria-invalid')).toBeNull()
    expect(screen.queryByRole('link')).toBeNull()
    expect((field as HTMLInputElement).value).toBe('4')
    // Focus stayed in the field the customer is editing.
    expect(document.activeElement).toBe(field)
  })
})

describe('a field error in a form without a summary', () => {
  it('moves focus once, to the first invalid control, which says its error', async () => {
    renderInKit(<CardForm error={failures.stripeIncorrectCvc()} summary={false} />)
    const pay = screen.getByRole('button', { name: 'Pay' })
    act(() => pay.focus())
    focusMoves = []
    fireEvent.submit(pay.closest('form')!)
    await settle()
    const field = screen.getByLabelText('Security code')
    expect(focusMoves).toEqual([field])
    expect(await virtual.lastSpokenPhrase()).toMatch(/^textbox, Security code, Error: /)
  })
})

describe('a notice', () => {
  it('is said exactly once through the live region, and leaves focus where it is', async () => {
    const error = failures.stripeInsufficientFunds()
    const { rerender } = renderInKit(
      <>
        <button type="button">Pay</button>
        <ViewOf error={error}>{(view) => <RecourseNotice.Root view={view} />}</ViewOf>
      </>,
    )
    act(() => screen.getByRole('button', { name: 'Pay' }).focus())
    focusMoves = []
    await settle()
    // Re-rendered with the same failure: not said again.
    rerender(
      <>
        <button type="button">Pay</button>
        <ViewOf error={error}>
          {(view) => <RecourseNotice.Root view={view} className="again" />}
        </ViewOf>
      </>,
    )
    await settle()
    const title = screen.getByRole('heading').textContent
    expect(await timesSaid(title)).toBe(1)
    expect((await virtual.spokenPhraseLog()).filter((phrase) => phrase.includes(title))[0]).toMatch(
      /^assertive: /,
    )
    expect(focusMoves).toEqual([])
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Pay' }))
  })

  it('failing alike again with no customer action between (an automatic retry, a remount) is not said again; after a press, it is', async () => {
    const notice = (error: unknown) => (
      <>
        <button type="button">Try again</button>
        <ViewOf error={error}>{(view) => <RecourseNotice.Root view={view} />}</ViewOf>
      </>
    )
    const { rerender, unmount } = renderInKit(notice(failures.stripeInsufficientFunds()))
    await settle()
    const title = screen.getByRole('heading').textContent
    // The next attempt fails the same way: a new error object, the same words.
    rerender(notice(failures.stripeInsufficientFunds()))
    await settle()
    // And the notice is mounted anew, as a widget's final failure replaces its retrying one.
    unmount()
    const again = renderInKit(notice(failures.stripeInsufficientFunds()))
    await settle()
    expect(await timesSaid(title)).toBe(1)
    // The customer presses a button, and it fails alike: that is news.
    act(() => screen.getByRole('button', { name: 'Try again' }).click())
    again.rerender(notice(failures.stripeInsufficientFunds()))
    await settle()
    expect(await timesSaid(title)).toBe(2)
  })

  it('with takeFocus, is said once by focus and not also through the live region', async () => {
    renderInKit(
      <ViewOf error={failures.stripeInsufficientFunds()}>
        {(view) => <RecourseNotice.Root view={view} takeFocus />}
      </ViewOf>,
    )
    await settle()
    const notice = screen.getByRole('region')
    expect(focusMoves).toEqual([notice])
    const title = screen.getByRole('heading').textContent
    const said = (await virtual.spokenPhraseLog()).filter((phrase) => phrase.includes(title))
    expect(said).toHaveLength(1)
    expect(said[0]).toMatch(/^region, /)
  })

  it('of a temporary problem says "Trying again…" once, when a retry starts, and no second region speaks', async () => {
    const error = failures.mastercardUnavailable()
    function Retrying() {
      const base = useRecourse(error)
      const [retrying, setRetrying] = useState(false)
      if (!base) return null
      const view = {
        ...base,
        retrying,
        retry: { allowed: true, retryNow: () => (setRetrying(true), true) },
      }
      return <RecourseNotice.Root view={view} />
    }
    renderInKit(<Retrying />)
    await settle()
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }))
    await settle()
    const said = await virtual.spokenPhraseLog()
    const live = said.filter((phrase) => /^(polite|assertive): /.test(phrase))
    expect(live).toHaveLength(2)
    const title = screen.getByRole('heading').textContent ?? ''
    const trying = document.querySelector('[data-slot="notice-countdown"]')?.textContent
    expect(live[0]).toMatch(new RegExp(`^polite: ${title}`))
    expect(live[1]).toBe(`polite: ${trying}`)
  })
})

describe('an unknown payment outcome, shown by a notice and the dialog', () => {
  it('is said once, by the dialog; focus goes once, to its safe action, and back where it was on close', async () => {
    const error = failures.tabapayUnknownOutcome()
    function Page({ failed }: { failed: boolean }) {
      return (
        <RecourseProvider support={{ email: 'help@shop.example' }}>
          <button type="button">Pay</button>
          <ViewOf error={failed ? error : undefined}>
            {(view) => (
              <>
                <RecourseNotice.Root view={view} />
                <ContactSupportDialog view={view} />
              </>
            )}
          </ViewOf>
        </RecourseProvider>
      )
    }
    const { rerender } = renderInKit(<Page failed={false} />)
    act(() => screen.getByRole('button', { name: 'Pay' }).focus())
    focusMoves = []
    rerender(<Page failed />)
    await settle()
    const dialog = screen.getByRole('alertdialog')
    const safe = screen.getByRole('button', { name: 'Check your order status' })
    expect(focusMoves).toEqual([safe])
    const body = dialog.querySelector('[data-slot="dialog-description"]')!.textContent
    const said = await virtual.spokenPhraseLog()
    // Its words are said once, as focus enters the dialog. (The simulator also re-reads an alertdialog's name,
    // never its body, on each attribute Radix sets on it while opening: attribute changes are not announced by
    // screen readers, whose aria-relevant default is "additions text".)
    expect(said.filter((phrase) => phrase.includes(body))).toEqual([
      expect.stringMatching(/^alertdialog, /),
    ])
    // The notice of the same failure is shown but silent: nothing went through the kit's live region.
    expect(document.querySelector('[data-slot="notice"]')!.textContent).toContain(body)
    expect(document.querySelector('[data-slot="announcer"]')!.textContent).toBe('')

    // (The simulator fails on mutations of nodes removed since: it stops before the dialog goes.)
    await virtual.stop()
    fireEvent.click(safe)
    await settle()
    expect(screen.queryByRole('alertdialog')).toBeNull()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Pay' }))
    expect(focusMoves).toEqual([safe, screen.getByRole('button', { name: 'Pay' })])
  })
})

describe('a widget replaced by its boundary after the button that had focus', () => {
  it('moves focus once, to the notice, which focus says and no live region repeats', async () => {
    function Balances() {
      const [broken, setBroken] = useState(false)
      if (broken) throw failures.mastercardUnavailable()
      return (
        <button type="button" onClick={() => setBroken(true)}>
          Refresh balances
        </button>
      )
    }
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    renderInKit(
      <QueryClientProvider client={createRecourseQueryClient()}>
        <RecourseBoundary>
          <Balances />
        </RecourseBoundary>
      </QueryClientProvider>,
    )
    const refresh = screen.getByRole('button', { name: 'Refresh balances' })
    act(() => refresh.focus())
    focusMoves = []
    fireEvent.click(refresh)
    await settle()
    log.mockRestore()
    const notice = document.querySelector('[data-slot="notice"]')!
    expect(focusMoves).toEqual([notice])
    expect(document.activeElement).toBe(notice)
    const title = notice.querySelector('[data-slot="notice-title"]')!.textContent
    expect(await timesSaid(title)).toBe(1)
    expect(await virtual.lastSpokenPhrase()).toMatch(/^region, /)
  })
})

describe('a toast dismissed with Escape', () => {
  it('gives focus back to where it was, not to the empty list', async () => {
    const client = createRecourseQueryClient({
      retry: { maxRetries: 0 },
      defaultOptions: { queries: { throwOnError: false } },
    })
    function Balances() {
      useQuery({
        queryKey: ['balances'],
        queryFn: () => Promise.reject(failures.networkDropOnGet()),
      })
      return <button type="button">Dashboard</button>
    }
    renderInKit(
      <QueryClientProvider client={client}>
        <Balances />
        <RecourseToaster />
      </QueryClientProvider>,
    )
    const toast = await screen.findByRole('listitem')
    const dashboard = screen.getByRole('button', { name: 'Dashboard' })
    act(() => dashboard.focus())
    act(() => toast.focus())
    focusMoves = []
    fireEvent.keyDown(toast, { key: 'Escape' })
    await settle()
    expect(screen.queryByRole('listitem')).toBeNull()
    expect(document.activeElement).toBe(dashboard)
    expect(focusMoves.at(-1)).toBe(dashboard)
    expect(focusMoves).not.toContain(document.body)
  })
})
