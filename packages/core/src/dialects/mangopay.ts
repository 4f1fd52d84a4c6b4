import { compact, firstText, isBag, prop } from '../access.js'
import { readFieldErrors } from '../fieldErrors.js'
import { rule } from '../statusRules.js'
import type { Dialect, DialectReading, RecourseRule } from '../types.js'

// Mangopay: {"Message","Type","Id","Date","errors":{"Currency":"..."}} (also spelled `Errors`), and payments
// that fail inside a 200: {"Status":"FAILED","ResultCode":"101101","ResultMessage":"..."}.

function read(body: unknown): DialectReading {
  const type = firstText(body, 'Type')
  const resultCode = firstText(body, 'ResultCode')
  return {
    fields: readFieldErrors(prop(body, 'errors') ?? prop(body, 'Errors')),
    messageSafe: false,
    ...compact({
      type,
      code: type,
      message: firstText(body, 'Message', 'ResultMessage'),
      reference: firstText(body, 'Id'),
      detail: resultCode === '000000' ? undefined : resultCode,
      outcome:
        firstText(body, 'Status')?.toUpperCase() === 'FAILED' ? ('declined' as const) : undefined,
    }),
  }
}

const rules: readonly RecourseRule[] = [
  rule(
    'mangopay:insufficient-funds',
    { outcome: 'declined', detail: '001001' },
    'declined',
    'insufficient-funds',
  ),
  rule(
    'mangopay:limit',
    { outcome: 'declined', detail: ['001011', '101102', '101104', '101112', '101115'] },
    'declined',
    'limit-exceeded',
  ),
  rule(
    'mangopay:expired-card',
    { outcome: 'declined', detail: '101105' },
    'declined',
    'expired-card',
  ),
  rule(
    'mangopay:provider-technical',
    { outcome: 'declined', detail: ['009101', '009199', '009499'] },
    'retry-later',
    'issuer-unavailable',
    'always',
  ),
  rule(
    'mangopay:not-found',
    { type: ['ressource_not_found', 'resource_not_found'] },
    'contact-support',
    'not-found',
  ),
  // The same Idempotency-Key was used within 24 h: the first call's result stands. Look it up; never resubmit.
  rule(
    'mangopay:idempotency-conflict',
    { type: 'idempotent_creation_conflict' },
    'contact-support',
    'idempotency-conflict',
    'never',
  ),
  rule('mangopay:rate-limited', { type: 'rate_limit' }, 'retry-later', 'rate-limited', 'always'),
  rule('mangopay:file-type', { status: 415 }, 'fix-input', 'unsupported-file-type'),
]

/** Mangopay: `Type`/`Message`/`Id` errors with a field map, and `Status: FAILED` payments. */
export const mangopay: Dialect = {
  name: 'mangopay',
  detect: (body) =>
    isBag(body) &&
    ((typeof prop(body, 'Type') === 'string' &&
      (prop(body, 'Message') !== undefined || prop(body, 'Id') !== undefined)) ||
      (prop(body, 'ResultCode') !== undefined && prop(body, 'Status') !== undefined)),
  read,
  rules,
}
