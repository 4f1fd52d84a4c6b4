// Every component of @recourse/ui on one page, loaded under a strict Content-Security-Policy by csp.test.ts.
import { RecourseFetchError } from '@recourse/core'
import { stripe } from '@recourse/core/dialects/stripe'
import { createRecourseQueryClient, RecourseProvider, useRecourse } from '@recourse/react'
import {
  ContactSupportDialog,
  ErrorSummary,
  RecourseBoundary,
  RecourseForm,
  RecourseNotice,
  RecourseToaster,
} from '@recourse/ui'
import '@recourse/ui/styles.css'
import { QueryClientProvider, useMutation, useQuery } from '@tanstack/react-query'
import { StrictMode, useState } from 'react'
import { createRoot } from 'react-dom/client'

const fail = (status: number, body: unknown) =>
  new RecourseFetchError({
    source: 'http',
    status,
    body,
    method: 'POST',
    url: '/pay',
    idempotent: false,
  })

function Checkout() {
  const payment = useMutation({
    mutationFn: () =>
      Promise.reject(
        fail(402, {
          error: { type: 'card_error', code: 'incorrect_cvc', param: 'cvc', message: '<b>x</b>' },
        }),
      ),
  })
  const view = useRecourse(payment)
  return (
    <RecourseForm.Root
      view={view}
      aria-label="Payment"
      onSubmit={(event) => {
        event.preventDefault()
        payment.mutate()
      }}
    >
      <ErrorSummary.Root />
      <RecourseForm.Field name="cvc" label="Security code">
        <input />
      </RecourseForm.Field>
      <button type="submit">Pay</button>
    </RecourseForm.Root>
  )
}

function DeclinedWithMarkup() {
  const payment = useMutation({
    mutationFn: () =>
      Promise.reject(
        fail(402, {
          error: {
            type: 'card_error',
            code: 'card_declined',
            message: '<img src=x onerror="window.__xss=1">Declined',
          },
        }),
      ),
  })
  const view = useRecourse(payment)
  return (
    <RecourseForm.Root
      view={view}
      aria-label="Second payment"
      onSubmit={(event) => {
        event.preventDefault()
        payment.mutate()
      }}
    >
      {view ? <RecourseNotice.Root view={view} /> : null}
      <button type="submit">Pay again</button>
    </RecourseForm.Root>
  )
}

function Unknown() {
  const [error] = useState(() => fail(207, { SC: 207, status: 'UNKNOWN', transactionID: 'TX1' }))
  const failure = useRecourse(error)
  return failure ? (
    <>
      <RecourseNotice.Root view={failure} />
      <ContactSupportDialog view={failure} />
    </>
  ) : null
}

function Widget() {
  useQuery({
    queryKey: ['w'],
    queryFn: () => Promise.reject(new TypeError('Failed to fetch')),
    throwOnError: true,
  })
  return null
}

function Balances() {
  // Failing behind the page (no boundary): a toast, not a crash.
  useQuery({
    queryKey: ['b'],
    queryFn: () => Promise.reject(fail(503, {})),
    retry: false,
    throwOnError: false,
  })
  return <p>Balances</p>
}

const client = createRecourseQueryClient({ dialects: [stripe], retry: { maxRetries: 0 } })
createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <QueryClientProvider client={client}>
      <RecourseProvider support={{ email: 'help@shop.example' }}>
        <main>
          <Checkout />
          <DeclinedWithMarkup />
          <Unknown />
          <RecourseBoundary>
            <Widget />
          </RecourseBoundary>
          <Balances />
          <RecourseToaster />
        </main>
      </RecourseProvider>
    </QueryClientProvider>
  </StrictMode>,
)
