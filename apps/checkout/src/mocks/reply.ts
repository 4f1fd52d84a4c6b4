// The JSON answer every mock provider writes: one call instead of the envelope spelled out per scenario.
import {
  DEMO_RETRY_AFTER_SECONDS,
  type JsonReply,
  type Reply,
  type ReplyContext,
  type ScenarioSpec,
  transportScenarios,
} from '../scenarios.ts'

export interface JsonReplyOptions {
  /** Headers added to the provider's own (`headersOf`), e.g. `Retry-After`. */
  headers?: Record<string, string>
  /** The provider took the money on this request. */
  charge?: boolean
}

/**
 * `json(context, status, body, options)` for one provider: the reply's headers are `headersOf(context,
 * options.headers)`, and none at all where that is undefined (by default: the extra headers alone, if any).
 */
export function jsonReplies(
  headersOf: (
    context: ReplyContext,
    more?: Record<string, string>,
  ) => Record<string, string> | undefined = (_context, more) => more,
) {
  return (
    context: ReplyContext,
    status: number,
    body: unknown,
    options: JsonReplyOptions = {},
  ): JsonReply => {
    const headers = headersOf(context, options.headers)
    return {
      type: 'json',
      status,
      ...(headers === undefined ? {} : { headers }),
      ...(options.charge === undefined ? {} : { charge: options.charge }),
      body,
    }
  }
}

/**
 * What a provider that replays the first answer to a key it processed does after a lost answer: the transport
 * scenarios, and an `unknown` outcome that the retry with the same key (`keyHeader`) settles as paid, charged once.
 */
export function replayingProviderScenarios(
  name: string,
  keyHeader: string,
  paid: (context: ReplyContext) => Reply,
): Record<'network-drop' | 'timeout' | 'unknown', ScenarioSpec> {
  return {
    ...transportScenarios(name, paid, { replays: true, repeatedKey: 'the first answer replayed' }),
    unknown: {
      mocked: `${name} took the payment, then the connection dropped; the retry with the same ${keyHeader} gets the first answer replayed`,
      expected: { kind: 'paid', requests: 2 },
      replies: () => [{ type: 'drop', charge: true }],
    },
  }
}

/**
 * A 429 with `Retry-After` and a 503 (twice), both without a body, each followed by the payment: for providers
 * that publish no body for them.
 */
export function bodylessBusyScenarios(
  paid: (context: ReplyContext) => Reply,
): Record<'rate-limited' | 'unavailable', ScenarioSpec> {
  const unavailable: Reply = { type: 'text', status: 503, body: '' }
  return {
    'rate-limited': {
      mocked: `429 with Retry-After: ${DEMO_RETRY_AFTER_SECONDS} and no body; then the payment`,
      expected: { kind: 'retry-later', reason: 'rate-limited', requests: 1, thenPaid: true },
      replies: (context) => [
        {
          type: 'text',
          status: 429,
          headers: { 'Retry-After': String(DEMO_RETRY_AFTER_SECONDS) },
          body: '',
        },
        paid(context),
      ],
    },
    unavailable: {
      mocked: '503 without a body (twice); then the payment',
      expected: { kind: 'retry-later', reason: 'unavailable', requests: 2, thenPaid: true },
      replies: (context) => [unavailable, unavailable, paid(context)],
    },
  }
}
