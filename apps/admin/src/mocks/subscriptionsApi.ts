// A webhook-subscription API modelled on Mastercard Commercial Event Notifications. Its errors are
// {"Errors":{"Error":[{ Source, ReasonCode, Description, Recoverable, Details }]}} where `Source` is the application
// name, not a field: the field is only named in the text of `Details`.
import { delay, http, HttpResponse } from 'msw'
import { SUBJECT_TYPES, SUBSCRIPTIONS_URL, type Subscription } from '../api.js'
import type { FailureMode, OutageStore } from './outages.js'

/** What the editor sends, as the server sees it: anything may be missing, null or of another type. */
type IncomingDraft = Partial<Record<keyof Omit<Subscription, 'id'>, unknown>>

export function seedSubscriptions(): Subscription[] {
  return [
    {
      id: 'sub_01',
      subjectType: 'PAYMENT',
      eventType: 'PAYMENT_SETTLED',
      callbackUrl: 'https://hooks.admin.example/settlements',
      consumerKey: 'k7Qm2Xa9Lr4Tz8Wc1Vb6Np3Hd5Jf0Ys',
      active: true,
      specifications: [{ fieldMappingName: 'settlement-v2' }],
    },
    {
      id: 'sub_02',
      subjectType: 'CARD',
      eventType: 'CARD_UPDATED',
      callbackUrl: 'https://hooks.admin.example/cards',
      consumerKey: 'p2Lx8Rt5Qw1Zn7Kc4Vm9Bd3Hs6Jg0Fa',
      active: false,
      specifications: [{ fieldMappingName: 'card-lifecycle' }],
    },
  ]
}

const APPLICATION = 'Commercial Event Notifications'

interface CenError {
  Source: string
  ReasonCode: string
  Description: string
  Recoverable: boolean
  Details: string | null
}

function invalid(reasonCode: string, details: string): CenError {
  return {
    Source: APPLICATION,
    ReasonCode: reasonCode,
    Description: 'One or more fields contain invalid data',
    Recoverable: false,
    Details: details,
  }
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')

/** The API's own validation, worded as Commercial Event Notifications words it. */
export function validate(draft: IncomingDraft): CenError[] {
  const errors: CenError[] = []
  if (!SUBJECT_TYPES.includes(text(draft.subjectType) as never))
    errors.push(
      text(draft.subjectType)
        ? invalid('format.invalid', "The field 'subjectType' has an invalid format.")
        : invalid('field.required', "'subjectType' must not be null."),
    )
  if (!text(draft.eventType))
    errors.push(invalid('field.required', "The 'eventType' field is missing."))
  const url = text(draft.callbackUrl)
  if (!url) errors.push(invalid('field.required', "'callbackUrl' must not be null."))
  else if (!/^https:\/\/[^\s/]+\.[^\s/]+/.test(url))
    errors.push(invalid('format.invalid', "The field 'callbackUrl' has an invalid format."))
  const key = text(draft.consumerKey)
  if (key.length < 24 || key.length > 97)
    errors.push(
      invalid(
        key.length < 24 ? 'length.short' : 'length.long',
        "The 'consumerKey' parameter has an invalid length.",
      ),
    )
  const mapping = Array.isArray(draft.specifications)
    ? text(
        (draft.specifications[0] as { fieldMappingName?: unknown } | undefined)?.fieldMappingName,
      )
    : ''
  if (!mapping)
    errors.push(
      invalid('field.required', "The 'specifications[0]. fieldMappingName' field is missing."),
    )
  if (typeof draft.active !== 'boolean')
    errors.push(invalid('field.required', "The 'active' field is missing."))
  return errors
}

const FAILURES: Record<
  Exclude<FailureMode, 'none' | 'network' | 'malformed'>,
  { status: number; error: CenError; headers?: Record<string, string> }
> = {
  unavailable: {
    status: 503,
    headers: { 'Retry-After': '2' },
    error: {
      Source: APPLICATION,
      ReasonCode: 'server.error',
      Description: 'Service temporarily unavailable',
      Recoverable: true,
      Details: 'The system is down for maintenance, try again later.',
    },
  },
  'rate-limited': {
    status: 429,
    headers: { 'Retry-After': '3' },
    error: {
      Source: APPLICATION,
      ReasonCode: 'request.limit.exceeded',
      Description: 'Too many requests',
      Recoverable: true,
      Details: null,
    },
  },
  'server-error': {
    status: 500,
    error: {
      Source: APPLICATION,
      ReasonCode: 'server.error',
      Description: 'Internal server error',
      Recoverable: false,
      Details: null,
    },
  },
  forbidden: {
    status: 403,
    error: {
      Source: APPLICATION,
      ReasonCode: 'user.not.authorized',
      Description: 'The user is not authorized to manage subscriptions',
      Recoverable: false,
      Details: null,
    },
  },
}

function errors(status: number, list: CenError[], headers: Record<string, string>) {
  return HttpResponse.json({ Errors: { Error: list } }, { status, headers })
}

export function subscriptionHandlers(outages: OutageStore, subscriptions: Subscription[]) {
  /** The outage's answer, or undefined to answer normally. */
  const failure = async () => {
    const mode = outages.answer('webhooks')
    const request = outages.getSnapshot().apis.webhooks.requests
    await delay(150)
    if (mode === 'network') return HttpResponse.error()
    if (mode === 'none' || mode === 'malformed') return undefined
    const { status, error, headers } = FAILURES[mode]
    return errors(status, [error], {
      ...headers,
      'Correlation-Id': `cen-${String(request).padStart(6, '0')}`,
    })
  }

  const save = (draft: IncomingDraft, id: string) => {
    const problems = validate(draft)
    if (problems.length > 0) return errors(400, problems, { 'Correlation-Id': `cen-val-${id}` })
    const saved: Subscription = {
      id,
      subjectType: text(draft.subjectType),
      eventType: text(draft.eventType),
      callbackUrl: text(draft.callbackUrl),
      consumerKey: text(draft.consumerKey),
      active: draft.active === true,
      specifications: [
        {
          fieldMappingName: text(
            (draft.specifications as { fieldMappingName?: unknown }[])[0]?.fieldMappingName,
          ),
        },
      ],
    }
    const index = subscriptions.findIndex((subscription) => subscription.id === id)
    if (index === -1) subscriptions.push(saved)
    else subscriptions[index] = saved
    return HttpResponse.json(saved, { status: index === -1 ? 201 : 200 })
  }

  return [
    http.get(SUBSCRIPTIONS_URL, async () => {
      return (
        (await failure()) ??
        HttpResponse.json({ items: subscriptions, count: subscriptions.length })
      )
    }),
    http.post(SUBSCRIPTIONS_URL, async ({ request }) => {
      const failed = await failure()
      if (failed) return failed
      const id = `sub_${String(subscriptions.length + 1).padStart(2, '0')}`
      return save((await request.json()) as IncomingDraft, id)
    }),
    http.put(`${SUBSCRIPTIONS_URL}/:id`, async ({ request, params }) => {
      const failed = await failure()
      if (failed) return failed
      const id = String(params['id'])
      if (!subscriptions.some((subscription) => subscription.id === id))
        return errors(
          404,
          [
            {
              Source: APPLICATION,
              ReasonCode: 'resource.not.found',
              Description: 'Subscription not found',
              Recoverable: false,
              Details: null,
            },
          ],
          { 'Correlation-Id': `cen-404-${id}` },
        )
      return save((await request.json()) as IncomingDraft, id)
    }),
  ]
}
