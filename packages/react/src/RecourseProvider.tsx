'use client'

import type { CatalogOverrides, Classifier, MessageCatalog } from '@recourse/core'
import { en } from '@recourse/core/locales/en'
import { QueryClientContext } from '@tanstack/react-query'
import { createContext, useContext, useMemo, type ReactNode } from 'react'
import { behaviourOf, type RecourseBehaviour } from './behaviour.js'

/** How customers reach support, shown beside a reference. */
export interface SupportContact {
  email?: string
  phone?: string
  url?: string
  /** When support answers, in the customer's words, e.g. "Monday to Friday, 9:00 to 17:00". */
  hours?: string
}

/** Words and layout: what `RecourseProvider` sets. */
export interface RecourseWords {
  /** The locale's catalog, e.g. `fr` from `@recourse/core/locales/fr`. Default English. */
  catalog: MessageCatalog
  /** The app's own words over the catalog. */
  overrides: CatalogOverrides
  /** API field path -> form field name, e.g. `{ 'accounts.destinationAccount.bank.routingNumber': 'routingNumber' }`. */
  fieldMap: Record<string, string>
  /** Form field name -> its label, so messages can name the field: `{ cvc: 'security code' }`. */
  labels: Record<string, string>
  support: SupportContact | undefined
}

/**
 * Everything a component needs to word a failure: the words from the nearest `RecourseProvider`, and the behaviour
 * (classifier, idempotency header) from the nearest QueryClient made by `createRecourseQueryClient`.
 */
export interface RecourseConfig extends RecourseWords {
  classifier: Classifier
  /** The header a payment's idempotency key is sent in. */
  idempotencyHeader: string
}

/** Props of `RecourseProvider`: every part optional. Behaviour (dialects, rules, reports) is set on the client. */
export interface RecourseProviderProps extends Partial<Omit<RecourseWords, 'support'>> {
  children?: ReactNode
  support?: SupportContact
}

const defaultWords: RecourseWords = {
  catalog: en,
  overrides: {},
  fieldMap: {},
  labels: {},
  support: undefined,
}

const RecourseContext = createContext<RecourseWords>(defaultWords)
RecourseContext.displayName = 'RecourseContext'

/**
 * The words and layout of failures: the locale, your own words over it, the API-to-form field map, the fields'
 * labels and how to reach support. Optional: without it, English and no field map. How failures are judged (the
 * providers' dialects, rules, telemetry, the idempotency header) is set once on the client, with
 * `createRecourseQueryClient`.
 *
 * Define object props outside render (or memoize them): each new object rewords the failures on screen.
 *
 * @example
 * ```tsx
 * import { fr } from '@recourse/core/locales/fr'
 *
 * <QueryClientProvider client={queryClient}>
 *   <RecourseProvider catalog={fr} labels={{ cvc: 'cryptogramme' }} support={{ email: 'aide@boutique.example' }}>
 *     <Checkout />
 *   </RecourseProvider>
 * </QueryClientProvider>
 * ```
 */
export function RecourseProvider({
  children,
  catalog,
  overrides,
  fieldMap,
  labels,
  support,
}: RecourseProviderProps) {
  const words = useMemo<RecourseWords>(
    () => ({
      catalog: catalog ?? en,
      overrides: overrides ?? {},
      fieldMap: fieldMap ?? {},
      labels: labels ?? {},
      support,
    }),
    [catalog, overrides, fieldMap, labels, support],
  )
  return <RecourseContext.Provider value={words}>{children}</RecourseContext.Provider>
}

/**
 * What the nearest `RecourseProvider` and QueryClient say about failures: the catalog and labels to word them, and
 * the classifier and idempotency header to judge them. Works without either (defaults). For components of your own.
 *
 * @example
 * ```tsx
 * const { catalog } = useRecourseConfig()
 * <p>{catalog.ui.summaryTitle}</p>
 * ```
 */
export function useRecourseConfig(): RecourseConfig {
  const words = useContext(RecourseContext)
  const { classifier, idempotencyHeader } = useBehaviour()
  return useMemo(
    () => ({ ...words, classifier, idempotencyHeader }),
    [words, classifier, idempotencyHeader],
  )
}

/** The behaviour of the nearest QueryClient: the defaults without one, or for a client made otherwise. */
export function useBehaviour(): RecourseBehaviour {
  // The context, not `useQueryClient()`: a screen without a QueryClientProvider still gets the defaults.
  return behaviourOf(useContext(QueryClientContext))
}
