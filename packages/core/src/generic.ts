import { compact, firstText, isBag, prop } from './access.js'
import { readFieldErrors } from './fieldErrors.js'
import type { Dialect, DialectReading } from './types.js'

// Any other JSON error: { message }, { error: "..." }, { error: { message, code } }, { code, message, errors }.

/**
 * Where payment APIs put the id support looks up, as they spell it: `request_id` (Checkout.com, GoCardless),
 * `debug_id` (PayPal), `pspReference` (Adyen), and the trace and correlation ids of many others. An unknown provider
 * that follows any of them still gets its reference quoted.
 */
const REFERENCE_KEYS = [
  'requestId',
  'request_id',
  'debug_id',
  'traceId',
  'trace_id',
  'correlationId',
  'correlation_id',
  'pspReference',
]

function read(body: unknown): DialectReading {
  if (!isBag(body)) return {}
  const nested = prop(body, 'error')
  const source = isBag(nested) ? nested : body
  return {
    fields: readFieldErrors(
      prop(source, 'errors') ??
        prop(source, 'fieldErrors') ??
        prop(source, 'validationErrors') ??
        prop(source, 'details'),
    ),
    messageSafe: false,
    ...compact({
      code:
        firstText(source, 'code', 'error_code', 'errorCode', 'type') ??
        (isBag(nested) ? undefined : firstText(body, 'error')),
      message: firstText(source, 'message', 'error_description', 'detail', 'msg', 'description'),
      reference: firstText(source, ...REFERENCE_KEYS) ?? firstText(body, ...REFERENCE_KEYS),
    }),
  }
}

/** The fallback reader for bodies of no known provider. */
export const generic: Dialect = {
  name: 'generic',
  detect: () => true,
  read,
  rules: [],
}
