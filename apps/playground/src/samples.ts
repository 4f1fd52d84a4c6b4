// The playground's samples: every response of the one fixture set (test/fixtures/providers), as `curl -i` would
// print it. Nothing is copied here: a body the tests classify is a body the playground offers, with its source.
// A reviewer can paste any other.
import { providerFixtures } from '../../../test/fixtures/index.ts'

export interface Sample {
  /** `<fixture file>:<case name>`, e.g. `stripe:402 card_error generic_decline`. */
  id: string
  label: string
  /** The dialect whose fixtures hold it. */
  provider: string
  /** The method and idempotency the case is classified with. */
  method: string
  idempotent: boolean
  raw: string
  /** Where the body was published (`owner/repo@commit:path` or a URL); absent for cases written from our notes. */
  source?: string
}

/** A response as DevTools or `curl -i` shows it: status line, headers, a blank line, the body. */
function rawResponse(response: {
  status: number
  headers?: Record<string, string>
  body?: unknown
}): string {
  const headers = Object.entries(response.headers ?? {}).map(([name, value]) => `${name}: ${value}`)
  const body =
    response.body === undefined
      ? ''
      : typeof response.body === 'string'
        ? response.body
        : JSON.stringify(response.body, null, 2)
  return [`HTTP/1.1 ${response.status}`, ...headers, '', body].join('\n')
}

export const samples: readonly Sample[] = providerFixtures.flatMap(({ provider, file, cases }) => {
  const fixture = file.replace(/^providers\//, '').replace(/\.json$/, '')
  return cases.flatMap((testCase) =>
    testCase.response
      ? [
          {
            id: `${fixture}:${testCase.name}`,
            label: `${fixture}: ${testCase.name}`,
            provider,
            method: testCase.request?.method ?? 'POST',
            idempotent: testCase.request?.idempotent ?? false,
            raw: rawResponse(testCase.response),
            ...(testCase.source === undefined ? {} : { source: testCase.source }),
          },
        ]
      : [],
  )
})

/** The sample of the fixture case `name` in `fixture` (`stripe`, `mastercard/gateway`); throws if there is none. */
export function sampleId(fixture: string, name: string): string {
  const id = `${fixture}:${name}`
  if (!samples.some((sample) => sample.id === id)) throw new Error(`No sample ${id}`)
  return id
}
