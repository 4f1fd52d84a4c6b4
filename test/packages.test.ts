import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const repoRoot = join(import.meta.dirname, '..')

interface Manifest {
  name: string
  type?: string
  license?: string
  sideEffects?: boolean | string[]
  files?: string[]
  exports: Record<string, string | Record<string, string>>
  dependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
}

function readManifest(folder: string): Manifest {
  return JSON.parse(
    readFileSync(join(repoRoot, 'packages', folder, 'package.json'), 'utf8'),
  ) as Manifest
}

const packageFolders = ['core', 'react', 'ui'] as const

describe.each(packageFolders)('given the %s package manifest', (folder) => {
  const manifest = readManifest(folder)

  it('should be an MIT-licensed ES module package named @recourse/<folder>', () => {
    expect(manifest.name).toBe(`@recourse/${folder}`)
    expect(manifest.type).toBe('module')
    expect(manifest.license).toBe('MIT')
  })

  it('should list the source condition first, then types, then import', () => {
    expect(Object.keys(manifest.exports['.'] as Record<string, string>)).toEqual([
      '@recourse/source',
      'types',
      'import',
    ])
    expect(manifest.exports['./package.json']).toBe('./package.json')
  })

  it('should point its source condition at a file that exists', () => {
    const sourceEntry = (manifest.exports['.'] as Record<string, string>)['@recourse/source']
    expect(sourceEntry).toBe('./src/index.ts')
    expect(existsSync(join(repoRoot, 'packages', folder, 'src/index.ts'))).toBe(true)
  })

  it('should not publish tests, type tests or stories', () => {
    expect(manifest.files).toEqual(
      expect.arrayContaining(['!src/**/*.test.*', '!src/**/*.test-d.ts', '!src/**/*.stories.*']),
    )
  })

  it('should depend on sibling packages through the workspace protocol, and on nothing unlisted', () => {
    for (const [name, range] of Object.entries(manifest.dependencies ?? {})) {
      if (name.startsWith('@recourse/')) expect(range).toBe('workspace:*')
      // Each runtime dependency is a decision: the ui package's error boundary is react-error-boundary's.
      else expect(ALLOWED_DEPENDENCIES).toContain(name)
    }
  })
})

const ALLOWED_DEPENDENCIES = ['react-error-boundary']

describe('given the core package', () => {
  it('should have no runtime dependencies and no peers', () => {
    const manifest = readManifest('core')
    expect(manifest.dependencies).toBeUndefined()
    expect(manifest.peerDependencies).toBeUndefined()
    expect(manifest.sideEffects).toBe(false)
  })

  it('should export locale catalogs as subpaths', () => {
    expect(readManifest('core').exports['./locales/*']).toEqual({
      '@recourse/source': './src/locales/*.ts',
      types: './dist/locales/*.d.ts',
      import: './dist/locales/*.js',
    })
  })

  it('should export each dialect as a subpath, and every built-in one at @recourse/core/dialects', () => {
    expect(readManifest('core').exports['./dialects/*']).toEqual({
      '@recourse/source': './src/dialects/*.ts',
      types: './dist/dialects/*.d.ts',
      import: './dist/dialects/*.js',
    })
    expect(readManifest('core').exports['./dialects']).toEqual({
      '@recourse/source': './src/dialects/index.ts',
      types: './dist/dialects/index.d.ts',
      import: './dist/dialects/index.js',
    })
  })
})

describe.each(['react', 'ui'] as const)('given the %s package entry', (folder) => {
  it("should start with 'use client' so React Server Components treat it as a client module", () => {
    const entry = readFileSync(join(repoRoot, 'packages', folder, 'src/index.ts'), 'utf8')
    expect(entry).toMatch(/^'use client'\n/)
  })
})
