import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { defineConfig } from 'vite'
import { libraryConfig } from '../../config/viteLibrary.ts'

const packageDir = import.meta.dirname

/** Every module of a folder (tests aside) as its own entry, published as `@recourse/core/<folder>/<name>`. */
function entriesOf(folder: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(join(packageDir, 'src', folder))
      .filter((file) => /^[\w-]+\.ts$/.test(file))
      .map((file) => [`${folder}/${file.replace(/\.ts$/, '')}`, `src/${folder}/${file}`]),
  )
}

// Catalogs: `@recourse/core/locales/<code>`. Dialects: `@recourse/core/dialects/<name>`, and every built-in one (the
// registry, src/dialects/index.ts) at `@recourse/core/dialects`.

export default defineConfig(
  libraryConfig({
    packageDir,
    entries: {
      index: 'src/index.ts',
      ...entriesOf('dialects'),
      ...entriesOf('locales'),
    },
  }),
)
