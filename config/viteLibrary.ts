import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import react from '@vitejs/plugin-react'
import type { Plugin, UserConfig } from 'vite'

interface LibraryOptions {
  /** The package folder (pass `import.meta.dirname`). */
  packageDir: string
  /** Output name (without `.js`) -> source file relative to the package, e.g. `{ index: 'src/index.ts' }`. */
  entries: Record<string, string>
  /** React package: adds the JSX plugin and requires every entry to start with `'use client'`. */
  react?: boolean
}

interface PackageJson {
  dependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
}

/**
 * Vite library-mode config shared by the packages: ESM only, one output module per source module
 * (so consumers' bundlers can tree-shake), every dependency and peer (and their subpaths such as
 * `react/jsx-runtime` or `radix-ui/internal`) left as an import. Types come from `tsc`, not from here.
 */
export function libraryConfig({
  packageDir,
  entries,
  react: isReact = false,
}: LibraryOptions): UserConfig {
  const packageJson = JSON.parse(
    readFileSync(join(packageDir, 'package.json'), 'utf8'),
  ) as PackageJson
  const externalPackages = [
    ...Object.keys(packageJson.dependencies ?? {}),
    ...Object.keys(packageJson.peerDependencies ?? {}),
  ]
  const isExternal = (id: string): boolean =>
    externalPackages.some((name) => id === name || id.startsWith(`${name}/`))

  return {
    root: packageDir,
    plugins: isReact ? [react(), requireUseClient()] : [],
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      sourcemap: true,
      lib: { entry: entries, formats: ['es'] },
      rolldownOptions: {
        external: isExternal,
        output: {
          preserveModules: true,
          preserveModulesRoot: 'src',
          entryFileNames: '[name].js',
        },
      },
    },
  }
}

const USE_CLIENT = /^\s*(?:\/\/[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*['"]use client['"]/

/**
 * With `preserveModules` the bundler keeps a module's `'use client'` directive in its output file.
 * React Server Components need it at the top of each entry, so a build whose entry lacks it fails
 * here instead of breaking a Next.js app later.
 */
function requireUseClient(): Plugin {
  return {
    name: 'recourse:require-use-client',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.isEntry && !USE_CLIENT.test(chunk.code)) {
          this.error(`${chunk.fileName} must start with 'use client' (add it to its source entry)`)
        }
      }
    },
  }
}
