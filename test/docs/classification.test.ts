import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { format, resolveConfig } from 'prettier'
import { describe, expect, it } from 'vitest'
import { renderClassificationTables } from './classificationTable.js'

const DOC = fileURLToPath(new URL('../../docs/classification.md', import.meta.url))

describe('docs/classification.md', () => {
  it('matches the rules data (regenerate with UPDATE_DOCS=1)', async () => {
    // Formatted as `pnpm format` would, so the file passes `prettier --check` too.
    const generated = await format(renderClassificationTables(), {
      ...(await resolveConfig(DOC)),
      filepath: DOC,
    })
    if (process.env.UPDATE_DOCS) writeFileSync(DOC, generated)
    expect(readFileSync(DOC, 'utf8')).toBe(generated)
  })
})
