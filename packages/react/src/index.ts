'use client'

export { RecourseProvider, useRecourseConfig } from './RecourseProvider.js'
export { useRecourse } from './useRecourse.js'
export { useRetryCountdown } from './useRetryCountdown.js'
export { createRecourseQueryClient, recourseDefaults } from './recourseDefaults.js'
export { createRecourseReporter, getRecourseReporter } from './reporter.js'
export { useRecourseReports } from './useRecourseReports.js'
export { applyServerErrors, listFieldErrors, toFieldErrors } from './toFieldErrors.js'
export { usePaymentMutation } from './usePaymentMutation.js'
export { rejectDeclined } from './rejectDeclined.js'

// What users need from the core, so an app imports from one place.
export {
  classify,
  createClassifier,
  createRetryPolicy,
  describe,
  fetchJson,
  RecourseFetchError,
  throwIfDeclined,
} from '@recourse/core'

export type { RecourseConfig, RecourseProviderProps, SupportContact } from './RecourseProvider.js'
export type { RecourseSource, RecourseView } from './useRecourse.js'
export type { RecourseDefaultsOptions, RecourseQueryClientOptions } from './recourseDefaults.js'
export type { RecourseMeta, RecourseReport, RecourseReporter, ReportSource } from './reporter.js'
export type { FieldErrorOptions, FormFieldError, SetError } from './toFieldErrors.js'
export type { PaymentSessionsOptions } from './paymentSessions.js'
export type {
  PaymentMutationOptions,
  PaymentMutationResult,
  PaymentRequest,
} from './usePaymentMutation.js'
export type {
  Recourse,
  RecourseKind,
  FieldError,
  ClassifyContext,
  PaymentKeyStorage,
  PaymentLookup,
  PaymentLookupResult,
  PaymentPhase,
  PaymentSessionState,
  Processed,
} from '@recourse/core'
