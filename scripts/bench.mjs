// Size report: what each package's entry costs a consumer, minified and gzipped.
// dist/ keeps one file per module, so the entry is bundled (its own modules only; dependencies
// and peers such as react or @recourse/core stay external) before it is minified with esbuild
// and gzipped at level 9. Results are also written to .bench-out/sizes.json.
import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { isBuilt, listPackages, repoRoot } from './packages.mjs'

const packages = listPackages()

if (!packages.every(isBuilt)) {
  console.log('dist/ missing: running `pnpm build` first...')
  const result = spawnSync('pnpm', ['build'], { cwd: repoRoot, stdio: 'inherit' })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

/** @param {import('./packages.mjs').WorkspacePackage} workspacePackage */
function externalsOf(workspacePackage) {
  const names = Object.keys({
    ...workspacePackage.manifest.dependencies,
    ...workspacePackage.manifest.peerDependencies,
  })
  return names.flatMap((name) => [name, `${name}/*`])
}

/**
 * @param {string} entryFile absolute path of a built ESM file
 * @param {string[]} external
 */
async function measure(entryFile, external) {
  /** @param {boolean} minify */
  const bundle = async (minify) => {
    const result = await build({
      entryPoints: [entryFile],
      bundle: true,
      minify,
      format: 'esm',
      platform: 'neutral',
      target: 'es2022',
      external,
      write: false,
      logLevel: 'error',
    })
    return result.outputFiles[0]?.contents ?? new Uint8Array()
  }
  const bundled = await bundle(false)
  const minified = await bundle(true)
  const gzipped = gzipSync(minified, { level: 9 })
  return { bundled: bundled.byteLength, minified: minified.byteLength, gzipped: gzipped.byteLength }
}

/** @type {Array<{ package: string, entry: string, bundled: number, minified: number, gzipped: number }>} */
const rows = []
for (const workspacePackage of packages) {
  const sizes = await measure(
    join(workspacePackage.dir, 'dist', 'index.js'),
    externalsOf(workspacePackage),
  )
  rows.push({ package: workspacePackage.name, entry: 'dist/index.js', ...sizes })
}

/** @param {number} bytes */
const formatBytes = (bytes) => `${(bytes / 1024).toFixed(2)} kB`
const table = [
  ['package', 'entry', 'bundled', 'min', 'min+gzip'],
  ...rows.map((row) => [
    row.package,
    row.entry,
    formatBytes(row.bundled),
    formatBytes(row.minified),
    formatBytes(row.gzipped),
  ]),
]
const widths =
  table[0]?.map((_, column) => Math.max(...table.map((cells) => cells[column]?.length ?? 0))) ?? []
/** @param {string[]} cells */
const formatRow = (cells) =>
  cells
    .map((cell, column) =>
      column < 2 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
    )
    .join('  ')

console.log(
  '\nEntry sizes: own code only, dependencies and peers external (esbuild minify, gzip -9)\n',
)
console.log(formatRow(table[0] ?? []))
console.log(widths.map((width) => '-'.repeat(width)).join('  '))
for (const cells of table.slice(1)) console.log(formatRow(cells))

const outDir = join(repoRoot, '.bench-out')
mkdirSync(outDir, { recursive: true })
writeFileSync(join(outDir, 'sizes.json'), `${JSON.stringify(rows, null, 2)}\n`)

await import('./bench-hostile.mjs')
await import('./bench-fuzz.mjs')
