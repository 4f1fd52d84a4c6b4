import { adyen } from './adyen.js'
import { braintreeGateway } from './braintree.js'
import { checkoutCom } from './checkout-com.js'
import { cloudPayments } from './cloud-payments.js'
import { gocardless } from './gocardless.js'
import { mangopay } from './mangopay.js'
import { mastercard } from './mastercard.js'
import { paddle } from './paddle.js'
import { paypal } from './paypal.js'
import { problemDetails } from './problem-details.js'
import { razorpay } from './razorpay.js'
import { square } from './square.js'
import { stripe } from './stripe.js'
import { tabapay } from './tabapay.js'
import type { Dialect } from '../types.js'

/**
 * Every built-in dialect, in detection order (most distinctive shape first): the registry. `classify` knows each of
 * them; each is also its own entry, `@recourse/core/dialects/<name>`. A new provider is one module in this folder,
 * one line here, its fixtures in test/fixtures/providers and its section in docs/providers.md.
 *
 * @example
 * ```ts
 * import { createClassifier } from '@recourse/core'
 * import { allDialects } from '@recourse/core/dialects'
 *
 * // An app's own provider first, then every built-in one.
 * const { classify } = createClassifier({ dialects: [acmePay, ...allDialects] })
 * ```
 */
export const allDialects: readonly Dialect[] = [
  mastercard,
  tabapay,
  mangopay,
  cloudPayments,
  // Before stripe: GoCardless and Razorpay also wrap their errors in `error: { type, code }`. Before problemDetails: Adyen's
  // newer APIs send RFC 7807 problems with Adyen's own fields.
  adyen,
  checkoutCom,
  paypal,
  // Before stripe and generic: the client API's `{ error: { message }, fieldErrors }` and GraphQL `errors`.
  braintreeGateway,
  square,
  // Before gocardless and stripe: Paddle wraps its errors in `error: { type, code }` too, with `meta.request_id`.
  paddle,
  gocardless,
  razorpay,
  stripe,
  problemDetails,
]
