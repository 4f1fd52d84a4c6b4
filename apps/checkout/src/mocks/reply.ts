// The JSON answer every mock provider writes: one call instead of the envelope spelled out per scenario.
import type { JsonReply, ReplyContext } from '../scenarios.ts'

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
