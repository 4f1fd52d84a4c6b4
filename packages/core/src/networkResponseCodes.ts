import type { DialectName, RecourseRule } from './types.js'

// ISO 8583 response codes from the card networks, as TabaPay relays them in `networkRC`.
// Lost, stolen, fraud and pick-up codes (04, 07, 41, 43, 59) are deliberately absent: they stay a generic decline.

// Only a payment the body reports as declined or failed is refined: an UNKNOWN or partial outcome stays what it
// is, whatever code rides along with it.
const DECLINED = ['declined', 'failed'] as const

/** Rules for network response codes carried as `detail` by a dialect. */
export function networkResponseCodeRules(dialect: DialectName): RecourseRule[] {
  return [
    {
      id: `${dialect}:rc-insufficient-funds`,
      when: { outcome: DECLINED, detail: '51' },
      kind: 'declined',
      reason: 'insufficient-funds',
    },
    {
      id: `${dialect}:rc-limit`,
      when: { outcome: DECLINED, detail: ['61', '65'] },
      kind: 'declined',
      reason: 'limit-exceeded',
    },
    {
      id: `${dialect}:rc-expired-card`,
      when: { outcome: DECLINED, detail: ['33', '54'] },
      kind: 'declined',
      reason: 'expired-card',
    },
    {
      id: `${dialect}:rc-card-number`,
      when: { outcome: DECLINED, detail: '14' },
      kind: 'declined',
      reason: 'incorrect-number',
    },
    {
      id: `${dialect}:rc-cvc`,
      when: { outcome: DECLINED, detail: ['82', 'N7'] },
      kind: 'declined',
      reason: 'incorrect-cvc',
    },
    {
      id: `${dialect}:rc-not-supported`,
      when: { outcome: DECLINED, detail: ['57', '58'] },
      kind: 'declined',
      reason: 'card-not-supported',
    },
    {
      id: `${dialect}:rc-issuer-unavailable`,
      when: { outcome: DECLINED, detail: ['19', '91', '96'] },
      kind: 'retry-later',
      reason: 'issuer-unavailable',
      retry: 'always',
    },
  ]
}
