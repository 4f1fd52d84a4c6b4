import { describe, expect, it } from 'vitest'
import { classify } from '../classify.js'

// TabaPay reports card declines in a 200 with `status` and the network's `networkRC`
// (https://developers.tabapay.com/reference/iso-network-codes); N7 is Visa's CVV2 failure.
const payment = (status: string, networkRC: string) =>
  classify(
    { status: 200, body: { SC: 200, EC: '0', status, networkRC } },
    { method: 'POST', idempotent: true },
  )

describe('the TabaPay dialect, given a wrong security code (networkRC N7)', () => {
  it('marks the security code field to correct, as Stripe and Mangopay do, with nothing taken', () => {
    expect(payment('FAILED', 'N7')).toMatchObject({
      kind: 'fix-input',
      reason: 'incorrect-cvc',
      fields: [{ field: 'accounts.sourceAccount.card.securityCode', code: 'N7' }],
      processed: 'no',
      repeatWith: 'new-key',
    })
    expect(payment('ERROR', 'n7').fields).toHaveLength(1)
  })

  it('given an UNKNOWN outcome, stays unknown whatever code rides along, and marks no field', () => {
    expect(payment('UNKNOWN', 'N7')).toMatchObject({
      kind: 'contact-support',
      reason: 'outcome-unknown',
      fields: [],
    })
  })

  it('given another decline code, marks no field', () => {
    expect(payment('FAILED', '05')).toMatchObject({ kind: 'declined', fields: [] })
  })
})
