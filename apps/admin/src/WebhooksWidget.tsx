import { useRecourse, type RecourseMeta } from '@recourse/react'
import { useQuery } from '@tanstack/react-query'
import { useId, useState } from 'react'
import { fetchSubscriptions, type Subscription } from './api.js'
import { SUBSCRIPTIONS_KEY } from './queryKeys.js'
import { SubscriptionEditor } from './SubscriptionEditor.js'
import { QueryContent, RefreshButton, ScrollingTable, Widget } from './Widget.js'

/**
 * Webhook subscriptions (Mastercard Commercial Event Notifications): the list, whose failures stay in the widget
 * like the transactions', and the editor, which works even when the list could not load.
 */
export function WebhooksWidget() {
  const query = useQuery({
    queryKey: SUBSCRIPTIONS_KEY,
    queryFn: ({ signal }) => fetchSubscriptions(signal),
    throwOnError: false,
    meta: { recourse: { label: 'Webhook subscriptions' } } satisfies RecourseMeta,
  })
  const failure = useRecourse(query)
  const [editing, setEditing] = useState<string | undefined>(undefined)
  const [saved, setSaved] = useState('')
  const subscription = query.data?.items.find((item) => item.id === editing)
  return (
    <Widget
      title="Webhook subscriptions"
      provider="Mastercard Commercial Event Notifications"
      actions={
        <RefreshButton query={query} failure={failure}>
          Refresh subscriptions
        </RefreshButton>
      }
    >
      <QueryContent query={query} failure={failure} loading="Loading subscriptions…">
        {(data) => (
          <SubscriptionsTable
            subscriptions={data.items}
            onEdit={(id) => {
              setEditing(id)
              setSaved('')
            }}
          />
        )}
      </QueryContent>
      <SubscriptionEditor
        // A fresh form (and a fresh save) per subscription edited.
        key={subscription?.id ?? 'new'}
        subscription={subscription}
        saved={saved}
        onSaved={(item) => {
          setEditing(item.id)
          setSaved(`Subscription ${item.id} saved.`)
        }}
        onNew={() => {
          setEditing(undefined)
          setSaved('')
        }}
      />
    </Widget>
  )
}

function SubscriptionsTable({
  subscriptions,
  onEdit,
}: {
  subscriptions: Subscription[]
  onEdit: (id: string) => void
}) {
  const captionId = useId()
  return (
    <ScrollingTable caption={captionId}>
      <table className="admin-table">
        <caption id={captionId}>{subscriptions.length} subscriptions</caption>
        <thead>
          <tr>
            <th scope="col">Subscription</th>
            <th scope="col">Event</th>
            <th scope="col">Callback URL</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="admin-visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {subscriptions.map((subscription) => (
            <tr key={subscription.id}>
              <td>
                {subscription.id}
                <span className="admin-muted"> · {subscription.subjectType}</span>
              </td>
              <td>{subscription.eventType}</td>
              <td className="admin-url">{subscription.callbackUrl}</td>
              <td>{subscription.active ? 'Active' : 'Paused'}</td>
              <td>
                <button
                  type="button"
                  className="admin-button admin-button-secondary"
                  onClick={() => onEdit(subscription.id)}
                >
                  Edit <span className="admin-visually-hidden">{subscription.id}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollingTable>
  )
}
