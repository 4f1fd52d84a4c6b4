import { rule } from './statusRules.js'
import type { RecourseRule } from './types.js'

// ISO 8583 response codes from the card networks, as TabaPay relays them in `networkRC`.
// Lost, stolen, fraud and pick-up codes (04, 07, 41, 43, 59) are deliberately absent: they stay a generic decline.

// Only a payment the body reports as declined or failed is refined: an UNKNOWN or partial outcome stays what it
// is, whatever code rides along with it.
const DECLINED = ['declined', 'failed'] as const

/** Rules for network response codes carried as `detail` by a dialect. */
export function networkResponseCodeRules(dialect: string): RecourseRule[] {
  return [
    rule(
      `${dialect}:rc-insufficient-funds`,
      { outcome: DECLINED, detail: '51' },
      'declined',
      'insufficient-funds',
    ),
    rule(
      `${dialect}:rc-limit`,
      { outcome: DECLINED, detail: ['61', '65'] },
      'declined',
      'limit-exceeded',
    ),
    rule(
      `${dialect}:rc-expired-card`,
      { outcome: DECLINED, detail: ['33', '54'] },
      'declined',
      'expired-card',
    ),
    rule(
      `${dialect}:rc-card-number`,
      { outcome: DECLINED, detail: '14' },
      'declined',
      'incorrect-number',
    ),
    // N7 is Visa's decline for a CVV2 failure: the security code the customer typed. 82 is not: on Visa it is a
    // negative CAM, dCVV, iCVV, CVV or CAVV result (card-present or cryptogram data), on Mastercard a policy decline
    // (https://developers.tabapay.com/reference/iso-network-codes), so it stays a generic decline.
    rule(`${dialect}:rc-cvc`, { outcome: DECLINED, detail: 'N7' }, 'declined', 'incorrect-cvc'),
    rule(
      `${dialect}:rc-not-supported`,
      { outcome: DECLINED, detail: ['57', '58'] },
      'declined',
      'card-not-supported',
    ),
    rule(
      `${dialect}:rc-issuer-unavailable`,
      { outcome: DECLINED, detail: ['19', '91', '96'] },
      'retry-later',
      'issuer-unavailable',
      'always',
    ),
  ]
}
