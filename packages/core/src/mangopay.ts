import { compact, firstText, isBag, prop } from './access.js'
import { readFieldErrors } from './fieldErrors.js'
import type { Dialect, DialectReading, RecourseRule } from './types.js'

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
  {
    id: 'mangopay:insufficient-funds',
    when: { outcome: 'declined', detail: '001001' },
    kind: 'declined',
    reason: 'insufficient-funds',
  },
  {
    id: 'mangopay:limit',
    when: { outcome: 'declined', detail: ['001011', '101102', '101104', '101112', '101115'] },
    kind: 'declined',
    reason: 'limit-exceeded',
  },
  {
    id: 'mangopay:expired-card',
    when: { outcome: 'declined', detail: '101105' },
    kind: 'declined',
    reason: 'expired-card',
  },
  {
    id: 'mangopay:provider-technical',
    when: { outcome: 'declined', detail: ['009101', '009199', '009499'] },
    kind: 'retry-later',
    reason: 'issuer-unavailable',
    retry: 'always',
  },
  {
    id: 'mangopay:not-found',
    when: { type: ['ressource_not_found', 'resource_not_found'] },
    kind: 'contact-support',
    reason: 'not-found',
  },
  // The same Idempotency-Key was used within 24 h: the first call's result stands. Look it up; never resubmit.
  {
    id: 'mangopay:idempotency-conflict',
    when: { type: 'idempotent_creation_conflict' },
    kind: 'contact-support',
    reason: 'idempotency-conflict',
    retry: 'never',
  },
  {
    id: 'mangopay:rate-limited',
    when: { type: 'rate_limit' },
    kind: 'retry-later',
    reason: 'rate-limited',
    retry: 'always',
  },
  {
    id: 'mangopay:file-type',
    when: { status: 415 },
    kind: 'fix-input',
    reason: 'unsupported-file-type',
  },
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
