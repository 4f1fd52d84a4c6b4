// Render cost of the React layer, counted with React's Profiler in a DOM (happy-dom): how many commits and
// component renders an error -> retry -> success cycle takes with and without `useRecourse`, the same for a query
// the client retries on its own (two failed attempts, then a success: `useRecourse` shows each failure and "Still
// trying: attempt N", where the plain screen keeps its spinner), and what a 50-field
// `RecourseForm` does when 50 server errors arrive and when the customer then edits one field.
// `pnpm bench` runs it on the built packages (scripts/bench-render.mjs); test/bench/renderCost.test.tsx asserts
// the counts, which are deterministic. Commit times are printed only: they vary from run to run, and are those of
// React's development build (the Profiler reports nothing in the production build).
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { useRecourse } from '@recourse/react'
import { RecourseForm } from '@recourse/ui'
import { act, Profiler, type ProfilerOnRenderCallback, type ReactNode } from 'react'
import { createRoot, type Root } from 'react-dom/client'

/** One step of a scenario: Profiler commits of the measured tree, component renders, and commit time. */
export interface StepCost {
  step: string
  /** Commits in which the measured tree rendered (Profiler `onRender` calls). */
  commits: number
  /** Times the measured component's function ran (a render-phase update runs it again before the commit). */
  renders: number
  /** Sum of the Profiler's `actualDuration`, in ms (development build). */
  commitMs: number
}

export interface CycleCost {
  variant: string
  steps: StepCost[]
}

export interface FieldStepCost extends StepCost {
  /** Fields whose subtree rendered in this step. */
  fieldsRendered: number
  /** The most renders one field had in this step. */
  maxRendersPerField: number
}

export interface FormCost {
  fields: number
  serverErrors: number
  steps: FieldStepCost[]
}

interface Meter {
  commits: number
  renders: number
  commitMs: number
  onRender: ProfilerOnRenderCallback
  /** Called by the measured component each time its function runs. */
  countRender: () => void
}

function createMeter(): Meter {
  const meter: Meter = {
    commits: 0,
    renders: 0,
    commitMs: 0,
    onRender: (_id, _phase, actualDuration) => {
      meter.commits++
      meter.commitMs += actualDuration
    },
    countRender: () => {
      meter.renders++
    },
  }
  return meter
}

interface Deferred {
  promise: Promise<string>
  resolve: (value: string) => void
  reject: (error: unknown) => void
}

function deferred(): Deferred {
  let resolve: Deferred['resolve'] = () => undefined
  let reject: Deferred['reject'] = () => undefined
  const promise = new Promise<string>((onResolve, onReject) => {
    resolve = onResolve
    reject = onReject
  })
  return { promise, resolve, reject }
}

/**
 * Lets TanStack Query's notifications and React's work settle inside `act`. TanStack schedules its notifications
 * with setTimeout(0) from promise callbacks; each turn here waits behind any timer scheduled before it, so a chain
 * of callbacks and timers finishes however slow the machine is (one longer timer could fire first on a busy one).
 */
async function settle(): Promise<void> {
  for (let turn = 0; turn < 20; turn++) await new Promise((resolve) => setTimeout(resolve, 0))
}

/** A server the test answers by hand: each request waits until the step that answers it. */
function createServer() {
  const requests: Deferred[] = []
  return {
    requests,
    fetchCheckout: () => {
      const request = deferred()
      requests.push(request)
      return request.promise
    },
  }
}

type Server = ReturnType<typeof createServer>

interface ScreenProps {
  server: Server
  meter: Meter
  /** Automatic retries of the query (TanStack's `retry`), with no delay between attempts. Default none. */
  retries?: number
}

const queryOptions = (server: Server, retries = 0) => ({
  queryKey: ['checkout'],
  queryFn: server.fetchCheckout,
  retry: retries,
  retryDelay: 0,
})

function WithoutRecourse({ server, meter, retries }: ScreenProps) {
  meter.countRender()
  const query = useQuery(queryOptions(server, retries))
  if (query.isSuccess) return <p>Order {query.data}</p>
  if (query.isError)
    return (
      <div role="alert">
        <p>{query.error.message}</p>
        <button type="button" onClick={() => void query.refetch()}>
          Try again
        </button>
      </div>
    )
  return <p>Loading</p>
}

function WithRecourse({ server, meter, retries }: ScreenProps) {
  meter.countRender()
  const query = useQuery(queryOptions(server, retries))
  const failure = useRecourse(query)
  if (query.isSuccess) return <p>Order {query.data}</p>
  if (failure)
    return (
      <div role="alert">
        <p>{failure.title}</p>
        <button type="button" onClick={() => failure.retry.retryNow?.()}>
          {failure.retrying ? 'Trying again' : failure.action}
        </button>
        {failure.attempt ? (
          <p>
            Still trying: attempt {failure.attempt.number} of {failure.attempt.max}
          </p>
        ) : null}
      </div>
    )
  return <p>Loading</p>
}

/** What a fetch helper throws for a 503: classify reads the status; the plain screen shows the message. */
function unavailable(): Error {
  return Object.assign(new Error('Service unavailable'), { status: 503, headers: {} })
}

async function withDom<T>(run: (root: Root, container: HTMLElement) => Promise<T>): Promise<T> {
  const scope = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean | undefined }
  const actEnvironment = scope.IS_REACT_ACT_ENVIRONMENT
  scope.IS_REACT_ACT_ENVIRONMENT = true
  const container = document.createElement('div')
  document.body.append(container)
  const root = createRoot(container)
  try {
    return await run(root, container)
  } finally {
    act(() => root.unmount())
    container.remove()
    scope.IS_REACT_ACT_ENVIRONMENT = actEnvironment
  }
}

/** Runs `step` inside `act`, then records what the meter counted during it. */
async function measureStep(
  meter: Meter,
  steps: StepCost[],
  step: string,
  run: () => void,
): Promise<void> {
  const before = { commits: meter.commits, renders: meter.renders, commitMs: meter.commitMs }
  await act(async () => {
    run()
    await settle()
  })
  steps.push({
    step,
    commits: meter.commits - before.commits,
    renders: meter.renders - before.renders,
    commitMs: meter.commitMs - before.commitMs,
  })
}

function buttonIn(container: HTMLElement): HTMLButtonElement {
  const button = container.querySelector('button')
  if (!button) throw new Error('No retry button on screen')
  return button
}

/** The first step of a cycle: the screen mounted, loading, inside the Profiler that counts its commits. */
async function mountScreen(
  root: Root,
  {
    queryClient,
    Screen,
    steps,
    ...props
  }: ScreenProps & {
    queryClient: QueryClient
    Screen: (props: ScreenProps) => ReactNode
    steps: StepCost[]
  },
): Promise<void> {
  await measureStep(props.meter, steps, 'mount (loading)', () =>
    root.render(
      <QueryClientProvider client={queryClient}>
        <Profiler id="checkout" onRender={props.meter.onRender}>
          <Screen {...props} />
        </Profiler>
      </QueryClientProvider>,
    ),
  )
}

/**
 * One query that fails with a 503, is retried by the customer, and succeeds: mount, error, retry pressed, success.
 *
 * @param withRecourse the screen reads the failure through `useRecourse` (else it reads `query.error` itself)
 */
export async function measureRetryCycle(withRecourse: boolean): Promise<CycleCost> {
  const server = createServer()
  const meter = createMeter()
  const queryClient = new QueryClient()
  const Screen = withRecourse ? WithRecourse : WithoutRecourse
  const steps: StepCost[] = []
  try {
    await withDom(async (root, container) => {
      await mountScreen(root, { queryClient, Screen, server, meter, steps })
      await measureStep(meter, steps, 'error (503)', () =>
        server.requests[0]?.reject(unavailable()),
      )
      await measureStep(meter, steps, 'retry pressed', () => buttonIn(container).click())
      await measureStep(meter, steps, 'success', () => server.requests[1]?.resolve('1234'))
    })
  } finally {
    queryClient.clear()
  }
  return { variant: withRecourse ? 'with useRecourse' : 'without useRecourse', steps }
}

/** Failed attempts before the success in `measureAutoRetryCycle`. */
export const AUTO_RETRY_FAILURES = 2

/**
 * One query the client retries on its own: mount, `AUTO_RETRY_FAILURES` attempts that fail with a 503 (each retried
 * at once: `retryDelay: 0`), then a success. Without `useRecourse` the screen reads neither `failureCount` nor
 * `failureReason`, so TanStack does not render it while it retries; with it, each failed attempt is shown.
 */
export async function measureAutoRetryCycle(withRecourse: boolean): Promise<CycleCost> {
  const server = createServer()
  const meter = createMeter()
  const queryClient = new QueryClient()
  const Screen = withRecourse ? WithRecourse : WithoutRecourse
  const steps: StepCost[] = []
  try {
    await withDom(async (root, container) => {
      await mountScreen(root, {
        queryClient,
        Screen,
        server,
        meter,
        steps,
        retries: AUTO_RETRY_FAILURES,
      })
      for (let attempt = 1; attempt <= AUTO_RETRY_FAILURES; attempt++) {
        await measureStep(meter, steps, `attempt ${attempt} fails (503), retried`, () =>
          server.requests[attempt - 1]?.reject(unavailable()),
        )
        const shown = container.textContent ?? ''
        if (withRecourse && !shown.includes(`attempt ${attempt + 1} of`))
          throw new Error(`Attempt ${attempt + 1} not shown after a failed attempt: "${shown}"`)
      }
      await measureStep(meter, steps, `attempt ${AUTO_RETRY_FAILURES + 1} succeeds`, () =>
        server.requests[AUTO_RETRY_FAILURES]?.resolve('1234'),
      )
      if (!container.textContent?.includes('Order 1234'))
        throw new Error(`No order after the success: "${container.textContent ?? ''}"`)
    })
  } finally {
    queryClient.clear()
  }
  return {
    variant: withRecourse ? 'with useRecourse' : 'without useRecourse',
    steps,
  }
}

const FIELD_COUNT = 50

/** A 400 whose body lists an error for each of the 50 fields (MANGOPAY's shape: one message per field). */
function fiftyFieldErrors(): Error {
  const errors: Record<string, string> = {}
  for (let index = 0; index < FIELD_COUNT; index++) errors[`field${index}`] = 'Enter a value'
  return Object.assign(new Error('Bad request'), {
    status: 400,
    headers: {},
    body: { Type: 'param_error', Id: 'bench', Message: 'Invalid parameters', errors },
  })
}

function FiftyFields({
  failure,
  onField,
  children,
}: {
  failure: unknown
  onField: ProfilerOnRenderCallback
  children?: ReactNode
}) {
  const view = useRecourse(failure)
  return (
    <RecourseForm.Root view={view} aria-label="Checkout">
      {Array.from({ length: FIELD_COUNT }, (_, index) => (
        <Profiler key={index} id={`field${index}`} onRender={onField}>
          <RecourseForm.Field name={`field${index}`} label={`Field ${index + 1}`}>
            <input />
          </RecourseForm.Field>
        </Profiler>
      ))}
      {children}
    </RecourseForm.Root>
  )
}

/**
 * A 50-field `RecourseForm`: mounted without a failure, then given a failure with 50 field errors, then one field
 * edited by the customer (which clears that field's error).
 */
export async function measureFiftyFieldForm(): Promise<FormCost> {
  const meter = createMeter()
  const fieldRenders = new Map<string, number>()
  const onField: ProfilerOnRenderCallback = (id) => {
    fieldRenders.set(id, (fieldRenders.get(id) ?? 0) + 1)
  }
  const error = fiftyFieldErrors()
  const steps: FieldStepCost[] = []
  await withDom(async (root, container) => {
    const fieldStep = async (step: string, run: () => void) => {
      fieldRenders.clear()
      const plain: StepCost[] = []
      await measureStep(meter, plain, step, run)
      const counts = [...fieldRenders.values()]
      const cost = plain[0] ?? { step, commits: 0, renders: 0, commitMs: 0 }
      steps.push({
        ...cost,
        renders: counts.reduce((sum, count) => sum + count, 0),
        fieldsRendered: counts.length,
        maxRendersPerField: Math.max(0, ...counts),
      })
    }
    const form = (failure: unknown) => (
      <Profiler id="form" onRender={meter.onRender}>
        <FiftyFields failure={failure} onField={onField} />
      </Profiler>
    )
    await fieldStep('mount, no failure', () => root.render(form(undefined)))
    await fieldStep('50 server errors', () => root.render(form(error)))
    await fieldStep('customer edits one field', () => {
      const input = container.querySelector('input')
      input?.dispatchEvent(new Event('input', { bubbles: true }))
    })
    const invalid = container.querySelectorAll('[aria-invalid="true"]').length
    if (invalid !== FIELD_COUNT - 1)
      throw new Error(`Expected ${FIELD_COUNT - 1} invalid fields after the edit, found ${invalid}`)
  })
  return { fields: FIELD_COUNT, serverErrors: FIELD_COUNT, steps }
}
