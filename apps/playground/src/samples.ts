// Raw responses in the providers' documented shapes (../shared/providers.md), as `curl -i` would print them.
// The playground starts from one of these; a reviewer can paste any other.

export interface Sample {
  id: string
  label: string
  /** The method and idempotency the sample is usually met with. */
  method: string
  idempotent: boolean
  raw: string
}

const json = (value: unknown) => JSON.stringify(value, null, 2)

export const samples: readonly Sample[] = [
  {
    id: 'stripe-insufficient-funds',
    label: 'Stripe-style: 402 insufficient funds',
    method: 'POST',
    idempotent: true,
    raw: `HTTP/1.1 402 Payment Required
Content-Type: application/json
Request-Id: req_8Xq2LmT0aB

${json({
  error: {
    type: 'card_error',
    code: 'card_declined',
    decline_code: 'insufficient_funds',
    message: 'Your card has insufficient funds.',
  },
})}`,
  },
  {
    id: 'stripe-fraudulent',
    label: 'Stripe-style: 402 fraudulent (shown as a generic decline)',
    method: 'POST',
    idempotent: true,
    raw: `HTTP/1.1 402 Payment Required
Content-Type: application/json
Request-Id: req_F7kq0Z

${json({ error: { type: 'card_error', code: 'card_declined', decline_code: 'fraudulent', message: 'Your card was declined.' } })}`,
  },
  {
    id: 'stripe-incorrect-cvc',
    label: 'Stripe-style: 402 incorrect CVC (fix the field)',
    method: 'POST',
    idempotent: true,
    raw: `HTTP/1.1 402 Payment Required
Content-Type: application/json
Request-Id: req_Cvc91

${json({ error: { type: 'card_error', code: 'incorrect_cvc', param: 'cvc', message: "Your card's security code is incorrect." } })}`,
  },
  {
    id: 'stripe-rate-limited',
    label: 'Stripe-style: 429 with Retry-After',
    method: 'GET',
    idempotent: true,
    raw: `HTTP/1.1 429 Too Many Requests
Content-Type: application/json
Retry-After: 5
Request-Id: req_rl_01

${json({ error: { type: 'rate_limit_error', message: 'Too many requests hit the API too quickly.' } })}`,
  },
  {
    id: 'mastercard-invalid-input',
    label: 'Mastercard Cross-Border: 400 invalid input value',
    method: 'POST',
    idempotent: true,
    raw: `HTTP/1.1 400 Bad Request
Content-Type: application/json

${json({
  Errors: {
    Error: {
      RequestId: '13559438',
      Source: 'sender_account_uri',
      ReasonCode: 'INVALID_INPUT_VALUE',
      Description: 'Invalid Input Value',
      Recoverable: 'false',
      Details: { Detail: { Name: 'ErrorDetailCode', Value: '082000' } },
    },
  },
})}`,
  },
  {
    id: 'mastercard-gateway-declined',
    label: 'Mastercard API gateway: 401 DECLINED (an access problem, not a card decline)',
    method: 'POST',
    idempotent: true,
    raw: `HTTP/1.1 401 Unauthorized
Content-Type: application/json

${json({
  Errors: {
    Error: [
      {
        Source: 'Gateway',
        ReasonCode: 'DECLINED',
        Description: 'Unauthorized - Access Not Granted',
        Recoverable: false,
        Details: null,
      },
    ],
  },
})}`,
  },
  {
    id: 'mastercard-events-field-in-text',
    label: 'Mastercard Event Notifications: 400, the field only in the text',
    method: 'POST',
    idempotent: true,
    raw: `HTTP/1.1 400 Bad Request
Content-Type: application/json

${json({
  Errors: {
    Error: [
      {
        Source: 'Commercial Event Notifications',
        ReasonCode: 'format.invalid',
        Description: 'One or more fields contain invalid data',
        Recoverable: false,
        Details: "The field 'subjectType' has an invalid format.",
      },
    ],
  },
})}`,
  },
  {
    id: 'tabapay-unknown',
    label: 'TabaPay: 207 UNKNOWN outcome (never resubmit)',
    method: 'POST',
    idempotent: false,
    raw: `HTTP/1.1 207 Multi-Status
Content-Type: application/json

${json({ SC: 207, EC: 'InternalErrorCode', status: 'UNKNOWN', transactionID: 'TX7Vb3Nc1p' })}`,
  },
  {
    id: 'tabapay-routing-number',
    label: 'TabaPay: 400 with a cryptic EM (locates the field, never shown)',
    method: 'POST',
    idempotent: true,
    raw: `HTTP/1.1 400 Bad Request
Content-Type: application/json

${json({ SC: 400, EC: '3C5E1221', EM: 'accounts.destinationAccount.bank.routingNumber' })}`,
  },
  {
    id: 'tabapay-200-decline',
    label: 'TabaPay: 200 that carries a decline (networkRC 51)',
    method: 'POST',
    idempotent: true,
    raw: `HTTP/1.1 200 OK
Content-Type: application/json

${json({ SC: 200, EC: '0', transactionID: 'TX2Ko9qR4m', status: 'FAILED', networkRC: '51' })}`,
  },
  {
    id: 'mangopay-param-error',
    label: 'Mangopay: 400 param_error with a field map',
    method: 'POST',
    idempotent: true,
    raw: `HTTP/1.1 400 Bad Request
Content-Type: application/json

${json({
  Message: 'One or several required parameters are missing or incorrect.',
  Type: 'param_error',
  Id: '17c965a1-6cde-4730-910a-b6b02d79b765',
  Date: 1440424344,
  errors: { Currency: 'The code XPX cannot be found in the standard ISO 4217' },
})}`,
  },
  {
    id: 'mangopay-rate-limit',
    label: 'Mangopay: 429 with X-RateLimit-Reset windows (no Retry-After)',
    method: 'GET',
    idempotent: true,
    raw: `HTTP/1.1 429 Too Many Requests
Content-Type: application/json
X-RateLimit: 2301, 2301, 2301, 2301
X-RateLimit-Remaining: 0, 2069, 67699, 95699
X-RateLimit-Reset: ${'{reset}'}

${json({ Message: 'Too many requests', Type: 'rate_limit', Id: 'b4f5c61a-9d2e-4c6b-8a70-1f3e5d7c9b21' })}`,
  },
  {
    id: 'cloud-payments-declined',
    label: 'Cloud Payments: 200 with data.response "declined"',
    method: 'POST',
    idempotent: true,
    raw: `HTTP/1.1 200 OK
Content-Type: application/json
x-correlation-id: 4f6c1a8e-cp-7731

${json({ data: { id: 'txn_5531', response: 'declined', response_code: 201, response_message: 'Insufficient funds' } })}`,
  },
  {
    id: 'problem-details-validation',
    label: 'RFC 9457 problem details: 422 with pointers',
    method: 'PUT',
    idempotent: true,
    raw: `HTTP/1.1 422 Unprocessable Content
Content-Type: application/problem+json

${json({
  type: 'https://example.net/validation-error',
  title: 'Your request is not valid.',
  status: 422,
  instance: '/accounts/12345/msgs/abc',
  errors: [
    { detail: 'must be a positive integer', pointer: '#/age' },
    { detail: "must be 'green', 'red' or 'blue'", pointer: '#/profile/color' },
  ],
})}`,
  },
  {
    id: 'html-502',
    label: 'A 502 from a proxy, in HTML (never shown)',
    method: 'GET',
    idempotent: true,
    raw: `HTTP/1.1 502 Bad Gateway
Content-Type: text/html

<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1><script>alert(1)</script></body></html>`,
  },
  // Real bodies, as the providers' own docs print them (sources in test/fixtures).
  {
    id: 'mastercard-xml-additional-data',
    label: 'Mastercard Cross-Border: 400 in XML, Source names an additional data field',
    method: 'POST',
    idempotent: true,
    raw: `HTTP/1.1 400 Bad Request
Content-Type: application/xml

<Errors>
  <Error>
    <RequestId>7623048</RequestId>
    <Source>Additional Data-1200-Destination Service Tag</Source>
    <ReasonCode>INVALID_INPUT_VALUE</ReasonCode>
    <Description>Invalid Input Value</Description>
    <Recoverable>false</Recoverable>
    <Details>
      <Detail>
        <Name>ErrorDetailCode</Name>
        <Value>082000</Value>
      </Detail>
    </Details>
  </Error>
</Errors>`,
  },
  {
    id: 'mangopay-card-registration-cvv',
    label: 'Mangopay: 200 card registration in ERROR, result code 105204 (CVV format)',
    method: 'PUT',
    idempotent: true,
    raw: `HTTP/1.1 200 OK
Content-Type: application/json

${json({
  Id: '155863175',
  Tag: null,
  CreationDate: 1668096286,
  UserId: '114347725',
  AccessKey: '1X0m87dmM2LiwFgxPLBJ',
  PreregistrationData:
    'XBDYiG8w9PrylPS01KmupXRliXJKdhv4qIxuLTILhYGx1ZSk-7UTfl_7827seZIJ2ddFLVXdicolcUIkv_kKEA',
  RegistrationData: 'errorCode=02627',
  CardId: null,
  CardType: 'CB_VISA_MASTERCARD',
  CardRegistrationURL:
    'https://pci.sandbox.mangopay.com/api/mangopay/vault/tokenize/eyJjbGllbnQiOiJjbGllbnRJZCIsInRva2VuIjoidW5xaXVlVG9rZW4ifQ==',
  ResultCode: '105204',
  ResultMessage: 'CVV: missing or invalid format',
  Currency: 'EUR',
  Status: 'ERROR',
})}`,
  },
  {
    id: 'stripe-should-retry',
    label: 'Stripe: 400 with Stripe-Should-Retry: true (retried)',
    method: 'POST',
    idempotent: false,
    raw: `HTTP/1.1 400 Bad Request
Content-Type: application/json
Stripe-Should-Retry: true

${json({ error: { type: 'your_fault' } })}`,
  },
]
