/// <reference types="vite/client" />
import { Markdown } from '@storybook/addon-docs/blocks'
import providers from '../providers.md?raw'
import { ClassifiedSamples, DialectRules } from './RulesTable.tsx'

/** The dialect a section of docs/providers.md is about: the name in backticks in its heading. */
const DIALECT_HEADING = /^## .*\(`([\w-]+)`\)\s*$/m

/**
 * docs/providers.md, section by section, with what the code says beside each provider's words: samples of its
 * fixtures classified as the page loads, and its rules. One page for every provider, so a new provider is its
 * section in providers.md, not another page.
 */
export function ProviderDocs() {
  const text = providers.replace(/<!--[\s\S]*?-->\s*/g, '')
  const [intro = '', ...sections] = text.split(/\n(?=## )/)
  return (
    <>
      <Markdown>{intro}</Markdown>
      {sections.map((section) => {
        const name = DIALECT_HEADING.exec(section)?.[1]
        return (
          <section key={section.slice(0, 80)} data-dialect={name}>
            <Markdown>{section}</Markdown>
            {name ? (
              <>
                <h3>Classified samples</h3>
                <p>
                  Cases of its fixtures, classified as this page loads; try any other in{' '}
                  <strong>Demo / Classifier playground</strong>.
                </p>
                <ClassifiedSamples provider={name} />
                <h3>
                  The rules of the <code>{name}</code> dialect
                </h3>
                <p>
                  After the status table, these rules refine the result (generated from the code).
                </p>
                <DialectRules name={name} />
              </>
            ) : null}
          </section>
        )
      })}
    </>
  )
}
