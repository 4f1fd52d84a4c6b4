import { adyen } from './adyen.js'
import { braintreeGateway } from './braintree.js'
import { checkoutCom } from './checkoutCom.js'
import { cloudPayments } from './cloudPayments.js'
import { gocardless } from './gocardless.js'
import { mangopay } from './mangopay.js'
import { mastercard } from './mastercard.js'
import { paypal } from './paypal.js'
import { problemDetails } from './problemDetails.js'
import { razorpay } from './razorpay.js'
import { square } from './square.js'
import { stripe } from './stripe.js'
import { tabapay } from './tabapay.js'
import type { Dialect } from '../types.js'

/** Every built-in dialect, in detection order (most distinctive shape first). */
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
  gocardless,
  razorpay,
  stripe,
  problemDetails,
]
