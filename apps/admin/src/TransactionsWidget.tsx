import { useRecourse, type RecourseMeta } from '@recourse/react'
import { useQuery } from '@tanstack/react-query'
import { useId } from 'react'
import { fetchTransactions, type MangopayTransaction } from './api.js'
import { formatDate, formatMoney } from './format.js'
import { TRANSACTIONS_KEY } from './queryKeys.js'
import { QueryContent, RefreshButton, ScrollingTable, Widget } from './Widget.js'

const STATUS: Record<MangopayTransaction['Status'], string> = {
  CREATED: 'Pending',
  SUCCEEDED: 'Succeeded',
  FAILED: 'Failed',
}

const TYPE: Record<MangopayTransaction['Type'], string> = {
  PAYIN: 'Pay-in',
  PAYOUT: 'Payout',
  TRANSFER: 'Transfer',
}

/**
 * The latest transactions (Mangopay). Its failures stay in the widget (`throwOnError: false`): a first load that
 * fails shows the notice for its kind — retry-later with its countdown and retry button, contact-support with the
 * reference — and a refresh that fails keeps the list on screen.
 */
export function TransactionsWidget() {
  const query = useQuery({
    queryKey: TRANSACTIONS_KEY,
    queryFn: ({ signal }) => fetchTransactions(signal),
    throwOnError: false,
    // Its toasts say which widget failed: "Transactions: Connection problem".
    meta: { recourse: { label: 'Transactions' } } satisfies RecourseMeta,
  })
  const failure = useRecourse(query)
  return (
    <Widget
      title="Transactions"
      provider="Mangopay"
      actions={
        <RefreshButton query={query} failure={failure}>
          Refresh transactions
        </RefreshButton>
      }
    >
      <QueryContent query={query} failure={failure} loading="Loading transactions…">
        {(transactions) => <TransactionsTable transactions={transactions} />}
      </QueryContent>
    </Widget>
  )
}

function TransactionsTable({ transactions }: { transactions: MangopayTransaction[] }) {
  const captionId = useId()
  return (
    <ScrollingTable caption={captionId}>
      <table className="admin-table">
        <caption id={captionId}>
          Latest {transactions.length} transactions, newest first (times in UTC)
        </caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Order</th>
            <th scope="col">Type</th>
            <th scope="col" className="admin-number">
              Amount
            </th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {transactions.map((transaction) => (
            <tr key={transaction.Id}>
              <td>{formatDate(transaction.CreationDate)}</td>
              <td>{transaction.Tag ?? transaction.Id}</td>
              <td>{TYPE[transaction.Type]}</td>
              <td className="admin-number">
                {formatMoney(transaction.DebitedFunds.Amount, transaction.DebitedFunds.Currency)}
              </td>
              <td data-status={transaction.Status}>{STATUS[transaction.Status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollingTable>
  )
}
