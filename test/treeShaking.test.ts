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

/** Rule ids of the Adyen, Checkout.com, PayPal, Square, GoCardless and Razorpay dialects start so. */
const PAYMENT_API_RULES = [
  'adyen:',
  'checkout-com:',
  'paypal:',
  'square:',
  'gocardless:',
  'razorpay:',
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
