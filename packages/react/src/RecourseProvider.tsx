'use client'

import {
  createClassifier,
  type CatalogOverrides,
  type Classifier,
  type Dialect,
  type MessageCatalog,
  type RecourseRule,
} from '@recourse/core'
import { allDialects } from '@recourse/core/dialects'
import { en } from '@recourse/core/locales/en'
import { useQueryClient } from '@tanstack/react-query'
import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react'
import { getRecourseReporter, type RecourseReport } from './reporter.js'

/** Every built-in dialect, no app rules: what `classify` uses. */
export const defaultClassifier: Classifier = createClassifier({ dialects: allDialects })

/** How customers reach support, shown beside a reference. */
export interface SupportContact {
  email?: string
  phone?: string
  url?: string
  /** When support answers, in the customer's words, e.g. "Monday to Friday, 9:00 to 17:00". */
  hours?: string
}

/** App-wide configuration of Recourse. Every part is optional. */
export interface RecourseConfig {
  /** The locale's catalog. Default English. */
  catalog: MessageCatalog
  /** The app's own words over the catalog. */
  overrides: CatalogOverrides
  classifier: Classifier
  /** API field path -> form field name, e.g. `{ 'accounts.destinationAccount.bank.routingNumber': 'routingNumber' }`. */
  fieldMap: Record<string, string>
  /** Form field name -> its label, so messages can name the field: `{ cvc: 'security code' }`. */
  labels: Record<string, string>
  support: SupportContact | undefined
  /** Header the idempotency key of a payment is sent in. Default `Idempotency-Key`. */
  idempotencyHeader: string
}

/** Props of `RecourseProvider`. */
export interface RecourseProviderProps {
  children?: ReactNode
  catalog?: MessageCatalog
  overrides?: CatalogOverrides
  /** Dialects to detect (default: all). Ignored when `classifier` is given. The hooks' defaults include every
   * dialect in your bundle; to ship only some, use `createClassifier` from @recourse/core directly. */
  dialects?: readonly Dialect[]
  /** App rules laid over the built-in tables. Ignored when `classifier` is given. */
  rules?: readonly RecourseRule[]
  /** A classifier from `createClassifier`, shared with your retry policy. */
  classifier?: Classifier
  fieldMap?: Record<string, string>
  labels?: Record<string, string>
  support?: SupportContact
  idempotencyHeader?: string
  /**
   * Telemetry: called once per failure the app's QueryClient reports (see `createRecourseQueryClient`), deduped by
   * query. The classification has card numbers masked; the raw error is never passed on.
   */
  onReport?: (report: RecourseReport) => void
}

const defaultConfig: RecourseConfig = {
  catalog: en,
  overrides: {},
  classifier: defaultClassifier,
  fieldMap: {},
  labels: {},
  support: undefined,
  idempotencyHeader: 'Idempotency-Key',
}

const RecourseContext = createContext<RecourseConfig>(defaultConfig)
RecourseContext.displayName = 'RecourseContext'

/**
 * App-wide configuration: locale, words, dialects and rules, the API-to-form field map, support contact, and the
 * telemetry hook. Optional: without it, hooks use English, every dialect and no field map.
 *
 * Define object props outside render (or memoize them): each new object recomputes the classifications.
 *
 * @example
 * ```tsx
 * <QueryClientProvider client={queryClient}>
 *   <RecourseProvider catalog={fr} fieldMap={{ 'card.cvc': 'cvc' }} support={{ email: 'help@shop.example' }}>
 *     <Checkout />
 *   </RecourseProvider>
 * </QueryClientProvider>
 * ```
 */
export function RecourseProvider({
  children,
  catalog,
  overrides,
  dialects,
  rules,
  classifier,
  fieldMap,
  labels,
  support,
  idempotencyHeader,
  onReport,
}: RecourseProviderProps) {
  const built = useMemo(
    () =>
      classifier ??
      (dialects === undefined && rules === undefined
        ? defaultClassifier
        : createClassifier({ dialects: dialects ?? allDialects, ...(rules ? { rules } : {}) })),
    [classifier, dialects, rules],
  )
  const config = useMemo<RecourseConfig>(
    () => ({
      catalog: catalog ?? en,
      overrides: overrides ?? {},
      classifier: built,
      fieldMap: fieldMap ?? {},
      labels: labels ?? {},
      support,
      idempotencyHeader: idempotencyHeader ?? defaultConfig.idempotencyHeader,
    }),
    [catalog, overrides, built, fieldMap, labels, support, idempotencyHeader],
  )
  return (
    <RecourseContext.Provider value={config}>
      {onReport ? <ReportForwarder onReport={onReport} /> : null}
      {children}
    </RecourseContext.Provider>
  )
}

function ReportForwarder({ onReport }: { onReport: (report: RecourseReport) => void }) {
  const queryClient = useQueryClient()
  useEffect(() => getRecourseReporter(queryClient)?.listen(onReport), [queryClient, onReport])
  return null
}

/** The configuration from the nearest `RecourseProvider`, or the defaults. */
export function useRecourseConfig(): RecourseConfig {
  return useContext(RecourseContext)
}
