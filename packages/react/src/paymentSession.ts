import type { Processed, Recourse, RepeatWith } from '@recourse/core'

const PROCESSED_RANK: Record<Processed, number> = { no: 0, maybe: 1, yes: 2 }

/** The more charged of two verdicts: a payment's doubt only grows until a lookup settles it. */
function moreProcessed(a: Processed, b: Processed | undefined): Processed {
  return b !== undefined && PROCESSED_RANK[b] > PROCESSED_RANK[a] ? b : a
}

/**
 * Where one payment stands. The key's life:
 *
 * - `idle`: no key yet. Paying issues one and goes to `sending`.
 * - `sending`: a request with the key is unanswered. Paying again, a double-click or a retry joins it: nothing new
 *   is sent.
 * - `failed`: every request sent with the key has an answer that says no payment was taken. Paying again sends the
 *   same request with the same key after a temporary answer, or a new request with a new key after a settled one
 *   (a decline, details to fix).
 * - `unknown`: some request sent with the key may have been carried out. Every attempt keeps the key, whatever
 *   the customer changes, so the provider deduplicates or refuses it instead of charging twice. Only a lookup, or
 *   the app's `renew()` (it has confirmed there was no charge), leaves this state.
 * - `checking`: a lookup asks the provider what happened to the key.
 * - `paid`: the provider took the payment (an answer, or a lookup). Paying again in the same session replays it
 *   with the same key; a new payment needs a new session (another scope) or `renew()`.
 */
export type PaymentPhase = 'idle' | 'sending' | 'failed' | 'unknown' | 'checking' | 'paid'

/** A snapshot of a payment session. */
export interface PaymentSessionState {
  phase: PaymentPhase
  /** The idempotency key of this payment; undefined before the first attempt and after `renew()`. */
  key: string | undefined
  /** Whether any request sent with the key may have been carried out (see `Recourse.processed`). */
  processed: Processed
  /** How the next attempt goes out, from the last answer. */
  repeatWith: RepeatWith
  /** True while a request with the key is unanswered. */
  inFlight: boolean
  /** What the last lookup said, if one ran for this key. */
  lookup: PaymentLookupStatus | undefined
  /** What a lookup that found the payment returned (its `data`). */
  lookupData?: unknown
  /** The variables of the last attempt (memory only: never stored). */
  variables?: unknown
  /** The last attempt's failure, until another attempt, a success, a lookup that settles it, or `dismiss()`. */
  error?: unknown
}

/** What a lookup says happened to a key: charged, not charged, or not known yet. */
export type PaymentLookupStatus = 'charged' | 'not-charged' | 'unknown'

/** A lookup's answer; `data` is what a success would have returned, shown as the payment's result. */
export type PaymentLookupResult<TData = unknown> =
  { status: 'charged'; data?: TData } | { status: 'not-charged' } | { status: 'unknown' }

/** How to ask the provider what happened to a key: Mangopay `GET /responses/{key}`, TabaPay Retrieve Transaction… */
export type PaymentLookup<TData = unknown> = (request: {
  idempotencyKey: string
  signal: AbortSignal
}) => Promise<PaymentLookupResult<TData>>

/** `sessionStorage`, or anything with its three methods, to keep a key across a reload. */
export interface PaymentKeyStorage {
  getItem(name: string): string | null
  setItem(name: string, value: string): void
  removeItem(name: string): void
}

/** Options of `createPaymentSession`. */
export interface PaymentSessionOptions {
  /** Makes a key. Default `crypto.randomUUID()`. */
  createKey?: (() => string) | undefined
  /**
   * Keeps the key across a page reload while the payment may have been taken, as payment providers advise (store
   * the key with the order). Default: memory only.
   */
  storage?: PaymentKeyStorage
  /** The storage entry's name: one per payment scope (order or cart). */
  storageName?: string
  /** Delays of the automatic lookups after an unknown outcome, in ms. Default 1 s, 2 s, 4 s, 8 s, 16 s. */
  lookupDelaysMs?: readonly number[]
}

/** One payment's idempotency key and the requests sent with it. Framework-free; `usePaymentMutation` holds one. */
export interface PaymentSession {
  getState: () => PaymentSessionState
  /** Calls `listener` after every change; returns the unsubscribe. */
  subscribe: (listener: () => void) => () => void
  /**
   * Sends one attempt with the key the state allows, or joins the one under way (nothing new is sent).
   * `classify` judges a failure with the earlier requests' `processed` as its `priorProcessed`.
   */
  attempt: <T>(
    variables: unknown,
    send: (key: string, priorProcessed: Processed) => Promise<T>,
    classify: (error: unknown) => Verdict,
    /**
     * An automatic retry of an earlier attempt: it goes out only with the payment's key and while the payment still
     * says "send the same request again"; once a settled answer came in since, it sends nothing and fails with it.
     */
    retry?: boolean,
  ) => Promise<T>
  /**
   * The app has confirmed that no payment was taken (or starts a new payment in this scope): the next attempt gets
   * a new key. Refused (false) while a request with the key is unanswered.
   */
  renew: () => boolean
  /**
   * Asks `lookup` once, now. Settles the state: charged is `paid`; not charged is `failed`, and paying again with the
   * same details keeps the key (changed details get a new one).
   */
  check: <T>(lookup: PaymentLookup<T>) => Promise<PaymentLookupResult<T>>
  /** Asks `lookup` after each of `lookupDelaysMs` while the payment stays unknown; stops on any attempt. */
  watch: <T>(lookup: PaymentLookup<T>, onResult?: (result: PaymentLookupResult<T>) => void) => void
  /** Forgets the last failure (the screen was reset); the key and what it may have done stay. */
  dismiss: () => void
  /** The attempt under way, to join; undefined when none is. */
  running: () => Promise<unknown> | undefined
}

/** How a failed request is judged: what it may have done, how to repeat it, and its HTTP status if it was answered. */
type Verdict = Pick<Recourse, 'processed' | 'repeatWith' | 'status'>

interface Stored {
  key: string
  processed: Processed
  repeatWith: RepeatWith
  inFlight: boolean
  /**
   * A request sent with the key had no answer (a timeout, a dropped connection) and none since settled the key: it may
   * still be on its way.
   */
  unanswered?: boolean
}

const PHASES_AFTER: Record<Processed, PaymentPhase> = {
  no: 'failed',
  maybe: 'unknown',
  yes: 'paid',
}

function fingerprintOf(variables: unknown): string | undefined {
  try {
    return JSON.stringify(variables) ?? 'undefined'
  } catch {
    // A BigInt or a cycle: unknown, so never a reason for a new key.
    return undefined
  }
}

function readStored(storage: PaymentKeyStorage | undefined, name: string): Stored | undefined {
  try {
    const text = storage?.getItem(name)
    if (!text) return undefined
    const value = JSON.parse(text) as Partial<Stored>
    if (typeof value.key !== 'string' || value.key === '') return undefined
    const processed: Processed =
      value.processed === 'yes' ? 'yes' : value.processed === 'no' ? 'no' : 'maybe'
    return {
      key: value.key,
      // A request unanswered when the page went away may have been carried out.
      processed: value.inFlight === true ? moreProcessed(processed, 'maybe') : processed,
      repeatWith: value.repeatWith === 'new-key' && processed === 'no' ? 'new-key' : 'same-key',
      inFlight: false,
      unanswered: value.unanswered === true || value.inFlight === true,
    }
  } catch {
    return undefined
  }
}

/**
 * A payment session: one intent to pay, one idempotency key, held until every request sent with it is settled.
 *
 * @example
 * ```ts
 * const session = createPaymentSession({ storage: sessionStorage, storageName: `pay:${orderId}` })
 * const receipt = await session.attempt(order, (key) => pay(order, key), classify)
 * ```
 */
export function createPaymentSession(options: PaymentSessionOptions = {}): PaymentSession {
  const createKey = options.createKey ?? (() => crypto.randomUUID())
  const storage = options.storage
  const storageName = options.storageName ?? 'recourse:payment'
  const lookupDelays = options.lookupDelaysMs ?? [1_000, 2_000, 4_000, 8_000, 16_000]
  const listeners = new Set<() => void>()
  const restored = readStored(storage, storageName)
  let state: PaymentSessionState = restored
    ? {
        phase: PHASES_AFTER[restored.processed],
        key: restored.key,
        processed: restored.processed,
        repeatWith: restored.repeatWith,
        inFlight: false,
        lookup: undefined,
      }
    : {
        phase: 'idle',
        key: undefined,
        processed: 'no',
        repeatWith: 'same-key',
        inFlight: false,
        lookup: undefined,
      }
  let running: Promise<unknown> | undefined
  let lastFingerprint: string | undefined
  // Bumped by every attempt and renew: a lookup that answers after one of them speaks of an older moment.
  let epoch = 0
  let watchTimer: ReturnType<typeof setTimeout> | undefined
  let lookupAbort: AbortController | undefined
  // Whether a request sent with the key had no answer, and may still reach the provider (see `check`).
  let unanswered = restored?.unanswered === true

  // Every key this session issued or restored. Another entry in a shared storage (localStorage, two tabs on one
  // order) is another session's.
  const ownKeys = new Set<string>(restored ? [restored.key] : [])

  /** Another session's key in the shared storage, when a request sent with it may have been carried out. */
  function otherInDoubt(): Stored | undefined {
    const stored = readStored(storage, storageName)
    return stored && !ownKeys.has(stored.key) && stored.processed !== 'no' ? stored : undefined
  }

  function persist(): void {
    if (!storage) return
    // A payment known not taken (or no key) never replaces another session's that may have been: it is taken over
    // at the next attempt instead.
    if (state.processed === 'no' && otherInDoubt()) return
    try {
      if (state.key === undefined) storage.removeItem(storageName)
      else {
        const stored: Stored = {
          key: state.key,
          processed: state.processed,
          repeatWith: state.repeatWith,
          inFlight: state.inFlight,
          unanswered,
        }
        storage.setItem(storageName, JSON.stringify(stored))
      }
    } catch {
      // Storage full or refused: memory still holds the key.
    }
  }

  function set(next: Partial<PaymentSessionState>): void {
    state = { ...state, ...next }
    persist()
    for (const listener of listeners) listener()
  }

  function keyFor(variables: unknown): string {
    const fingerprint = fingerprintOf(variables)
    const settledNo = state.processed === 'no'
    const fresh =
      state.key === undefined ||
      (settledNo &&
        (state.repeatWith === 'new-key' ||
          (fingerprint !== undefined &&
            lastFingerprint !== undefined &&
            fingerprint !== lastFingerprint)))
    lastFingerprint = fingerprint
    return fresh || state.key === undefined ? createKey() : state.key
  }

  function stopWatching(): void {
    if (watchTimer !== undefined) clearTimeout(watchTimer)
    watchTimer = undefined
    lookupAbort?.abort()
    lookupAbort = undefined
  }

  async function check<T>(lookup: PaymentLookup<T>): Promise<PaymentLookupResult<T>> {
    const key = state.key
    if (key === undefined || state.inFlight) return { status: 'unknown' }
    // A payment the provider answered as made is settled: no lookup can reopen its key.
    if (state.processed === 'yes') return { status: 'charged', data: state.lookupData as T }
    const started = epoch
    lookupAbort?.abort()
    const controller = new AbortController()
    lookupAbort = controller
    const phaseBefore = state.phase
    set({ phase: 'checking' })
    let result: PaymentLookupResult<T>
    try {
      const answer: unknown = await lookup({ idempotencyKey: key, signal: controller.signal })
      // An app's lookup that forgot its `return` (undefined), or answers null: it said nothing.
      result =
        typeof answer === 'object' && answer !== null
          ? (answer as PaymentLookupResult<T>)
          : { status: 'unknown' }
    } catch {
      result = { status: 'unknown' }
    }
    // An attempt, a renew or a newer lookup since: this answer speaks of a moment that has passed.
    const current = lookupAbort === controller
    if (current) lookupAbort = undefined
    if (started !== epoch || !current) return { status: 'unknown' }
    if (result.status === 'charged')
      set({
        phase: 'paid',
        processed: 'yes',
        lookup: 'charged',
        lookupData: result.data,
        error: undefined,
      })
    // (A success may have landed while the lookup was out: state is read again here.)
    else if (result.status === 'not-charged' && (state.processed as Processed) !== 'yes')
      set({
        phase: 'failed',
        processed: 'no',
        // A request that had no answer may still be on its way, and land after this answer: paying again with the same
        // details keeps the key, so the provider deduplicates the two (changed details get a new key). A key the
        // provider answered for (a duplicate reference, say) would only be refused again: a new one.
        repeatWith: unanswered ? 'same-key' : 'new-key',
        lookup: 'not-charged',
        error: undefined,
      })
    else set({ phase: phaseBefore === 'checking' ? 'unknown' : phaseBefore, lookup: 'unknown' })
    return result
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    attempt<T>(
      variables: unknown,
      send: (key: string, priorProcessed: Processed) => Promise<T>,
      classify: (error: unknown) => Verdict,
      retry = false,
    ): Promise<T> {
      // One attempt at a time: a double-click, a second mutate() or retryNow joins the request under way.
      if (running) return running as Promise<T>
      if (retry && (state.key === undefined || state.repeatWith === 'new-key')) {
        const settledWith = state.error ?? new Error('The payment was settled since: not resent.')
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the settled failure, as thrown
        return Promise.reject(settledWith)
      }
      // Another tab paid, or may have paid, this order with its own key: this attempt goes out with that key, so the
      // provider deduplicates it instead of charging twice.
      const other = retry || state.processed !== 'no' ? undefined : otherInDoubt()
      if (other) {
        ownKeys.add(other.key)
        lastFingerprint = undefined
        unanswered = other.unanswered === true
        state = { ...state, key: other.key, processed: other.processed, repeatWith: 'same-key' }
      }
      stopWatching()
      epoch += 1
      const key = retry && state.key !== undefined ? state.key : keyFor(variables)
      ownKeys.add(key)
      if (key !== state.key) unanswered = false
      const prior = key === state.key ? state.processed : 'no'
      set({
        phase: 'sending',
        key,
        processed: prior,
        inFlight: true,
        lookup: key === state.key ? state.lookup : undefined,
        variables,
        error: undefined,
      })
      // Sent from a promise, so a `send` that throws synchronously is settled like one that rejects.
      const settled = Promise.resolve(key)
        .then((sentKey) => send(sentKey, prior))
        .then(
          (data) => {
            running = undefined
            set({ phase: 'paid', processed: 'yes', repeatWith: 'same-key', inFlight: false })
            return data
          },
          (error: unknown) => {
            running = undefined
            let verdict: Verdict
            try {
              verdict = classify(error)
            } catch {
              verdict = { processed: 'maybe', repeatWith: 'same-key' }
            }
            // No HTTP status: no answer (or a judge that does not say), so the request may still be on its way. An
            // answer the provider gives the same body again, or replays (a decline, invalid details), settles the key
            // for any request with it that lands later; a gateway's 5xx, a timeout, a conflict or a rate limit does not.
            const status = verdict.status
            if (status === undefined) unanswered = true
            else if (status < 500 && ![408, 409, 425, 429].includes(status)) unanswered = false
            const processed = moreProcessed(prior, verdict.processed)
            set({
              phase: PHASES_AFTER[processed],
              processed,
              repeatWith: processed === 'no' ? verdict.repeatWith : 'same-key',
              inFlight: false,
              error,
            })
            throw error
          },
        )
      running = settled
      return settled
    },
    renew() {
      if (state.inFlight) return false
      stopWatching()
      epoch += 1
      lastFingerprint = undefined
      unanswered = false
      set({
        phase: 'idle',
        key: undefined,
        processed: 'no',
        repeatWith: 'same-key',
        lookup: undefined,
        lookupData: undefined,
        variables: undefined,
        error: undefined,
      })
      return true
    },
    dismiss() {
      if (state.error !== undefined) set({ error: undefined })
    },
    check,
    watch(lookup, onResult) {
      stopWatching()
      const started = epoch
      const next = (index: number): void => {
        const delay = lookupDelays[index]
        if (delay === undefined) return
        watchTimer = setTimeout(() => {
          watchTimer = undefined
          if (started !== epoch || state.phase !== 'unknown') return
          void check(lookup).then((result) => {
            if (started !== epoch) return
            onResult?.(result)
            if (result.status === 'unknown') next(index + 1)
          })
        }, delay)
      }
      next(0)
    },
    running: () => running,
  }
}
