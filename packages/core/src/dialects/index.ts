import { cloudPayments } from './cloudPayments.js'
import { mangopay } from './mangopay.js'
import { mastercard } from './mastercard.js'
import { problemDetails } from './problemDetails.js'
import { stripe } from './stripe.js'
import { tabapay } from './tabapay.js'
import type { Dialect } from '../types.js'

/** Every built-in dialect, in detection order (most distinctive shape first). */
export const allDialects: readonly Dialect[] = [
  mastercard,
  tabapay,
  mangopay,
  cloudPayments,
  stripe,
  problemDetails,
]
