import { compact, firstText, isBag, items, path, prop, text } from '../access.js'
import type { Dialect, DialectReading, FieldError } from '../types.js'

// Paddle Billing: {"error":{"type":"request_error","code":"bad_request","detail":"Invalid request",
// "documentation_url":"https://developer.paddle.com/v1/errors/shared/bad_request",
// "errors":[{"field":"postal_code","message":"US postal_code must be 5 digits only"}]},
// "meta":{"request_id":"f00bb3ca-…"}} (PaddleHQ/paddle-python-sdk's client tests). `type` is `request_error` or
// `api_error`; the status table decides, the dialect reads the code, the fields and the request id.

function read(body: unknown): DialectReading {
  const error = prop(body, 'error')
  const fields: FieldError[] = []
  for (const item of items(prop(error, 'errors'))) {
    const field = firstText(item, 'field')
    if (field !== undefined) fields.push({ field, message: firstText(item, 'message') ?? '' })
  }
  return {
    fields,
    messageSafe: false,
    ...compact({
      type: firstText(error, 'type'),
      code: firstText(error, 'code'),
      message: firstText(error, 'detail'),
      reference: text(path(body, 'meta', 'request_id')),
    }),
  }
}

/**
 * Paddle Billing: `error.type`/`code`/`detail`/`errors[].field`, and `meta.request_id` as the reference.
 *
 * @example
 * ```ts
 * import { paddle } from '@recourse/core/dialects/paddle'
 * const { classify } = createClassifier({ dialects: [paddle] })
 * ```
 */
export const paddle: Dialect = {
  name: 'paddle',
  detect: (body) => {
    const error = prop(body, 'error')
    return (
      isBag(error) &&
      text(prop(error, 'type')) !== undefined &&
      text(prop(error, 'detail')) !== undefined &&
      text(path(body, 'meta', 'request_id')) !== undefined
    )
  },
  read,
  rules: [],
}
