import { classify, describe, fetchJson } from '@recourse/core'
import { usePaymentMutation, useRecourse } from '@recourse/react'
import { RecourseNotice } from '@recourse/ui'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { http, HttpResponse } from 'msw'
import { useState } from 'react'
import { expect, userEvent, within } from 'storybook/test'

// The examples of "Getting started", running against a mocked payment API that declines for insufficient funds.

const meta: Meta = {
  title: 'Docs/Getting started/Examples',
  tags: ['!autodocs'],
  beforeEach({ msw }) {
    msw.use(
      http.post('/api/payments', () =>
        HttpResponse.json(
          {
            error: {
              type: 'card_error',
              code: 'card_declined',
              decline_code: 'insufficient_funds',
              message: 'Your card has insufficient funds.',
            },
          },
          { status: 402, headers: { 'Request-Id': 'req_8Xq2LmT0aB' } },
        ),
      ),
    )
  },
}
export default meta
type Story = StoryObj

interface Shown {
  kind: string
  title: string
  body: string
  action: string
  fields: ReturnType<typeof describe>['fields']
  reference: string | undefined
}

/** The README's example, as written there: `fetchJson`, `classify`, `describe`. */
function CoreExample() {
  const [shown, show] = useState<Shown>()
  const pay = async () => {
    const body = JSON.stringify({ amount: 4200, currency: 'GBP' })
    const submissionId = crypto.randomUUID()
    try {
      await fetchJson('/api/payments', {
        method: 'POST',
        body,
        idempotencyKey: submissionId,
        timeoutMs: 40_000,
      })
    } catch (error) {
      const recourse = classify(error)
      const { title, body, action, fields, reference } = describe(recourse)
      show({ kind: recourse.kind, title, body, action, fields, reference })
    }
  }
  return (
    <>
      <button type="button" onClick={() => void pay()}>
        Pay £42.00
      </button>
      {shown ? (
        <section aria-label="What describe() returned" data-kind={shown.kind}>
          <h2>{shown.title}</h2>
          <p>{shown.body}</p>
          <p>
            Next step: <strong>{shown.action}</strong>
          </p>
          {/* `describe` introduces the reference itself ("Reference: …", in the catalog's language). */}
          {shown.reference ? <p>{shown.reference}</p> : null}
        </section>
      ) : null}
    </>
  )
}

export const WithCore: Story = {
  render: () => <CoreExample />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Pay £42.00' }))
    const shown = await canvas.findByRole('region', { name: 'What describe() returned' })
    await expect(shown).toHaveAttribute('data-kind', 'declined')
    await expect(shown).toHaveTextContent('req_8Xq2LmT0aB')
    await expect(shown).not.toHaveTextContent(/Reference: Reference/)
  },
}

/** The same with the hooks and a notice: one idempotency key per payment, the copy and the focus handled. */
function ReactExample() {
  const payment = usePaymentMutation({
    mutationFn: (order: { amount: number }, { headers }) =>
      fetchJson('/api/payments', { method: 'POST', headers, body: JSON.stringify(order) }),
  })
  const failure = useRecourse(payment)
  return (
    <>
      <button type="button" onClick={() => payment.mutate({ amount: 4200 })}>
        Pay £42.00
      </button>
      {failure ? <RecourseNotice.Root view={failure} /> : null}
    </>
  )
}

export const WithReact: Story = {
  render: () => <ReactExample />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Pay £42.00' }))
    const notice = await canvas.findByRole('region', { name: /declined/i })
    await expect(notice).toHaveAttribute('data-kind', 'declined')
  },
}
