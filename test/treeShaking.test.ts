import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'

// What a user's bundler keeps of @recourse/core, resolved from source as the published ESM would be.
async function bundle(code: string): Promise<string> {
  const result = await build({
    stdin: { contents: code, resolveDir: import.meta.dirname, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    conditions: ['@recourse/source'],
    mainFields: ['module', 'main'],
    // Minified, so comments (which may name other dialects) do not count; strings stay.
    minify: true,
    write: false,
    logLevel: 'silent',
  })
  return result.outputFiles[0]?.text ?? ''
}

/** Rule ids of the Adyen, Checkout.com, PayPal, Square, GoCardless, Razorpay and Braintree dialects start so. */
const PAYMENT_API_RULES = [
  'adyen:',
  'checkout-com:',
  'paypal:',
  'square:',
  'gocardless:',
  'razorpay:',
  'braintree:',
]

describe('tree-shaking @recourse/core', () => {
  it('given createClassifier with only the stripe dialect, leaves the other dialects out', async () => {
    const output = await bundle(
      `import { createClassifier, stripe } from '@recourse/core'\nexport const { classify } = createClassifier({ dialects: [stripe] })`,
    )
    expect(output).toContain('card:insufficient-funds')
    for (const other of [
      'mastercard:',
      'tabapay:',
      'mangopay:',
      'cloud-payments:',
      'problem+json',
      ...PAYMENT_API_RULES,
    ]) {
      expect(output).not.toContain(other)
    }
    // Nor the copy, the retry policy or the fetch helper.
    expect(output).not.toContain('Your payment was declined')
    expect(output).not.toContain('Idempotency-Key')
  })

  it('given createClassifier with only the adyen dialect, leaves the other new dialects out', async () => {
    const output = await bundle(
      `import { createClassifier, adyen } from '@recourse/core'\nexport const { classify } = createClassifier({ dialects: [adyen] })`,
    )
    expect(output).toContain('CVC Declined')
    for (const other of [...PAYMENT_API_RULES.slice(1), 'card:declined']) {
      expect(output).not.toContain(other)
    }
  })

  it('given createClassifier with only the braintree dialect, leaves the XML reader and the gateway out', async () => {
    const output = await bundle(
      `import { createClassifier, braintree } from '@recourse/core'\nexport const { classify } = createClassifier({ dialects: [braintree] })`,
    )
    expect(output).toContain('fieldErrors')
    expect(output).toContain('incorrect-cvc 81706')
    for (const other of [
      'CDATA',
      'api-error-response',
      'processor-response-code',
      'insufficient-funds 2001',
      'mastercard:',
      ...PAYMENT_API_RULES.slice(0, -1),
    ]) {
      expect(output).not.toContain(other)
    }
  })

  it('given createClassifier with braintreeGateway, keeps the XML reader and the processor codes', async () => {
    const output = await bundle(
      `import { createClassifier, braintreeGateway } from '@recourse/core'\nexport const { classify } = createClassifier({ dialects: [braintreeGateway] })`,
    )
    for (const kept of [
      'CDATA',
      'api-error-response',
      'insufficient-funds 2001',
      'incorrect-cvc 81706',
    ]) {
      expect(output).toContain(kept)
    }
  })

  it('given the default classify, keeps every dialect', async () => {
    const output = await bundle(`export { classify } from '@recourse/core'`)
    for (const dialect of [
      'mastercard:',
      'tabapay:',
      'mangopay:',
      'cloud-payments:',
      'card:declined',
      ...PAYMENT_API_RULES,
    ]) {
      expect(output).toContain(dialect)
    }
  })
})
