import type { MessageCatalog } from '../messageCatalog.js'

// Plain words a customer understands: say what happened and what to do next. No "oops", no "please", no "invalid".

/** English copy, the default catalog. */
export const en: MessageCatalog = {
  locale: 'en',
  kinds: {
    'fix-input': {
      title: 'Check the details you entered',
      body: 'Some details need changing before we can continue.',
      action: 'Correct the highlighted details',
    },
    declined: {
      title: 'Your payment was declined',
      body: 'Your card provider did not accept this payment.',
      action: 'Use another card or payment method',
    },
    'retry-later': {
      title: 'Something went wrong for a moment',
      body: 'This should work if you try again shortly.',
      action: 'Try again',
    },
    'contact-support': {
      title: 'We cannot complete this right now',
      body: 'Contact support so they can look into it.',
      action: 'Contact support',
    },
  },
  reasons: {
    'outcome-unknown': {
      title: 'We do not know yet if your payment went through',
      body: 'Do not pay again. Check your order status, or contact support, before you make another payment.',
      action: 'Check your order status',
    },
    pending: {
      title: 'Your payment is being processed',
      body: 'Do not pay again. Check your order status in a few minutes.',
      action: 'Check your order status',
    },
    'duplicate-request': {
      title: 'This payment may already have been made',
      body: 'A payment with the same reference already exists. Check your order status before you pay again.',
      action: 'Check your order status',
    },
    'idempotency-conflict': {
      title: 'This payment may already have been made',
      body: 'We already received this payment request. Check your order status before you pay again.',
      action: 'Check your order status',
    },
    'partially-completed': {
      title: 'Your payment was only partly completed',
      body: 'Contact support before you try again, so you are not charged twice.',
    },
    'insufficient-funds': { body: 'There is not enough money in the account for this payment.' },
    'limit-exceeded': { body: 'This payment is over a limit on the card or account.' },
    'expired-card': {
      title: 'The card has expired',
      body: 'Check the expiry date, or use another card.',
    },
    'incorrect-cvc': {
      title: 'Check the security code',
      body: 'The security code does not match the card. It is the 3 or 4 digits printed on the card.',
      action: 'Correct the security code',
    },
    'incorrect-number': {
      title: 'Check the card number',
      body: 'The card number is not right. Check it against your card.',
      action: 'Correct the card number',
    },
    'incorrect-expiry': {
      title: 'Check the expiry date',
      body: 'The expiry date does not match the card.',
      action: 'Correct the expiry date',
    },
    'incorrect-postcode': {
      title: 'Check the postcode',
      body: "The postcode does not match the card's billing address.",
      action: 'Correct the postcode',
    },
    'card-not-supported': { body: 'This card cannot be used for this payment.' },
    'authentication-required': {
      body: 'Your bank needs you to confirm this payment.',
      action: 'Try again and confirm with your bank',
    },
    'account-disabled': { body: 'This account cannot send or receive payments at the moment.' },
    'payment-failed': { title: 'Your payment did not go through', body: 'No payment was taken.' },
    'issuer-unavailable': {
      title: 'Your card provider did not answer',
      body: 'No payment was taken. Try again in a few minutes.',
    },
    'rate-limited': { title: 'Too many attempts', body: 'Wait a moment, then try again.' },
    offline: { title: 'You are offline', body: 'Check your internet connection, then try again.' },
    'network-error': {
      title: 'Connection problem',
      body: 'We could not reach the server. Check your internet connection, then try again.',
    },
    timeout: { title: 'This is taking too long', body: 'The server did not answer in time.' },
    aborted: { title: 'Cancelled', body: 'The request was cancelled.' },
    'invalid-characters': {
      body: 'Some details contain characters we cannot accept. Remove any special characters and try again.',
    },
    'too-large': {
      title: 'The file is too large',
      body: 'Choose a smaller file.',
      action: 'Choose another file',
    },
    'unsupported-file-type': {
      title: 'This type of file is not accepted',
      body: 'Choose a file in a different format.',
      action: 'Choose another file',
    },
    'configuration-error': {
      title: 'We cannot take card payments right now',
      body: 'The problem is in our payment setup, not your card. No payment was taken. Contact support so they can fix it.',
    },
    'card-details-expired': {
      title: 'Enter your card details again',
      body: 'The card details you entered have timed out. Enter them again to pay.',
      action: 'Enter your card details',
    },
  },
  fields: {
    required: 'Enter {label}',
    format: 'Enter {label} in the right format',
    length: '{label} is too long or too short',
    characters: '{label} contains characters we cannot accept',
    expired: 'The card has expired: check {label}',
    expiry: 'Check {label}',
    cvc: 'Check {label}',
    number: 'Check {label}',
    postcode: 'Check {label}',
    invalid: 'Check {label}',
  },
  unlabelledFields: {
    required: 'Enter a value',
    format: 'Enter this in the right format',
    length: 'This is too long or too short',
    characters: 'This contains characters we cannot accept',
    expired: 'The card has expired',
    expiry: 'Check the expiry date',
    cvc: 'Check the security code',
    number: 'Check the card number',
    postcode: 'Check the postcode',
    invalid: 'Check this value',
  },
  reference: 'Reference: {reference}',
  ui: {
    summaryTitle: 'There is a problem',
    errorPrefix: 'Error:',
    copyReference: 'Copy reference',
    referenceCopied: 'Reference copied',
    referenceCopyFailed:
      'Copying did not work: the reference is selected, copy it with your keyboard or menu.',
    retryIn: 'Try again in {seconds} s',
    nextAttemptIn: 'Next attempt in {seconds} s',
    retryReady: 'You can try again now.',
    retryingAutomatically: 'Trying again…',
    supportTitle: 'Contact support',
    supportEmail: 'Email',
    supportPhone: 'Phone',
    supportWebsite: 'Help centre',
    dismiss: 'Dismiss',
  },
}
