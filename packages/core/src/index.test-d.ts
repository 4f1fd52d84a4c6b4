import { describe, expectTypeOf, it } from 'vitest'
import {
  classify,
  createClassifier,
  createRetryPolicy,
  describe as describeRecourse,
  fetchJson,
  type Recourse,
  RecourseFetchError,
  type Dialect,
  type RecourseKind,
  type RecourseRule,
} from './index.js'

describe('public types', () => {
  it('classify takes anything and returns a Recourse whose kind is one of four', () => {
    expectTypeOf(classify).parameter(0).toBeUnknown()
    expectTypeOf(classify(new Error('x')).kind).toEqualTypeOf<RecourseKind>()
    expectTypeOf<RecourseKind>().toEqualTypeOf<
      'fix-input' | 'declined' | 'retry-later' | 'contact-support'
    >()
    expectTypeOf<Recourse['retry']>().toEqualTypeOf<{ allowed: boolean; afterMs?: number }>()
  })

  it('narrows with instanceof RecourseFetchError', () => {
    const error: unknown = new Error('x')
    if (error instanceof RecourseFetchError) expectTypeOf(error).toEqualTypeOf<RecourseFetchError>()
  })

  it('names a dialect with any string: an app registers its own provider', () => {
    expectTypeOf<Dialect['name']>().toEqualTypeOf<string>()
    expectTypeOf<Recourse['dialect']>().toEqualTypeOf<string>()
  })

  it('types rules as data, with known kinds only', () => {
    expectTypeOf<{ id: 'a'; when: { status: 418 }; kind: 'retry-later' }>().toExtend<RecourseRule>()
    // @ts-expect-error 'maybe' is not a kind
    createClassifier({ rules: [{ id: 'a', when: {}, kind: 'maybe' }] })
    // @ts-expect-error status classes are 1xx-5xx
    createClassifier({ rules: [{ id: 'a', when: { status: '6xx' } }] })
  })

  it('fits TanStack Query retry options', () => {
    const policy = createRetryPolicy()
    expectTypeOf(policy.retry).toEqualTypeOf<(failureCount: number, error: unknown) => boolean>()
    expectTypeOf(policy.retryDelay).returns.toBeNumber()
  })

  it('lets fetchJson callers name the data type', () => {
    expectTypeOf(fetchJson<{ id: string }>('/x')).resolves.toEqualTypeOf<{ id: string }>()
  })

  it('describes with labels keyed by form field name, the API paths mapped to those names', () => {
    expectTypeOf(describeRecourse).parameter(1).toEqualTypeOf<
      | {
          catalog?: import('./index.js').MessageCatalog
          overrides?: import('./index.js').CatalogOverrides
          labels?: Record<string, string>
          fieldNames?: Record<string, string>
          fields?: Record<string, import('./describe.js').FormFieldFacts>
          origin?: 'query' | 'mutation' | 'error' | undefined
        }
      | undefined
    >()
  })
})
