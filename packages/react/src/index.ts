'use client'

export { createRecourseQueryClient } from './createRecourseQueryClient.js'
export { RecourseProvider, useRecourseConfig } from './RecourseProvider.js'
export { useRecourse } from './useRecourse.js'
export { useRetry } from './useRetry.js'
export { usePaymentMutation } from './usePaymentMutation.js'
export { useRecourseReports } from './useRecourseReports.js'

export type { RecourseQueryClientOptions } from './createRecourseQueryClient.js'
export type {
  RecourseConfig,
  RecourseProviderProps,
  RecourseWords,
  SupportContact,
} from './RecourseProvider.js'
export type { RecourseErrorView, RecourseView } from './useRecourse.js'
export type { RetryState } from './useRetry.js'
export type { FormFieldError } from './fieldErrors.js'
export type { RecourseMeta, RecourseReport } from './reporter.js'
export type { PaymentSessionsOptions } from './paymentSessions.js'
export type {
  PaymentKeyStorage,
  PaymentLookup,
  PaymentLookupResult,
  PaymentLookupStatus,
  PaymentPhase,
  PaymentSessionState,
} from './paymentSession.js'
export type {
  PaymentMutationOptions,
  PaymentMutationResult,
  PaymentRequest,
} from './usePaymentMutation.js'
