import { compact, isBag, MAX_ITEMS, MAX_TEXT } from './access.js'
import { generic } from './generic.js'
import { hasIdempotencyKey, readHeaderReference, readRetryHint } from './headers.js'
import { maskSensitive } from './maskSensitive.js'
import { readRawFailure } from './readFailure.js'
import { safetyOf } from './requestSafety.js'
import { checkRules, outcomeRules, sourceRules, statusRules } from './statusRules.js'
import type {
  ClassifyContext,
  Dialect,
  DialectReading,
  Failure,
  FieldError,
  Processed,
  Recourse,
  RecourseKind,
  RecourseRule,
  RepeatWith,
  RetryWhen,
  RuleMatch,
} from './types.js'

/** Options of `createClassifier`. */
export interface ClassifierOptions {
  /** Dialects to detect, in order; bodies of none of them are read by the generic dialect. */
  dialects?: readonly Dialect[]
  /** The app's own rules, applied after the built-in tables: the first that matches refines the result. */
  rules?: readonly RecourseRule[]
}

/** A `classify` and a `readFailure` bound to a set of dialects and rules. */
export interface Classifier {
  /** Classifies any failure. Total: never throws, whatever the input; never mutates it. */
  classify: (input: unknown, context?: ClassifyContext) => Recourse
  /** Reads any failure into one normalized `Failure`, without deciding what it means. Never throws. */
  readFailure: (input: unknown, context?: ClassifyContext) => Failure
}

function oneOf(
  expected: string | readonly string[] | undefined,
  actual: string | undefined,
): boolean {
  if (expected === undefined) return true
  if (actual === undefined) return false
  return typeof expected === 'string' ? expected === actual : expected.includes(actual)
}

function statusMatches(expected: RuleMatch['status'], actual: number | undefined): boolean {
  if (expected === undefined) return true
  if (actual === undefined) return false
  if (typeof expected === 'number') return expected === actual
  if (typeof expected === 'string') return expected[0] === String(actual)[0]
  return expected.includes(actual)
}

interface Decision {
  kind: RecourseKind
  reason: string
  retry: RetryWhen
  processed: Processed
  repeatWith: RepeatWith | undefined
}

const PROCESSED_RANK: Record<Processed, number> = { no: 0, maybe: 1, yes: 2 }

/** The later of two verdicts on whether a payment may have been taken: `no` < `maybe` < `yes`. */
export function moreProcessed(a: Processed, b: Processed | undefined): Processed {
  return b !== undefined && PROCESSED_RANK[b] > PROCESSED_RANK[a] ? b : a
}

function processedOf(rule: RecourseRule): Processed | undefined {
  if (rule.processed !== undefined) return rule.processed
  return rule.mayHaveProcessed === undefined ? undefined : rule.mayHaveProcessed ? 'maybe' : 'no'
}

/** What a rule's `when` can ask about: the failure, and the kind and reason decided so far. */
type Facts = Failure & Pick<Decision, 'kind' | 'reason'> & { hasFields: boolean }

/** `when` keys that must equal the fact, and keys that may also list the values they accept. */
const EXACT = ['source', 'sent', 'recoverable', 'hasFields', 'kind'] as const
const ANY_OF = ['outcome', 'dialect', 'type', 'code', 'detail', 'reason'] as const

function matches(when: RuleMatch, facts: Facts): boolean {
  return (
    statusMatches(when.status, facts.status) &&
    EXACT.every((key) => when[key] === undefined || when[key] === facts[key]) &&
    ANY_OF.every((key) => oneOf(when[key], facts[key])) &&
    // `search` ignores and restores `lastIndex`, so a /g pattern from an app behaves.
    !(when.text && `${facts.message ?? ''} ${facts.code ?? ''}`.search(when.text) < 0)
  )
}

function mask<T extends string | undefined>(text: T): T {
  return (text === undefined ? text : maskSensitive(text.slice(0, MAX_TEXT))) as T
}

const textOr = (value: unknown): string | undefined =>
  typeof value === 'string' ? mask(value) : undefined

/**
 * A dialect's field error as `Recourse` carries it. A custom dialect's may break its type: one without a field name
 * is dropped, other keys are left out (they would reach telemetry unmasked), and every text, limits included, is
 * cut and masked.
 */
function readField(field: FieldError): FieldError[] {
  if (typeof field?.field !== 'string') return []
  const limits = isBag(field.limits) ? field.limits : {}
  const length = (value: unknown) => (Number.isFinite(value) ? (value as number) : undefined)
  const bounds = compact({
    min: textOr(limits.min),
    max: textOr(limits.max),
    minLength: length(limits.minLength),
    maxLength: length(limits.maxLength),
  })
  return [
    {
      field: mask(field.field),
      message: textOr(field.message) ?? '',
      ...compact({
        code: textOr(field.code),
        limits: Object.keys(bounds).length > 0 ? bounds : undefined,
      }),
    },
  ]
}

function unreadable(): Recourse {
  return {
    kind: 'contact-support',
    reason: 'unknown-error',
    dialect: 'generic',
    fields: [],
    retry: { allowed: false },
    // Nothing could be read: assume the worst, so no new key is issued on a guess.
    processed: 'maybe',
    repeatWith: 'same-key',
    trail: ['fallback:unreadable'],
  }
}

function safeReading(
  dialect: Dialect,
  body: unknown,
  headers: Record<string, string>,
): DialectReading {
  try {
    return dialect.read(body, headers)
  } catch {
    return {}
  }
}

/**
 * Builds a classifier from explicit dialects and app rules. Import only the dialects you use and the others stay
 * out of your bundle; an app's own `Dialect` (any `name`) goes in the same list, before the built-in ones it
 * resembles. Every built-in dialect, in detection order, is `allDialects` from `@recourse/core/dialects`.
 *
 * @example
 * ```ts
 * import { createClassifier } from '@recourse/core'
 * import { stripe } from '@recourse/core/dialects/stripe'
 *
 * const { classify } = createClassifier({
 *   dialects: [stripe],
 *   rules: [{ id: 'app:teapot', when: { status: 418 }, kind: 'retry-later', reason: 'brewing', retry: 'always' }],
 * })
 * ```
 */
export function createClassifier(options: ClassifierOptions = {}): Classifier {
  const dialects = options.dialects ?? []
  const overrides = options.rules ?? []

  function detect(
    body: unknown,
    headers: Record<string, string>,
    forced: string | undefined,
  ): Dialect {
    if (forced !== undefined) return dialects.find((dialect) => dialect.name === forced) ?? generic
    if (!isBag(body)) return generic
    for (const dialect of dialects) {
      try {
        if (dialect.detect(body, headers)) return dialect
      } catch {
        // A body whose getters throw is no provider's.
      }
    }
    return generic
  }

  /** A text body (XML, say) in the shape of the first dialect that can read it; any other body as it is. */
  function structured(body: unknown): unknown {
    if (typeof body !== 'string') return body
    for (const dialect of dialects) {
      try {
        const read = dialect.readText?.(body)
        if (isBag(read)) return read
      } catch {
        // A dialect's text reader must not throw; if it does, the body stays text.
      }
    }
    return body
  }

  function readFailure(input: unknown, context: ClassifyContext = {}): Failure {
    const raw = readRawFailure(input)
    const body = structured(raw.body)
    const dialect = detect(body, raw.headers, context.dialect)
    const reading = isBag(body) ? safeReading(dialect, body, raw.headers) : {}
    const status = raw.status ?? reading.status
    const shouldRetry = raw.headers['stripe-should-retry']
    return {
      source: raw.source === 'unknown' && status !== undefined ? 'http' : raw.source,
      headers: raw.headers,
      body: raw.body,
      dialect: dialect.name,
      messageSafe: reading.messageSafe === true,
      fields: (reading.fields ?? []).slice(0, MAX_ITEMS).flatMap(readField),
      ...compact({
        status,
        type: reading.type,
        code: mask(reading.code),
        detail: reading.detail,
        message: mask(reading.message ?? raw.message),
        retryAfterMs: readRetryHint(raw.headers, context.now ?? Date.now(), status),
        recoverable: reading.recoverable,
        shouldRetry: shouldRetry === undefined ? undefined : shouldRetry === 'true',
        reference: mask(reading.reference ?? readHeaderReference(raw.headers)),
        outcome: reading.outcome,
        sent: raw.sent,
        method: raw.method,
        // A response that echoes Idempotency-Key (Stripe does) answered a request that carried one.
        idempotent: raw.idempotent ?? (hasIdempotencyKey(raw.headers) ? true : undefined),
        priorProcessed: raw.priorProcessed,
      }),
    }
  }

  function decide(failure: Failure, context: ClassifyContext): Recourse {
    const trail: string[] = []
    const decision: Decision = {
      kind: 'contact-support',
      reason: 'unknown-error',
      retry: 'never',
      processed: 'no',
      repeatWith: undefined,
    }
    const dialect = dialects.find((candidate) => candidate.name === failure.dialect) ?? generic
    const layers = [
      failure.status === undefined ? sourceRules : statusRules,
      outcomeRules,
      dialect.rules,
      checkRules,
      overrides,
    ]
    for (const rules of layers) {
      const facts: Facts = {
        ...failure,
        hasFields: failure.fields.length > 0,
        kind: decision.kind,
        reason: decision.reason,
      }
      const rule = rules.find((candidate) => matches(candidate.when, facts))
      if (!rule) continue
      trail.push(rule.id)
      if (rule.kind) decision.kind = rule.kind
      if (rule.reason) decision.reason = rule.reason
      if (rule.retry) decision.retry = rule.retry
      else if (rule.kind) decision.retry = rule.kind === 'retry-later' ? 'idempotent' : 'never'
      if (rule.repeatWith) decision.repeatWith = rule.repeatWith
      // The app's rules may say a request may have been processed, never that it cannot have been.
      const processed = processedOf(rule)
      if (processed !== undefined)
        decision.processed =
          rules === overrides ? moreProcessed(decision.processed, processed) : processed
    }

    // Whether a payment may have been taken, decided once. A request known never to have left the device was not
    // carried out; a provider that reports part of it done did carry it out. An earlier attempt with the same key
    // that may have been carried out is not settled by this answer, whatever it says.
    const answered =
      failure.sent === false
        ? 'no'
        : failure.outcome === 'partial'
          ? 'yes'
          : failure.outcome === 'unknown'
            ? moreProcessed(decision.processed, 'maybe')
            : decision.processed
    const prior = failure.priorProcessed ?? context.priorProcessed
    const processed = moreProcessed(answered, prior)

    // Never cause a double charge. No rule, built-in or the app's, can turn these off:
    // - a payment the provider reports as UNKNOWN or partly done stays so, and is never sent again;
    // - a request that may have been processed and is not safe to repeat is never offered a retry: its outcome is
    //   unknown;
    // - after an earlier attempt that may have been carried out, an answer that is not "wait and send the same
    //   request again" (a decline, details to fix, an idempotency conflict) leaves the payment unknown.
    const safety = safetyOf(failure, context)
    const reportedUnsettled = failure.outcome === 'unknown' || failure.outcome === 'partial'
    // (A 2xx or 4xx that already says "contact support, never retry" — pending, a duplicate, a conflict — keeps its
    // own words: the server did answer this request, and `processed` carries the doubt about the payment.)
    const answeredPlainly =
      failure.status !== undefined &&
      failure.status < 500 &&
      decision.kind === 'contact-support' &&
      decision.retry === 'never'
    const unsafeRepeat = answered === 'maybe' && safety === 'unsafe' && !answeredPlainly
    const priorInDoubt = prior !== undefined && prior !== 'no' && decision.kind !== 'retry-later'
    if (
      reportedUnsettled ||
      unsafeRepeat ||
      priorInDoubt ||
      decision.reason === 'outcome-unknown'
    ) {
      const reason = failure.outcome === 'partial' ? 'partially-completed' : 'outcome-unknown'
      if (
        decision.reason !== reason ||
        decision.kind !== 'contact-support' ||
        decision.retry !== 'never'
      ) {
        trail.push(
          priorInDoubt && !reportedUnsettled && !unsafeRepeat
            ? `safety:prior-attempt-${prior}`
            : `safety:${reason}`,
        )
      }
      Object.assign(decision, { kind: 'contact-support', reason, retry: 'never' })
    }
    const allowed =
      (decision.kind === 'retry-later' || decision.kind === 'contact-support') &&
      failure.shouldRetry !== false &&
      (decision.retry === 'always' || (decision.retry === 'idempotent' && safety === 'safe'))
    if (!allowed && decision.retry === 'idempotent' && safety === 'unknown')
      trail.push('safety:method-unknown')
    // Another attempt reuses the key while the payment may have been taken, or after a temporary answer; a
    // settled answer (a decline, a fix, a payment the provider recorded as failed) needs a new request.
    const repeatWith: RepeatWith =
      processed !== 'no'
        ? 'same-key'
        : (decision.repeatWith ??
          (decision.kind === 'retry-later' && failure.outcome === undefined
            ? 'same-key'
            : 'new-key'))

    return {
      kind: decision.kind,
      reason: decision.reason,
      dialect: failure.dialect,
      // Fields are what the customer corrects: a decline or a missing resource points at none.
      fields: decision.kind === 'fix-input' ? failure.fields : [],
      retry: {
        allowed,
        ...compact({ afterMs: decision.kind === 'retry-later' ? failure.retryAfterMs : undefined }),
      },
      processed,
      repeatWith,
      trail,
      ...compact({
        status: failure.status,
        reference: failure.reference,
        code: failure.code,
        message: failure.messageSafe ? failure.message : undefined,
        silent: decision.reason === 'aborted' ? true : undefined,
      }),
    }
  }

  return {
    readFailure: (input, context = {}) => {
      try {
        return readFailure(input, context)
      } catch {
        return {
          source: 'unknown',
          headers: {},
          body: undefined,
          dialect: 'generic',
          messageSafe: false,
          fields: [],
        }
      }
    },
    classify: (input, context = {}) => {
      try {
        return decide(readFailure(input, context), context)
      } catch {
        return unreadable()
      }
    },
  }
}
