// A card checkout that pays through @recourse/react and @recourse/ui against mocked payment APIs: a scenario
// switcher picks the provider and the outcome; the page shows what the customer sees, and what the mock received.
import {
  createRecourseQueryClient,
  RecourseProvider,
  usePaymentMutation,
  useRecourse,
  useRetry,
  type RecourseView,
} from '@recourse/react'
import { fetchJson } from '@recourse/core'
import { allDialects } from '@recourse/core/dialects'
import { ContactSupportDialog, ErrorSummary, RecourseForm, RecourseNotice } from '@recourse/ui'
import { QueryClientProvider } from '@tanstack/react-query'
import { useEffect, useRef, useState, type FormEvent, type ReactNode, type RefObject } from 'react'
import './checkout.css'
import { PROVIDER_MOCKS, scenarioFor } from './mockApi.ts'
import { mockStore, useMockState, type MockState } from './mockStore.ts'
import {
  decimalAmount,
  DEMO_LOOKUP_DELAYS_MS,
  DEMO_RETRY,
  DEMO_TIMEOUT_MS,
  OUTCOME_LABELS,
  orderStatusPath,
  OUTCOMES,
  PROVIDERS,
  type OutcomeId,
  type PaymentRequestBody,
  type ProviderId,
} from './scenarios.ts'

const SUPPORT = {
  email: 'payments@shop.example',
  phone: '+44 20 7946 0000',
  hours: 'Every day, 8:00 to 20:00',
}

/** Every provider's API field paths -> the form's field names (they never clash). */
const FIELD_MAP: Record<string, string> = Object.assign(
  {},
  ...PROVIDERS.map((provider) => PROVIDER_MOCKS[provider].fieldMap),
) as Record<string, string>

/** How messages name the form's fields. */
const LABELS = {
  cardholder: 'the name on the card',
  cardNumber: 'the card number',
  expiry: 'the expiry date',
  cvc: 'the security code',
  amount: 'the amount',
  postcode: 'the billing postcode',
}

/** The order this checkout pays: its payment session (and idempotency key) is scoped by it. */
const ORDER_SCOPE = ['checkout-demo', 'order-1'] as const

/** What the customer typed. Held in memory only: the card number and security code are never sent or shown. */
interface Order {
  provider: ProviderId
  cardholder: string
  cardNumber: string
  expiry: string
  cvc: string
  amount: string
  postcode: string
}

const digitsOf = (value: string) => value.replace(/\D/g, '')

function toRequestBody(order: Order, key: string): PaymentRequestBody {
  const amount = Number.parseFloat(order.amount)
  return {
    reference: key,
    amountMinor: Number.isFinite(amount) ? Math.round(amount * 100) : 0,
    currency: 'GBP',
    cardholder: order.cardholder,
    // A real checkout tokenises the card in the provider's hosted fields; the demo sends the last 4 digits only.
    last4: digitsOf(order.cardNumber).slice(-4),
    expiry: order.expiry,
    postcode: order.postcode,
  }
}

function readOrder(form: HTMLFormElement, provider: ProviderId): Order {
  const data = new FormData(form)
  const text = (name: string) => {
    const value = data.get(name)
    return typeof value === 'string' ? value.trim() : ''
  }
  return {
    provider,
    cardholder: text('cardholder'),
    cardNumber: text('cardNumber'),
    expiry: text('expiry'),
    cvc: text('cvc'),
    amount: text('amount'),
    postcode: text('postcode'),
  }
}

function formatAmount(amount: string): string {
  const value = Number.parseFloat(amount)
  return Number.isFinite(value) ? `£${value.toFixed(2)}` : amount
}

type FieldName = Exclude<keyof Order, 'provider'>

/** The form's fields in page order: the error summary lists them in this order. */
const FIELD_ORDER: readonly FieldName[] = [
  'cardholder',
  'cardNumber',
  'expiry',
  'cvc',
  'amount',
  'postcode',
]

/**
 * The checks every real checkout makes before it sends anything, worded the GOV.UK way (say what is wrong and how
 * to put it right). An order with any of these never reaches the payment API.
 */
export function checkOrder(order: Order): Partial<Record<FieldName, string>> {
  const errors: Partial<Record<FieldName, string>> = {}
  if (order.cardholder === '') errors.cardholder = 'Enter the name on the card'
  const cardDigits = digitsOf(order.cardNumber)
  if (order.cardNumber === '') errors.cardNumber = 'Enter the card number'
  else if (/[^\d ]/.test(order.cardNumber) || cardDigits.length < 12 || cardDigits.length > 19)
    errors.cardNumber = 'Enter a card number of 12 to 19 digits'
  if (order.expiry === '') errors.expiry = 'Enter the expiry date'
  else if (!/^(0[1-9]|1[0-2]) ?\/ ?\d{2}$/.test(order.expiry))
    errors.expiry = 'Enter the expiry date as month and year, like 04/29'
  if (order.cvc === '') errors.cvc = 'Enter the security code'
  else if (!/^\d{3,4}$/.test(order.cvc)) errors.cvc = 'Enter the 3 or 4 digit security code'
  const amount = Number(order.amount)
  if (order.amount === '') errors.amount = 'Enter the amount'
  else if (!/^\d+(\.\d{1,2})?$/.test(order.amount) || !Number.isFinite(amount))
    errors.amount = 'Enter the amount as a number, like 42.00'
  else if (amount <= 0) errors.amount = 'Enter an amount of more than £0'
  if (order.postcode === '') errors.postcode = 'Enter the billing postcode'
  return errors
}

/**
 * The checkout demo: the scenario switcher and what the mock payment API received, beside a checkout that starts
 * afresh for each scenario chosen — its own QueryClient with Recourse's retry policy (one automatic retry, see
 * `DEMO_RETRY`) and its own RecourseProvider (support contact, every provider's field map, the fields' labels).
 */
export function Checkout() {
  const mock = useMockState()
  return (
    <div className="checkout">
      <header className="checkout-header">
        <h1>Checkout</h1>
        <p>
          A demo shop paying through Recourse against a mock payment API. Pick a provider and an
          outcome, then pay.
        </p>
      </header>
      <div className="checkout-layout">
        <CheckoutSession key={mock.session} mock={mock} />
        <aside className="checkout-aside" aria-label="Demo controls">
          <ScenarioSwitcher mock={mock} />
          <MockActivity mock={mock} />
        </aside>
      </div>
    </div>
  )
}

function CheckoutSession({ mock }: { mock: MockState }) {
  const [queryClient] = useState(() =>
    createRecourseQueryClient({
      dialects: allDialects,
      retry: DEMO_RETRY,
      payments: { lookupDelaysMs: DEMO_LOOKUP_DELAYS_MS },
    }),
  )
  // "Leave and come back": the page unmounts (the customer navigated away) and mounts again under the same
  // QueryClient, as a single-page app does. The payment's key and any request under way outlive it.
  const [away, setAway] = useState(false)
  useEffect(() => {
    if (!away) return
    const timer = setTimeout(() => setAway(false), 800)
    return () => clearTimeout(timer)
  }, [away])
  return (
    <QueryClientProvider client={queryClient}>
      <RecourseProvider fieldMap={FIELD_MAP} labels={LABELS} support={SUPPORT}>
        {away ? (
          <div className="checkout-main">
            <p className="checkout-card" role="status">
              You left the checkout. Coming back…
            </p>
          </div>
        ) : (
          <CheckoutPage mock={mock} onLeave={() => setAway(true)} />
        )}
      </RecourseProvider>
    </QueryClientProvider>
  )
}

function CheckoutPage({ mock, onLeave }: { mock: MockState; onLeave: () => void }) {
  const payment = usePaymentMutation({
    mutationKey: ORDER_SCOPE,
    mutationFn: (order: Order, { headers, idempotencyKey }) =>
      fetchJson<unknown>(PROVIDER_MOCKS[order.provider].path, {
        method: 'POST',
        headers: { ...headers, 'Content-Type': 'application/json' },
        body: JSON.stringify(toRequestBody(order, idempotencyKey)),
        timeoutMs: DEMO_TIMEOUT_MS,
      }),
    // The order-status lookup, for a payment that may already have been taken: the kit asks it with backoff after
    // an unknown outcome, and when the customer presses "Check your order status".
    lookup: async ({ idempotencyKey, signal }) => {
      const found = await fetchJson<OrderStatus>(orderStatusPath(mock.provider, idempotencyKey), {
        signal,
      })
      return found.status === 'paid'
        ? { status: 'charged', data: { amountMinor: found.amountMinor, last4: found.last4 } }
        : { status: 'not-charged' }
    },
  })
  const failure = useRecourse(payment)
  const { session } = payment
  // Whether a payment may already have been taken is decided once, by classify, and carried by the session.
  const mayHavePaid = session.processed !== 'no' && !payment.isSuccess
  // Paying again waits for the order status while the payment may have been taken and cannot simply be retried.
  const paused =
    (session.phase === 'unknown' || session.phase === 'checking') && !failure?.retry.allowed
  const busy = payment.isPending || session.inFlight
  // The server said when to come back (Retry-After): Pay now waits for it as the notice's retry button does.
  const { waiting, seconds } = useRetry(failure)
  const waitSeconds = waiting && seconds !== undefined ? seconds : 0

  const checkStatus = () =>
    void payment.checkStatus().then(() =>
      // No payment found: the dialog and the notice its button was in are gone, and focus with them. Pay now is the
      // next step. (A payment found moves focus to the confirmation; one still unknown keeps the dialog.)
      requestAnimationFrame(() => {
        if (document.activeElement === document.body || document.activeElement === null)
          form.current?.querySelector<HTMLElement>('.checkout-pay')?.focus()
      }),
    )
  // Mistakes found before sending: shown on their fields and in a summary; `attempt` counts the submissions that
  // found some, so each one brings the summary back and moves focus to it.
  const [invalid, setInvalid] = useState<{ errors: ClientErrors; attempt: number }>({
    errors: [],
    attempt: 0,
  })
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    // A second press while a request is unanswered joins it in the kit; the demo's button says it is paying.
    if (paused || waitSeconds > 0) return
    const formElement = event.currentTarget
    const order = readOrder(formElement, mock.provider)
    const found = checkOrder(order)
    const errors = FIELD_ORDER.flatMap((name) => {
      const message = found[name]
      if (message === undefined) return []
      const control = formElement.elements.namedItem(name)
      return [{ name, message, target: control instanceof HTMLElement ? control.id : undefined }]
    })
    setInvalid((state) => ({ errors, attempt: errors.length > 0 ? state.attempt + 1 : 0 }))
    if (errors.length > 0) return
    payment.mutate(order)
  }
  // Editing a field clears its own error; the others stay until the next press of Pay now.
  const edited = (name: string) =>
    setInvalid((state) =>
      state.errors.some((error) => error.name === name)
        ? { ...state, errors: state.errors.filter((error) => error.name !== name) }
        : state,
    )
  const startAgain = () => {
    // A new order: the paid one's key is retired, and the next payment gets its own.
    payment.renewIdempotencyKey()
    payment.reset()
  }
  // After a decline: straight to the card number, selected, to type another card.
  const form = useRef<HTMLFormElement>(null)
  const focusCardNumber = () => {
    const cardNumber = form.current?.elements.namedItem('cardNumber')
    if (cardNumber instanceof HTMLInputElement) {
      cardNumber.focus()
      cardNumber.select()
    }
  }
  // The demo's customer tests: two presses of "Pay now" in one moment.
  const doubleClick = () => {
    form.current?.requestSubmit()
    form.current?.requestSubmit()
  }

  return (
    <div className="checkout-main">
      {payment.isSuccess ? (
        <Confirmation
          paid={paidOrder(
            payment.variables,
            session.lookup === 'charged' ? payment.data : undefined,
          )}
          paidAfterRequests={requestsWithLastKey(mock)}
          onStartAgain={startAgain}
        />
      ) : (
        <PaymentForm
          form={form}
          failure={failure}
          invalid={invalid}
          onEdit={edited}
          busy={busy}
          paused={paused}
          waitSeconds={waitSeconds}
          retrying={payment.isPending && payment.failureCount > 0}
          notCharged={session.lookup === 'not-charged' && session.phase === 'failed'}
          onSubmit={submit}
          notice={
            <FailureNotice
              failure={failure}
              mayHavePaid={mayHavePaid}
              orderStatus={session.lookup}
              checkingStatus={session.phase === 'checking'}
              onCheckStatus={checkStatus}
              onAnotherCard={focusCardNumber}
            />
          }
        />
      )}
      <section aria-label="Customer tests" className="checkout-card checkout-tests">
        <button type="button" onClick={doubleClick} disabled={payment.isSuccess}>
          Double-click to pay
        </button>
        <button type="button" onClick={onLeave}>
          Leave and come back
        </button>
      </section>
    </div>
  )
}

type ClientErrors = { name: string; message: string; target: string | undefined }[]

function PaymentForm({
  form,
  failure,
  invalid,
  onEdit,
  notice,
  busy,
  paused,
  waitSeconds,
  retrying,
  notCharged,
  onSubmit,
}: {
  form: RefObject<HTMLFormElement | null>
  failure: RecourseView | undefined
  /** Mistakes found before sending, and how many submissions found some. */
  invalid: { errors: ClientErrors; attempt: number }
  onEdit: (name: string) => void
  /** The notice of a failure that is not about a field: shown in this card, under Pay now. */
  notice: ReactNode
  busy: boolean
  paused: boolean
  /** Seconds left before the server takes a payment again (its Retry-After); 0 when it may be sent. */
  waitSeconds: number
  retrying: boolean
  /** The order status found no payment for the last attempt: paying again is a new payment. */
  notCharged: boolean
  onSubmit: (event: FormEvent<HTMLFormElement>) => void
}) {
  // Only details to correct go to the form (summary, fields); every other failure has its own notice below.
  const waiting = !paused && waitSeconds > 0
  // The checkout's own checks found mistakes: its summary takes focus, as the form's does after the server's.
  const clientSummary = useRef<HTMLDivElement>(null)
  const mistakes = invalid.errors.length > 0 ? invalid.attempt : undefined
  useEffect(() => {
    if (mistakes === undefined) return
    const frame = requestAnimationFrame(() => clientSummary.current?.focus())
    return () => cancelAnimationFrame(frame)
  }, [mistakes])
  // A field's own mistake, as RecourseForm.Field's `error` (it wins over a server message for that field).
  const clientError = (name: string) => {
    const message = invalid.errors.find((error) => error.name === name)?.message
    return message === undefined ? {} : { error: message }
  }
  return (
    <section aria-labelledby="checkout-pay-title" className="checkout-card">
      <h2 id="checkout-pay-title">Pay by card</h2>
      <RecourseForm.Root
        ref={form}
        view={failure}
        onSubmit={onSubmit}
        onInput={(event) => {
          const target = event.target
          if (target instanceof HTMLInputElement) onEdit(target.name)
        }}
        aria-label="Card payment"
      >
        {invalid.errors.length > 0 ? (
          // A new summary for each submission that found mistakes: it takes focus, as the kit's does after a
          // failure from the server.
          <ErrorSummary.Root key={invalid.attempt} ref={clientSummary}>
            <ErrorSummary.Title />
            <ErrorSummary.List>
              {invalid.errors.map(({ message, target }) => (
                <ErrorSummary.Item key={message} {...(target ? { target } : {})}>
                  {message}
                </ErrorSummary.Item>
              ))}
            </ErrorSummary.List>
          </ErrorSummary.Root>
        ) : (
          <ErrorSummary.Root />
        )}
        <RecourseForm.Field name="cardholder" {...clientError('cardholder')} label="Name on card">
          <input autoComplete="cc-name" defaultValue="Ada Lovelace" />
        </RecourseForm.Field>
        <RecourseForm.Field name="cardNumber" {...clientError('cardNumber')} label="Card number">
          <input
            inputMode="numeric"
            autoComplete="cc-number"
            defaultValue="4242 4242 4242 4242"
            spellCheck={false}
          />
        </RecourseForm.Field>
        <div className="checkout-row">
          <RecourseForm.Field
            name="expiry"
            label="Expiry date"
            hint="MM/YY"
            {...clientError('expiry')}
          >
            <input autoComplete="cc-exp" defaultValue="12/29" size={6} />
          </RecourseForm.Field>
          <RecourseForm.Field
            name="cvc"
            {...clientError('cvc')}
            label="Security code"
            hint="3 digits on the back of the card, or 4 on the front of an American Express card"
          >
            <input inputMode="numeric" autoComplete="cc-csc" defaultValue="123" size={5} />
          </RecourseForm.Field>
        </div>
        <RecourseForm.Field name="amount" {...clientError('amount')} label="Amount (£)">
          <input inputMode="decimal" defaultValue="42.00" size={8} />
        </RecourseForm.Field>
        <RecourseForm.Field name="postcode" {...clientError('postcode')} label="Billing postcode">
          <input autoComplete="billing postal-code" defaultValue="SW1A 1AA" size={9} />
        </RecourseForm.Field>
        <button
          type="submit"
          className="checkout-pay"
          aria-disabled={busy || paused || waiting}
          {...(paused || waiting ? { 'aria-describedby': 'checkout-paused' } : {})}
        >
          {busy ? 'Paying…' : 'Pay now'}
        </button>
        {paused ? (
          <p id="checkout-paused" className="checkout-paused">
            Paying again is paused until the order status is checked, so you are not charged twice.
          </p>
        ) : waiting ? (
          // Not live: the notice's countdown already tells the time left.
          <p id="checkout-paused" className="checkout-paused">
            You can pay again in {waitSeconds} s.
          </p>
        ) : null}
        <p className="checkout-progress" aria-live="polite">
          {/* While the kit retries on its own, the notice says which attempt runs; a retry pressed on a temporary
              problem's notice is said by its countdown ("Trying again…"): one voice at a time. */}
          {busy && !retrying && failure?.kind !== 'retry-later'
            ? 'Paying…'
            : notCharged
              ? 'No payment was taken. You can pay again.'
              : ''}
        </p>
      </RecourseForm.Root>
      {notice}
    </section>
  )
}

/** The notice of a failure that is not about a field; it takes focus when it appears, unless a dialog does. */
function FailureNotice({
  failure,
  mayHavePaid,
  orderStatus,
  checkingStatus,
  onCheckStatus,
  onAnotherCard,
}: {
  failure: RecourseView | undefined
  mayHavePaid: boolean
  orderStatus: 'charged' | 'not-charged' | 'unknown' | undefined
  checkingStatus: boolean
  onCheckStatus: () => void
  onAnotherCard: () => void
}) {
  const notice = useRef<HTMLElement>(null)
  const shown = failure !== undefined && failure.kind !== 'fix-input' ? failure : undefined
  if (!shown) return null
  const statusCheck = mayHavePaid ? (
    <div className="checkout-status">
      <button type="button" className="checkout-primary" onClick={onCheckStatus}>
        Check your order status
      </button>
      <p aria-live="polite">
        {checkingStatus
          ? 'Checking your order status…'
          : orderStatus === 'unknown'
            ? 'Your bank has not told us yet. We will keep checking.'
            : ''}
      </p>
    </div>
  ) : null
  const unknown = unknownOutcome(shown)
  return (
    <>
      {/* The payment may have been taken: checking the order status is the one thing to do, so it comes first, as
          the primary button, before the reference and the support contact. The dialog says all of it as it opens,
          and this notice is where focus returns when it closes. Any other failure's notice takes focus itself,
          unless focus is already in it (the retry button the customer just pressed). */}
      <RecourseNotice.Root
        ref={notice}
        view={shown}
        headingLevel={3}
        className="checkout-notice"
        takeFocus={!unknown}
        {...(unknown ? { tabIndex: -1 } : {})}
      >
        <RecourseNotice.Title />
        <RecourseNotice.Body />
        <RecourseNotice.Progress />
        {unknown ? statusCheck : null}
        {shown.kind === 'retry-later' ? (
          <>
            <RecourseNotice.Retry />
            <RecourseNotice.Countdown />
          </>
        ) : null}
        {shown.kind === 'declined' ? (
          <button type="button" onClick={onAnotherCard}>
            Use another card
          </button>
        ) : null}
        {unknown ? null : statusCheck}
        {/* Support is for what only support can fix: not for a decline or a wait. */}
        {shown.kind === 'contact-support' ? (
          <>
            <RecourseNotice.Reference />
            <RecourseNotice.Support />
          </>
        ) : null}
      </RecourseNotice.Root>
      <ContactSupportDialog view={shown} onCheckStatus={onCheckStatus} finalFocus={notice} />
    </>
  )
}

/** A payment that may have been taken and must not be sent again as it is: the dialog's case. */
function unknownOutcome(failure: RecourseView): boolean {
  return (
    failure.kind === 'contact-support' &&
    failure.recourse.processed !== 'no' &&
    !failure.retry.allowed
  )
}

/** The requests that carried the last request's key: one submission's, whatever came before it in the scenario. */
function requestsWithLastKey(mock: MockState): number {
  const last = mock.requests.at(-1)
  return last ? mock.requests.filter((request) => request.key === last.key).length : 0
}

/** What the order status says of a paid order: the amount and the card of the request that took the money. */
interface OrderStatus {
  status: 'paid' | 'not-found'
  amountMinor?: number
  last4?: string
}

/**
 * What was paid, for the confirmation: the order the payment answered, or, for a payment the order status found, the
 * request that took the money. They differ when details edited after a lost answer went out under the same key and
 * were refused: the first request's amount was taken, not the edited one.
 */
function paidOrder(
  order: Order | undefined,
  found: unknown,
): { amount: string; last4: string } | undefined {
  const status = found as Partial<OrderStatus> | undefined
  if (typeof status?.amountMinor === 'number' && typeof status.last4 === 'string')
    return { amount: formatAmount(decimalAmount(status.amountMinor)), last4: status.last4 }
  return order
    ? { amount: formatAmount(order.amount), last4: digitsOf(order.cardNumber).slice(-4) }
    : undefined
}

function Confirmation({
  paid,
  paidAfterRequests,
  onStartAgain,
}: {
  paid: { amount: string; last4: string } | undefined
  paidAfterRequests: number
  onStartAgain: () => void
}) {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    const frame = requestAnimationFrame(() => heading.current?.focus())
    return () => cancelAnimationFrame(frame)
  }, [])
  return (
    <section
      aria-labelledby="checkout-paid-title"
      className="checkout-card checkout-confirmation"
      data-testid="confirmation"
    >
      <h2 id="checkout-paid-title" ref={heading} tabIndex={-1}>
        Payment accepted
      </h2>
      <p>
        {paid
          ? `${paid.amount} was paid with the card ending ${paid.last4}.`
          : 'Your payment was made.'}
      </p>
      <p className="checkout-muted">
        Payment requests it took: {paidAfterRequests}.
        {paidAfterRequests > 1 ? ' You were charged once.' : null}
      </p>
      <button type="button" onClick={onStartAgain}>
        Make another payment
      </button>
    </section>
  )
}

/** Chooses the mock's scenario; each choice (or "Start again") starts a fresh checkout. */
function ScenarioSwitcher({ mock }: { mock: MockState }) {
  const scenario = scenarioFor(mock.provider, mock.outcome)
  const expected = scenario.expected
  return (
    <section aria-labelledby="checkout-scenario-title" className="checkout-card checkout-scenario">
      <h2 id="checkout-scenario-title">Scenario</h2>
      <div className="checkout-select">
        <label htmlFor="checkout-provider">Payment provider</label>
        <select
          id="checkout-provider"
          value={mock.provider}
          onChange={(event) =>
            mockStore.select(event.currentTarget.value as ProviderId, mock.outcome)
          }
        >
          {PROVIDERS.map((provider) => (
            <option key={provider} value={provider}>
              {PROVIDER_MOCKS[provider].label}
            </option>
          ))}
        </select>
      </div>
      <div className="checkout-select">
        <label htmlFor="checkout-outcome">Outcome</label>
        <select
          id="checkout-outcome"
          value={mock.outcome}
          onChange={(event) =>
            mockStore.select(mock.provider, event.currentTarget.value as OutcomeId)
          }
        >
          {OUTCOMES.map((outcome) => (
            <option key={outcome} value={outcome}>
              {OUTCOME_LABELS[outcome]}
            </option>
          ))}
        </select>
      </div>
      <div className="checkout-caption" data-testid="scenario-caption">
        <p>
          <strong>Mocked:</strong> POST <code>{PROVIDER_MOCKS[mock.provider].path}</code> →{' '}
          {scenario.mocked}
        </p>
        {scenario.note ? <p>{scenario.note}</p> : null}
        <p>
          <strong>Expected:</strong>{' '}
          {expected.kind === 'paid'
            ? `paid, after ${expected.requests} request${expected.requests === 1 ? '' : 's'}`
            : `${expected.kind} (${expected.reason}) after ${expected.requests} request${expected.requests === 1 ? '' : 's'}${expected.thenPaid ? '; paid on the next try' : ''}`}
        </p>
        <p>
          <button type="button" onClick={() => mockStore.select(mock.provider, mock.outcome)}>
            Start again
          </button>
        </p>
        <p className="checkout-muted">
          Client timeout {DEMO_TIMEOUT_MS / 1000} s; one automatic retry; a server wait over{' '}
          {DEMO_RETRY.maxRetryAfterMs / 1000} s is shown as a countdown instead.
        </p>
      </div>
    </section>
  )
}

function MockActivity({ mock }: { mock: MockState }) {
  const last = mock.requests.at(-1)
  return (
    <section aria-labelledby="checkout-activity-title" className="checkout-card checkout-activity">
      <h2 id="checkout-activity-title">What the mock provider received</h2>
      {/* Not live: the form's progress line already announces each automatic retry. */}
      <p data-testid="request-count">Payment requests sent: {mock.requests.length}</p>
      <p data-testid="charge-count">Charges taken: {mock.charges}</p>
      <p data-testid="last-key">
        Last idempotency key: {last ? <code>{last.key}</code> : 'none yet'}
      </p>
      {mock.requests.length > 0 ? (
        <ol className="checkout-log" aria-label="Payment requests">
          {mock.requests.map((request) => (
            <li key={request.number} data-key={request.key}>
              <code>{request.key.slice(0, 8)}…</code> → {request.answer}
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  )
}
