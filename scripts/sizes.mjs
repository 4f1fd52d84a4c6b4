// What each entry costs a consumer, minified and gzipped, measured from the built packages.
//
// dist/ keeps one file per module, so each entry is bundled with esbuild (its own modules only: the package's
// dependencies and peers, such as react, radix-ui or @recourse/core, stay external), minified, and gzipped at
// level 9. The peers we compare with (react-error-boundary, axios-retry, ky) are measured the same way from their
// published ESM, with their peer dependencies external (react, axios) and their own dependencies bundled: that is
// what an app that already has the peer pays for them.
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { isBuilt, listPackages, repoRoot } from './packages.mjs'
import { FURTHER_DIALECT, SIZE_BUDGETS } from './size-budget.mjs'

/**
 * @typedef {{ file: string } | { contents: string }} EntrySource
 * @typedef {{ entry: string, group: string, what: string, source: EntrySource, external: string[] }} SizeEntry
 * @typedef {{ entry: string, group: string, what: string, bundled: number, minified: number, gzipped: number }} SizeRow
 */

/** Builds the packages when a dist/ is missing (CI builds before, so this is for a fresh local clone). */
export function ensureBuilt() {
  // Always: a dist/ older than the sources would be measured without a word.
  console.log(
    listPackages().every(isBuilt)
      ? 'Building the packages...'
      : 'dist/ missing: building the packages...',
  )
  const result = spawnSync('pnpm', ['build'], {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

/** @param {readonly string[]} names every name and its subpaths (`react`, `react/*`) */
function withSubpaths(names) {
  return names.flatMap((name) => [name, `${name}/*`])
}

/** @param {import('./packages.mjs').WorkspacePackage} workspacePackage */
function externalsOf(workspacePackage) {
  return withSubpaths(
    Object.keys({
      ...workspacePackage.manifest.dependencies,
      ...workspacePackage.manifest.peerDependencies,
    }),
  )
}

/**
 * @param {EntrySource} source
 * @param {readonly string[]} external
 * @param {boolean} minify
 */
async function bundle(source, external, minify) {
  const result = await build({
    ...('file' in source
      ? { entryPoints: [source.file] }
      : { stdin: { contents: source.contents, resolveDir: repoRoot, sourcefile: 'entry.js' } }),
    bundle: true,
    minify,
    format: 'esm',
    platform: 'neutral',
    // Packages without an `exports` map (react-error-boundary) are found through these.
    mainFields: ['module', 'main'],
    target: 'es2022',
    external: [...external],
    write: false,
    metafile: true,
    logLevel: 'error',
  })
  const output = result.outputFiles[0]
  const exports = Object.values(result.metafile.outputs)[0]?.exports ?? []
  return { contents: output?.contents ?? new Uint8Array(), exports }
}

/**
 * Where an entry's bytes go: each bundled module's share of the minified output, and that module's own min+gzip
 * when minified alone (gzip shares its dictionary across modules, so the second column sums to more than the
 * entry's min+gzip; it ranks what is worth cutting).
 *
 * @param {SizeEntry} entry
 * @returns {Promise<{ module: string, minified: number, gzippedAlone: number }[]>}
 */
export async function breakDown(entry) {
  const result = await build({
    ...('file' in entry.source
      ? { entryPoints: [entry.source.file] }
      : {
          stdin: { contents: entry.source.contents, resolveDir: repoRoot, sourcefile: 'entry.js' },
        }),
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2022',
    external: [...entry.external],
    write: false,
    metafile: true,
    logLevel: 'error',
  })
  const output = Object.values(result.metafile.outputs)[0]
  const modules = Object.entries(output?.inputs ?? {}).filter(
    ([, input]) => input.bytesInOutput > 0,
  )
  const rows = []
  for (const [module, input] of modules) {
    const alone = !module.includes('dist/')
      ? 0
      : (
          await build({
            entryPoints: [join(repoRoot, module)],
            bundle: false,
            minify: true,
            format: 'esm',
            target: 'es2022',
            write: false,
            logLevel: 'error',
          })
        ).outputFiles[0]?.contents
    rows.push({
      module: module.replace(/^.*?packages\//, ''),
      minified: input.bytesInOutput,
      gzippedAlone: alone ? gzipSync(alone, { level: 9 }).byteLength : 0,
    })
  }
  return rows.sort((a, b) => b.minified - a.minified)
}

/**
 * Bundled, minified and min+gzip (level 9) bytes of one entry.
 *
 * @param {SizeEntry} entry
 * @returns {Promise<SizeRow>}
 */
export async function measureEntry(entry) {
  const bundled = await bundle(entry.source, entry.external, false)
  const minified = await bundle(entry.source, entry.external, true)
  return {
    entry: entry.entry,
    group: entry.group,
    what: entry.what,
    bundled: bundled.contents.byteLength,
    minified: minified.contents.byteLength,
    gzipped: gzipSync(minified.contents, { level: 9 }).byteLength,
  }
}

/**
 * The component exports of @recourse/ui's entry: its PascalCase exports, less the parts of a compound component
 * (`ErrorSummaryItem` is a part of `ErrorSummary`, `RecourseFormField` of `RecourseForm`).
 *
 * @param {SizeEntry} ui
 */
async function componentsOf(ui) {
  const { exports } = await bundle(ui.source, ui.external, false)
  const pascal = exports.filter((name) => /^[A-Z]/.test(name))
  return pascal
    .filter((name) => !pascal.some((other) => other !== name && name.startsWith(other)))
    .sort()
}

/**
 * Every dialect the built @recourse/core publishes: each export of each `dist/dialects/<name>.js` entry (the
 * registry, `index.js`, aside), with the path an app imports it from.
 *
 * @returns {Promise<{ path: string, dialect: string }[]>}
 */
async function builtDialects() {
  const core = listPackages().find((workspacePackage) => workspacePackage.name === '@recourse/core')
  if (!core) return []
  const folder = join(core.dir, 'dist', 'dialects')
  const found = []
  for (const file of readdirSync(folder)
    .filter((name) => name.endsWith('.js') && name !== 'index.js')
    .sort()) {
    const name = file.replace(/\.js$/, '')
    const module = await import(pathToFileURL(join(folder, file)).href)
    for (const dialect of Object.keys(module).sort())
      found.push({ path: `@recourse/core/dialects/${name}`, dialect })
  }
  return found
}

/**
 * Every entry `pnpm bench` measures; with `budgetedOnly`, only those with a budget (what `check-size` needs).
 *
 * @param {{ budgetedOnly?: boolean }} [options]
 * @returns {Promise<SizeEntry[]>}
 */
export async function listSizeEntries({ budgetedOnly = false } = {}) {
  /** @type {SizeEntry[]} */
  const entries = []
  const packages = listPackages()
  for (const workspacePackage of packages) {
    entries.push({
      entry: workspacePackage.name,
      group: 'package',
      what: 'the whole entry (dist/index.js)',
      source: { file: join(workspacePackage.dir, 'dist', 'index.js') },
      external: externalsOf(workspacePackage),
    })
  }
  const stripeClassifier = `import { createClassifier } from '@recourse/core'\nimport { stripe } from '@recourse/core/dialects/stripe'\n`
  entries.push({
    entry: 'classify + stripe',
    group: 'app',
    what: 'createClassifier with one explicit dialect (stripe)',
    source: {
      contents: `${stripeClassifier}export const { classify } = createClassifier({ dialects: [stripe] })\n`,
    },
    external: [],
  })
  // The README's React path: a client with one dialect, the payment hook, useRecourse into RecourseNotice, and
  // fetchJson. What the app already has (React, TanStack Query, Radix) stays external; the kit is bundled.
  entries.push({
    entry: 'React checkout path + stripe',
    group: 'app',
    what: "the README's checkout: createRecourseQueryClient({ dialects: [stripe] }), usePaymentMutation, useRecourse, RecourseNotice, fetchJson",
    source: {
      contents: [
        `import { fetchJson } from '@recourse/core'`,
        `import { stripe } from '@recourse/core/dialects/stripe'`,
        `import { createRecourseQueryClient, RecourseProvider, usePaymentMutation, useRecourse } from '@recourse/react'`,
        `import { RecourseNotice } from '@recourse/ui'`,
        `export const client = createRecourseQueryClient({ dialects: [stripe] })`,
        `export { fetchJson, RecourseProvider, usePaymentMutation, useRecourse, RecourseNotice }`,
        '',
      ].join('\n'),
    },
    external: withSubpaths(['react', 'react-dom', '@tanstack/react-query', 'radix-ui']),
  })
  // Each further dialect, beside stripe: `measureSizes` turns these into what the dialect adds.
  for (const { path, dialect } of await builtDialects()) {
    if (dialect === 'stripe') continue
    entries.push({
      entry: `${FURTHER_DIALECT}${dialect}`,
      group: 'further dialect',
      what: `what ${dialect} (${path}) adds to classify + stripe`,
      source: {
        contents: `${stripeClassifier}import { ${dialect} } from '${path}'\nexport const { classify } = createClassifier({ dialects: [stripe, ${dialect}] })\n`,
      },
      external: [],
    })
  }
  if (budgetedOnly)
    return entries.filter(
      (entry) => entry.entry in SIZE_BUDGETS || entry.entry.startsWith(FURTHER_DIALECT),
    )

  // What one dialect adds: each beside the same createClassifier with no dialect at all, so the difference of
  // two rows is the dialect's own cost, shared helpers (access, statusRules) counted once in the baseline.
  entries.push({
    entry: 'classify, no dialect',
    group: 'dialect',
    what: 'createClassifier with no dialect (the baseline of the rows below)',
    source: {
      contents: `import { createClassifier } from '@recourse/core'\nexport const { classify } = createClassifier({ dialects: [] })\n`,
    },
    external: [],
  })
  for (const { path, dialect } of await builtDialects()) {
    entries.push({
      entry: `classify + ${dialect}`,
      group: 'dialect',
      what: `createClassifier with one explicit dialect (${dialect} from ${path})`,
      source: {
        contents: `import { createClassifier } from '@recourse/core'\nimport { ${dialect} } from '${path}'\nexport const { classify } = createClassifier({ dialects: [${dialect}] })\n`,
      },
      external: [],
    })
  }

  const ui = entries.find((entry) => entry.entry === '@recourse/ui')
  const uiPackage = packages.find((workspacePackage) => workspacePackage.name === '@recourse/ui')
  if (ui && uiPackage) {
    for (const component of await componentsOf(ui)) {
      entries.push({
        entry: `ui: ${component}`,
        group: 'component',
        what: `@recourse/ui's ${component} alone`,
        source: { contents: `export { ${component} } from '@recourse/ui'\n` },
        external: externalsOf(uiPackage),
      })
    }
  }

  const core = packages.find((workspacePackage) => workspacePackage.name === '@recourse/core')
  if (core) {
    const localesDir = join(core.dir, 'dist', 'locales')
    for (const file of readdirSync(localesDir)
      .filter((name) => name.endsWith('.js'))
      .sort()) {
      const locale = file.replace(/\.js$/, '')
      entries.push({
        entry: `${core.name}/locales/${locale}`,
        group: 'locale',
        what: `the ${locale} message catalog`,
        source: { file: join(localesDir, file) },
        external: [],
      })
    }
  }

  entries.push(
    {
      entry: 'react-error-boundary',
      group: 'peer',
      what: 'the whole package, react external',
      source: { contents: `export * from 'react-error-boundary'\n` },
      external: withSubpaths(['react', 'react-dom']),
    },
    {
      entry: 'axios-retry',
      group: 'peer',
      what: 'the whole package, axios external (is-retry-allowed bundled)',
      source: { contents: `export * from 'axios-retry'\nexport { default } from 'axios-retry'\n` },
      external: withSubpaths(['axios']),
    },
    {
      entry: 'ky',
      group: 'peer',
      what: 'the whole package (fetch wrapper with retries)',
      source: { contents: `export * from 'ky'\nexport { default } from 'ky'\n` },
      external: [],
    },
  )
  return entries
}

/**
 * Measures entries one after the other (esbuild is fast; in parallel they would only compete for two cores).
 *
 * @param {readonly SizeEntry[]} entries
 */
export async function measureSizes(entries) {
  /** @type {SizeRow[]} */
  const rows = []
  for (const entry of entries) rows.push(await measureEntry(entry))
  // A further dialect's row is what it adds to `classify + stripe`, not the two together.
  const base = rows.find((row) => row.entry === 'classify + stripe')
  return rows.map((row) =>
    row.entry.startsWith(FURTHER_DIALECT) && base
      ? {
          ...row,
          bundled: row.bundled - base.bundled,
          minified: row.minified - base.minified,
          gzipped: row.gzipped - base.gzipped,
        }
      : row,
  )
}
