import { createServer, type Server } from 'node:http'
import { readFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { extname, join } from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromiumLaunchOptions } from '../../../config/chromium.js'

// The components work under a strict Content-Security-Policy: no inline script, no eval. (Inline styles are allowed:
// Radix's dialog scroll lock injects a style element.) Built with Vite like an app would be, served with the policy,
// and driven in Debian's Chromium, which reports every violation.

const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ')

const here = import.meta.dirname
const outDir = join(here, '../../../node_modules/.cache/recourse-csp')
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
}
let server: Server
let browser: Browser
let origin = ''

beforeAll(async () => {
  await build({
    root: here,
    logLevel: 'silent',
    resolve: { conditions: ['@recourse/source', 'browser', 'module', 'import', 'default'] },
    esbuild: { jsx: 'automatic' },
    build: { outDir, emptyOutDir: true },
  })
  server = createServer((request, response) => {
    const path = request.url === '/' ? '/index.html' : (request.url ?? '/')
    if (path === '/favicon.ico') {
      response.writeHead(204)
      response.end()
      return
    }
    readFile(join(outDir, path.replace(/\.\./g, ''))).then(
      (body) => {
        response.writeHead(200, {
          'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
          'content-security-policy': POLICY,
        })
        response.end(body)
      },
      () => {
        response.writeHead(404)
        response.end()
      },
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  browser = await chromium.launch(chromiumLaunchOptions)
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
})

describe('under a strict Content-Security-Policy', () => {
  it('every component renders and works, with no violation and no error', async () => {
    const page = await browser.newPage()
    const problems: string[] = []
    // What the policy blocked, and anything thrown; React's own log of the error the boundary caught is expected.
    page.on('console', (message) => {
      if (message.text().startsWith('CSP violation')) problems.push(message.text())
    })
    page.on('pageerror', (error) => problems.push(`page: ${error.message}`))
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)
      })
    })
    await page.goto(origin)
    // The unknown-outcome dialog, the notices, the boundary's fallback and the toast all rendered.
    await page.getByRole('alertdialog').waitFor()
    await page.getByRole('button', { name: 'Check your order status' }).click()
    await page.getByText('Connection problem').first().waitFor()
    await page.getByRole('button', { name: 'Dismiss' }).first().waitFor()
    // The form: submit, the summary takes focus, its link moves to the field.
    await page.getByRole('button', { name: 'Pay', exact: true }).click()
    await page.getByRole('link', { name: 'Enter the 3 or 4 digit security code' }).click()
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('cvc')
    // A provider message full of markup: the catalog's words are shown instead, and nothing of it is parsed or run.
    await page.getByRole('button', { name: 'Pay again' }).click()
    await page.getByText('Your card provider did not say why').first().waitFor()
    expect(await page.getByText('window.__xss').count()).toBe(0)
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined()
    expect(await page.locator('form img').count()).toBe(0)
    expect(problems).toEqual([])
    await page.close()
  }, 60_000)
})
