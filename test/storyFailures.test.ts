// The stories' failures (.storybook/failures.ts) are fixture cases looked up by name: a renamed or removed case
// fails here, in the unit suite, rather than as a story that no longer loads.
import { classify } from '@recourse/core'
import { describe, expect, it } from 'vitest'
import * as failures from '../.storybook/failures.ts'

const factories = Object.entries(failures).filter(
  ([name]) => name !== 'failure' && name !== 'fromFixture',
) as [string, () => unknown][]

describe('the stories failures', () => {
  it.each(factories)('%s should build from the fixture set and classify', (_, build) => {
    expect(['fix-input', 'declined', 'retry-later', 'contact-support']).toContain(
      classify(build()).kind,
    )
  })

  it('should refuse a fixture case that does not exist', () => {
    expect(() => failures.fromFixture('stripe', 'no such case')).toThrow(/No stripe fixture case/)
  })
})
