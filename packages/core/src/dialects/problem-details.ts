import { compact, firstText, isBag, prop, statusOf, text } from '../access.js'
import { readFieldErrors } from '../fieldErrors.js'
import type { Dialect, DialectReading } from '../types.js'

// RFC 9457 problem details: { type, title, status, detail, instance } plus extensions. Field errors come as
// `errors: [{ detail, pointer }]`, the older `invalid-params`/`invalid_params: [{ name, reason }]`, or
// ASP.NET's `errors: { Field: ["message"] }`.

function read(body: unknown): DialectReading {
  const type = firstText(body, 'type')
  return {
    fields: readFieldErrors(
      prop(body, 'errors') ?? prop(body, 'invalid-params') ?? prop(body, 'invalid_params'),
    ),
    messageSafe: false,
    ...compact({
      status: statusOf(prop(body, 'status')),
      type: type === 'about:blank' ? undefined : type,
      code: firstText(body, 'code', 'error_code', 'errorCode'),
      message: firstText(body, 'detail', 'title'),
      reference: firstText(body, 'traceId', 'requestId', 'request_id', 'correlationId', 'instance'),
    }),
  }
}

/**
 * RFC 9457 (and RFC 7807) problem details.
 *
 * @example
 * ```ts
 * import { problemDetails } from '@recourse/core/dialects/problem-details'
 * const { classify } = createClassifier({ dialects: [problemDetails] })
 * ```
 */
export const problemDetails: Dialect = {
  name: 'problem-details',
  detect: (body, headers) =>
    isBag(body) &&
    ((headers['content-type'] ?? '').includes('problem+json') ||
      ((text(prop(body, 'title')) !== undefined || text(prop(body, 'type')) !== undefined) &&
        (statusOf(prop(body, 'status')) !== undefined ||
          prop(body, 'detail') !== undefined ||
          prop(body, 'invalid-params') !== undefined ||
          prop(body, 'invalid_params') !== undefined))),
  read,
  rules: [],
}
