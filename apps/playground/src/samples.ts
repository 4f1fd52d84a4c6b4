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
  // Published bodies of the providers added for issue 12, each from the source named above it.
  // Adyen/adyen-java-api-library@bca8a14bd8bfd031e109bbf12684150f37b17a2b:src/test/resources/mocks/authorise-error-cvc-declined.json (fraudResult left out)
  {
    id: 'adyen-refused-cvc',
    label: 'Adyen: 200 with resultCode Refused, CVC Declined',
    method: 'POST',
    idempotent: true,
    raw: `HTTP/1.1 200 OK
Content-Type: application/json

${json({ additionalData: { fraudResultType: 'GREEN', aliasType: 'Default', alias: 'H167852639363479' }, pspReference: '7924836078655376', refusalReason: 'CVC Declined', resultCode: 'Refused' })}`,
  },
  // https://docs.adyen.com/development-resources/error-codes
  {
    id: 'adyen-invalid-card-number',
    label: 'Adyen: 422 errorCode 101 Invalid card number',
    method: 'POST',
    idempotent: true,
    raw: `HTTP/1.1 422 Unprocessable Entity
Content-Type: application/json

${json({ status: 422, errorCode: '101', message: 'Invalid card number', errorType: 'validation', pspReference: 'F7WCWRG6JPHR8HG2' })}`,
  },
  // Adyen/adyen-java-api-library@bca8a14bd8bfd031e109bbf12684150f37b17a2b:src/test/resources/mocks/response-validation-error-rfc7807.json
  {
    id: 'adyen-problem-invalid-fields',
    label: 'Adyen: 422 RFC 7807 problem with invalidFields',
    method: 'POST',
    idempotent: true,
    raw: `HTTP/1.1 422 Unprocessable Entity
Content-Type: application/problem+json

${json({ type: 'https://docs.adyen.com/errors/validation', title: 'The request is missing required fields or contains invalid data.', status: 422, detail: 'Invalid legal entity information provided', requestId: '1234567890', invalidFields: [{ name: 'type', message: 'Type was not provided, or was invalid. Possible values: [organization, individual, soleProprietorship, trust, unincorporatedPartnership].' }], errorCode: '30_102' })}`,
  },
  // checkout/checkout-sdk-node@a1d2c7234c9ce6f694d3131e5b100aaa13657d20:test/payments/requestPayment.js (source card details, risk and links left out)
  {
    id: 'checkout-com-declined',
    label: 'Checkout.com: 201 with approved false (20005 Do Not Honour)',
    method: 'POST',
    idempotent: true,
    raw: `HTTP/1.1 201 Created
Content-Type: application/json

${json({ id: 'pay_idt2rgacxglehoyhiu7fu3e4we', action_id: 'act_idt2rgacxglehoyhiu7fu3e4we', amount: 1005, currency: 'USD', approved: false, status: 'Declined', auth_code: '000000', response_code: '20005', response_summary: 'Declined - Do Not Honour' })}`,
  },
  // checkout/checkout-sdk-node@a1d2c7234c9ce6f694d3131e5b100aaa13657d20:test/payments/requestPayment.js
  {
    id: 'checkout-com-token-expired',
    label: 'Checkout.com: 422 token_expired (enter the card again)',
    method: 'POST',
    idempotent: true,
    raw: `HTTP/1.1 422 Unprocessable Entity
Content-Type: application/json

${json({ request_id: '8daac099-b8e5-428c-8374-11c9c0f42d2f', error_type: 'processing_error', error_codes: ['token_expired'] })}`,
  },
  // checkout/checkout-sdk-node@a1d2c7234c9ce6f694d3131e5b100aaa13657d20:test/apm-specific/klarna.js
  {
    id: 'checkout-com-field',
    label: 'Checkout.com: 422 currency_required (the code names the field)',
    method: 'POST',
    idempotent: true,
    raw: `HTTP/1.1 422 Unprocessable Entity
Content-Type: application/json

${json({ request_id: '0HM3MI9LCAB4D:00000003', error_type: 'request_invalid', error_codes: ['currency_required'] })}`,
  },
  // https://paypal-community.com/t5/Sandbox-Environment/UNPROCESSABLE-ENTITY/td-p/3120483
  {
    id: 'paypal-instrument-declined',
    label: 'PayPal: 422 INSTRUMENT_DECLINED',
    method: 'POST',
    idempotent: true,
    raw: `HTTP/1.1 422 Unprocessable Entity
Content-Type: application/json

${json({
  name: 'UNPROCESSABLE_ENTITY',
  details: [
    {
      issue: 'INSTRUMENT_DECLINED',
      description:
        "The instrument presented was either declined by the processor or bank, or it can't be used for this payment.",
    },
  ],
  message:
    'The requested action could not be performed, semantically incorrect, or failed business validation.',
  debug_id: 'fa9ffe64391d4',
  links: [
    {
      href: 'https://developer.paypal.com/docs/api/orders/v2/#error-INSTRUMENT_DECLINED',
      rel: 'information_link',
      method: 'GET',
    },
    {
      href: 'https://www.sandbox.paypal.com/checkoutnow?token=2GG04258RD4047935',
      rel: 'redirect',
      method: 'GET',
    },
  ],
})}`,
  },
  // https://developer.paypal.com/docs/business/subscriptions/error-handling/
  {
    id: 'paypal-invalid-request',
    label: 'PayPal: 400 INVALID_REQUEST with a JSON Pointer field',
    method: 'POST',
    idempotent: true,
    raw: `HTTP/1.1 400 Bad Request
Content-Type: application/json

${json({ name: 'INVALID_REQUEST', message: 'Request is not well-formed, syntactically incorrect, or violates schema', debug_id: '6u3y6fca61718', details: [{ field: '/plan_id', description: 'A required field is missing.', location: 'body' }], links: [{ href: '', rel: 'information_link', method: 'GET' }] })}`,
  },
  // paypal/paypal-rest-api-specifications@ec4d8f36a6ab0abcc3865e1072aaddc85ea14d5c:openapi/checkout_orders_v2.json#/components/schemas/error_500/example
  {
    id: 'paypal-500-unkeyed',
    label: 'PayPal: 500 to a POST without PayPal-Request-Id',
    method: 'POST',
    idempotent: false,
    raw: `HTTP/1.1 500 Internal Server Error
Content-Type: application/json

${json({ name: 'INTERNAL_SERVER_ERROR', message: 'An internal server error occurred.', debug_id: '90957fca61718', links: [{ href: 'https://developer.paypal.com/api/orders/v2/#error-INTERNAL_SERVER_ERROR', rel: 'information_link' }] })}`,
  },
  // https://developer.squareup.com/docs/payments-api/error-codes
  {
    id: 'square-insufficient-funds',
    label: 'Square: 400 INSUFFICIENT_FUNDS',
    method: 'POST',
    idempotent: true,
    raw: `HTTP/1.1 400 Bad Request
Content-Type: application/json

${json({ errors: [{ code: 'INSUFFICIENT_FUNDS', detail: "Authorization error: 'INSUFFICIENT_FUNDS'", category: 'PAYMENT_METHOD_ERROR' }] })}`,
  },
  // https://github.com/square/connect-php-sdk/issues/140
  {
    id: 'square-pan-failure',
    label: 'Square: 400 PAN_FAILURE (the card number)',
    method: 'POST',
    idempotent: true,
    raw: `HTTP/1.1 400 Bad Request
Content-Type: application/json

${json({ errors: [{ code: 'PAN_FAILURE', detail: "Authorization error: 'PAN_FAILURE'", category: 'PAYMENT_METHOD_ERROR' }] })}`,
  },
  // gocardless/gocardless-pro-python@d5c83f375d8867d2980745ed1c510f264823d300:tests/fixtures/validation_failed_error.json
  {
    id: 'gocardless-validation',
    label: 'GoCardless: 422 validation_failed with fields',
    method: 'POST',
    idempotent: true,
    raw: `HTTP/1.1 422 Unprocessable Entity
Content-Type: application/json

${json({
  error: {
    documentation_url: 'https://developer.gocardless.com/pro#validation_failed',
    message: 'Validation failed',
    type: 'validation_failed',
    code: 422,
    request_id: 'dd50eaaf-8213-48fe-90d6-5466872efbc4',
    errors: [
      {
        message: 'must be a number',
        field: 'branch_code',
        request_pointer: '/customer_bank_accounts/branch_code',
      },
      {
        message: 'is invalid',
        field: 'country_code',
        request_pointer: '/customer_bank_accounts/country_code',
      },
    ],
  },
})}`,
  },
  // gocardless/gocardless-pro-python@d5c83f375d8867d2980745ed1c510f264823d300:tests/fixtures/idempotent_creation_conflict_error.json
  {
    id: 'gocardless-idempotency-conflict',
    label: 'GoCardless: 409 idempotent_creation_conflict',
    method: 'POST',
    idempotent: true,
    raw: `HTTP/1.1 409 Conflict
Content-Type: application/json

${json({ error: { code: 409, documentation_url: 'https://developer.gocardless.com/api-reference#idempotent_creation_conflict', errors: [{ message: 'A resource has already been created with this idempotency key', links: { conflicting_resource_id: 'PM00001078ZJJN' }, reason: 'idempotent_creation_conflict' }], message: 'A resource has already been created with this idempotency key', request_id: '9aac0445-fd1e-4dc2-8854-a5a6afbaaeae', type: 'invalid_state' } })}`,
  },
  // razorpay/razorpay-node@9737ef17342b8a551f7af2413c8d24df559accc8:documents/payment.md (card, customer and acquirer details left out)
  {
    id: 'razorpay-failed-payment',
    label: 'Razorpay: 200 payment with status failed',
    method: 'GET',
    idempotent: true,
    raw: `HTTP/1.1 200 OK
Content-Type: application/json

${json({ id: 'pay_H9oR0gLCaVlV6m', entity: 'payment', amount: 100, currency: 'INR', status: 'failed', order_id: 'order_H9o58N6qmLYQKC', method: 'card', captured: false, error_code: 'BAD_REQUEST_ERROR', error_description: 'Card issuer is invalid', error_source: 'customer', error_step: 'payment_authentication', error_reason: 'incorrect_card_details', created_at: 1620807547 })}`,
  },
  // https://razorpay.com/docs/payments/recurring-payments/emandate/errors/
  {
    id: 'razorpay-invalid-otp',
    label: 'Razorpay: 400 invalid_otp with source, step and reason',
    method: 'POST',
    idempotent: true,
    raw: `HTTP/1.1 400 Bad Request
Content-Type: application/json

${json({ error: { code: 'BAD_REQUEST_ERROR', description: 'Authentication failed due to incorrect otp', field: null, source: 'customer', step: 'payment_authentication', reason: 'invalid_otp', metadata: { payment_id: 'pay_EDNBKIP31Y4jl8', order_id: 'order_DBJKIP31Y4jl8' } } })}`,
  },
  // braintree/braintree_android@6c32508864f56da801474342d243262538776712:TestUtils/src/main/java/com/braintreepayments/api/testutils/Fixtures.kt (ERRORS_GRAPHQL_CREDIT_CARD_ERROR)
  {
    id: 'braintree-graphql-card-errors',
    label: 'Braintree: GraphQL errors inside a 200 (expiry and CVV)',
    method: 'POST',
    idempotent: false,
    raw: `HTTP/1.1 200 OK
Content-Type: application/json

${json({
  data: { tokenizeCreditCard: null },
  errors: [
    {
      message: 'Expiration month is invalid',
      path: ['tokenizeCreditCard'],
      locations: [{ line: 1, column: 66 }],
      extensions: {
        errorType: 'user_error',
        legacyCode: '81712',
        inputPath: ['input', 'creditCard', 'expirationMonth'],
      },
    },
    {
      message: 'Expiration year is invalid',
      path: ['tokenizeCreditCard'],
      locations: [{ line: 1, column: 66 }],
      extensions: {
        errorType: 'user_error',
        legacyCode: '81713',
        inputPath: ['input', 'creditCard', 'expirationYear'],
      },
    },
    {
      message: 'CVV verification failed',
      path: ['tokenizeCreditCard'],
      locations: [{ line: 1, column: 66 }],
      extensions: {
        errorType: 'user_error',
        legacyCode: '81736',
        inputPath: ['input', 'creditCard', 'cvv'],
      },
    },
  ],
  extensions: { requestId: 'de1f7c67-4861-455f-89bb-1d208915f270' },
})}`,
  },
  // braintree/braintree_android@6c32508864f56da801474342d243262538776712:TestUtils/src/main/java/com/braintreepayments/api/testutils/Fixtures.kt (ERRORS_CREDIT_CARD_ERROR_RESPONSE)
  {
    id: 'braintree-client-field-errors',
    label: 'Braintree: 422 client API fieldErrors',
    method: 'POST',
    idempotent: false,
    raw: `HTTP/1.1 422 Unprocessable Entity
Content-Type: application/json

${json({
  error: { message: 'Credit card is invalid' },
  fieldErrors: [
    {
      field: 'creditCard',
      fieldErrors: [
        { field: 'expirationYear', message: 'Expiration year is invalid' },
        { field: 'number', message: 'Credit card number is required' },
        {
          field: 'base',
          message:
            'Credit card must include number, payment_method_nonce, or venmo_sdk_payment_method_code',
        },
      ],
    },
  ],
})}`,
  },
  // braintree/braintree_java@264e555a9a5a57938a9ee106dd73fc224d8daa97:src/test/java/com/braintreegateway/integrationtest/ValidationErrorsIT.java
  {
    id: 'braintree-gateway-xml',
    label: 'Braintree: 422 gateway XML, errors nested per object',
    method: 'POST',
    idempotent: false,
    raw: `HTTP/1.1 422 Unprocessable Entity
Content-Type: application/xml

<?xml version="1.0" encoding="UTF-8"?><api-error-response>  <errors>    <customer>      <errors type="array">        <error>          <code>81608</code>          <message>First name is too long.</message>          <attribute type="symbol">first_name</attribute>        </error>      </errors>      <credit-card>        <billing-address>          <errors type="array">            <error>              <code>91803</code>              <message>Country name is not an accepted country.</message>              <attribute type="symbol">country_name</attribute>            </error>          </errors>        </billing-address>        <errors type="array">          <error>            <code>81715</code>            <message>Credit card number is invalid.</message>            <attribute type="symbol">number</attribute>          </error>        </errors>      </credit-card>    </customer>    <errors type="array"/>  </errors></api-error-response>`,
  },
  // braintree/braintree_java@264e555a9a5a57938a9ee106dd73fc224d8daa97:src/test/java/com/braintreegateway/integrationtest/CreditCardVerificationIT.java (card details left out)
  {
    id: 'braintree-processor-declined',
    label: 'Braintree: 422 verification processor_declined 2000',
    method: 'POST',
    idempotent: false,
    raw: `HTTP/1.1 422 Unprocessable Entity
Content-Type: application/xml

<?xml version="1.0" encoding="UTF-8"?><api-error-response>  <verification>    <amount>1.00</amount>    <currency-iso-code>USD</currency-iso-code>    <avs-error-response-code nil="true"></avs-error-response-code>    <avs-postal-code-response-code>I</avs-postal-code-response-code>    <status>processor_declined</status>    <processor-response-code>2000</processor-response-code>    <avs-street-address-response-code>I</avs-street-address-response-code>    <processor-response-text>Do Not Honor</processor-response-text>    <cvv-response-code>M</cvv-response-code>    <id>verification_id</id>        <billing>      <postal-code>60601</postal-code>    </billing>  </verification>  <errors>    <errors type="array"/>  </errors></api-error-response>`,
  },
]
