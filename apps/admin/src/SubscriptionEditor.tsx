import { useRecourse } from '@recourse/react'
import { ErrorSummary, RecourseForm, RecourseNotice } from '@recourse/ui'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useId, type FormEvent } from 'react'
import {
  EVENT_TYPES,
  saveSubscription,
  SUBJECT_TYPES,
  type Subscription,
  type SubscriptionDraft,
} from './api.js'
import { SUBSCRIPTIONS_KEY } from './queryKeys.js'

function readDraft(form: HTMLFormElement): SubscriptionDraft {
  const data = new FormData(form)
  const value = (name: string): string | null => {
    const entry = data.get(name)
    return typeof entry === 'string' && entry.trim() !== '' ? entry.trim() : null
  }
  const active = value('active')
  return {
    subjectType: value('subjectType'),
    eventType: value('eventType'),
    callbackUrl: value('callbackUrl'),
    consumerKey: value('consumerKey'),
    active: active === null ? null : active === 'true',
    specifications: [{ fieldMappingName: value('fieldMappingName') }],
  }
}

/**
 * Creates or edits a subscription. The API names a wrong field only in the text of its error ("The field
 * 'callbackUrl' has an invalid format."): the kit's Mastercard dialect reads it out, `RecourseProvider`'s `fieldMap`
 * and `labels` put it on the form's own field in plain words, and the error summary links to each field.
 */
export function SubscriptionEditor({
  subscription,
  saved,
  onSaved,
  onNew,
}: {
  subscription: Subscription | undefined
  saved: string
  onSaved: (subscription: Subscription) => void
  onNew: () => void
}) {
  const headingId = useId()
  const queryClient = useQueryClient()
  const save = useMutation({
    mutationFn: saveSubscription,
    onSuccess: async (item) => {
      await queryClient.invalidateQueries({ queryKey: SUBSCRIPTIONS_KEY })
      onSaved(item)
    },
  })
  const failure = useRecourse(save)
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    save.mutate({ id: subscription?.id, draft: readDraft(event.currentTarget) })
  }
  return (
    <div className="admin-editor">
      <h3 id={headingId}>
        {subscription ? `Edit subscription ${subscription.id}` : 'New subscription'}
      </h3>
      <RecourseForm.Root view={failure} onSubmit={submit} aria-labelledby={headingId}>
        <ErrorSummary.Root />
        {/* What is not about a field (a refused key, an outage): its notice, with the reference when there is one. */}
        {failure ? <RecourseNotice.Root view={failure} headingLevel={4} /> : null}
        <div className="admin-editor-fields">
          <RecourseForm.Field name="subjectType" label="Subject type">
            <select defaultValue={subscription?.subjectType ?? ''}>
              <option value="">Choose a subject type</option>
              {SUBJECT_TYPES.map((type) => (
                <option key={type}>{type}</option>
              ))}
            </select>
          </RecourseForm.Field>
          <RecourseForm.Field name="eventType" label="Event type">
            <select defaultValue={subscription?.eventType ?? ''}>
              <option value="">Choose an event type</option>
              {EVENT_TYPES.map((type) => (
                <option key={type}>{type}</option>
              ))}
            </select>
          </RecourseForm.Field>
          <RecourseForm.Field
            name="callbackUrl"
            label="Callback URL"
            hint="Where the notifications are sent: an https:// address"
          >
            <input
              type="url"
              inputMode="url"
              autoComplete="url"
              spellCheck={false}
              defaultValue={subscription?.callbackUrl ?? ''}
            />
          </RecourseForm.Field>
          <RecourseForm.Field
            name="consumerKey"
            label="Consumer key"
            hint="The consumer key of your Mastercard Developers project, 24 to 97 characters"
          >
            {/* Its limits, stated on the control, let the kit word a length error with them. */}
            <input
              autoComplete="off"
              spellCheck={false}
              minLength={24}
              maxLength={97}
              defaultValue={subscription?.consumerKey ?? ''}
            />
          </RecourseForm.Field>
          <RecourseForm.Field
            name="fieldMappingName"
            label="Field mapping name"
            hint="The field mapping the notifications use, such as settlement-v2"
          >
            <input
              autoComplete="off"
              spellCheck={false}
              defaultValue={subscription?.specifications[0]?.fieldMappingName ?? ''}
            />
          </RecourseForm.Field>
          <RecourseForm.Field name="active" label="Status">
            <select
              defaultValue={
                subscription === undefined ? '' : subscription.active ? 'true' : 'false'
              }
            >
              <option value="">Choose a status</option>
              <option value="true">Active</option>
              <option value="false">Paused</option>
            </select>
          </RecourseForm.Field>
        </div>
        <div className="admin-editor-actions">
          <button type="submit" className="admin-button">
            Save subscription
          </button>
          {subscription ? (
            <button type="button" className="admin-button admin-button-secondary" onClick={onNew}>
              New subscription
            </button>
          ) : null}
        </div>
        <p role="status" className="admin-editor-status">
          {save.isPending ? 'Saving…' : saved}
        </p>
      </RecourseForm.Root>
    </div>
  )
}
