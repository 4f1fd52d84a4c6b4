import { describe, expect, it } from 'vitest'
import { providerFixtures } from '../../../test/fixtures/index.ts'
import { parseHttpResponse } from './parseHttpResponse.js'
import { samples } from './samples.js'

describe('the playground samples', () => {
  it('should offer every fixture response once, under a unique id', () => {
    const responses = providerFixtures.flatMap((fixture) =>
      fixture.cases.filter((testCase) => testCase.response),
    )
    expect(samples).toHaveLength(responses.length)
    expect(new Set(samples.map((sample) => sample.id)).size).toBe(samples.length)
  })

  it('should print each response so that it reads back as the fixture holds it', () => {
    for (const { file, cases } of providerFixtures) {
      const fixture = file.replace(/^providers\//, '').replace(/\.json$/, '')
      for (const testCase of cases) {
        if (!testCase.response) continue
        const sample = samples.find((candidate) => candidate.id === `${fixture}:${testCase.name}`)
        expect(sample?.source, testCase.name).toBe(testCase.source)
        const parsed = parseHttpResponse(sample?.raw ?? '')
        if (!parsed.ok) throw new Error(`${testCase.name}: ${parsed.error}`)
        const { status, headers = {}, body } = testCase.response
        expect(parsed.response.status, testCase.name).toBe(status)
        expect(parsed.response.headers, testCase.name).toEqual(headers)
        // A text body stays text unless it is JSON: the playground, like fetchJson, parses what parses.
        const expected = typeof body === 'string' ? tryJson(body) : body
        expect(parsed.response.body, testCase.name).toEqual(expected)
      }
    }
  })
})

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return text === '' ? undefined : text
  }
}
