/** A raw HTTP response as pasted into the playground, split into its parts. */
export interface ParsedResponse {
  status: number
  statusText: string
  headers: Record<string, string>
  /** Parsed JSON when the body is JSON, else the text as it was (an empty body is `undefined`). */
  body: unknown
}

export type ParseResult = { ok: true; response: ParsedResponse } | { ok: false; error: string }

const STATUS_LINE = /^HTTP\/\d(?:\.\d)?\s+(\d{3})(?:\s+(.*))?$/i
const HEADER_LINE = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*(.*)$/

/**
 * Reads a response as DevTools or `curl -i` shows it: a status line (`HTTP/1.1 429 Too Many Requests`; `HTTP/2 503`),
 * header lines, a blank line, the body. Total: a mistake comes back as a sentence that says which line is wrong.
 * Repeated headers are joined with ", " (RFC 9110); header names keep the case they were typed in.
 */
export function parseHttpResponse(raw: string): ParseResult {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  const lines = text.split('\n')
  let index = lines.findIndex((line) => line.trim() !== '')
  if (index === -1)
    return { ok: false, error: 'Paste a response: a status line, headers, a blank line, the body.' }

  const statusLine = (lines[index] ?? '').trim()
  const match = STATUS_LINE.exec(statusLine)
  if (!match) {
    return {
      ok: false,
      error: `Line ${index + 1} should be a status line such as "HTTP/1.1 402 Payment Required", not "${truncate(statusLine)}".`,
    }
  }
  const status = Number(match[1])
  if (status < 100 || status > 599) {
    return { ok: false, error: `Status ${status} is not an HTTP status code (100 to 599).` }
  }

  const headers: Record<string, string> = {}
  const lowerNames = new Map<string, string>()
  for (index += 1; index < lines.length; index += 1) {
    const line = lines[index] ?? ''
    if (line.trim() === '') {
      index += 1
      break
    }
    const header = HEADER_LINE.exec(line)
    if (!header) {
      return {
        ok: false,
        error: `Line ${index + 1} should be a header ("Name: value") or the blank line before the body, not "${truncate(line.trim())}".`,
      }
    }
    const [, name = '', value = ''] = header
    const known = lowerNames.get(name.toLowerCase())
    if (known === undefined) {
      lowerNames.set(name.toLowerCase(), name)
      headers[name] = value.trim()
    } else {
      headers[known] = `${headers[known]}, ${value.trim()}`
    }
  }

  const bodyText = lines.slice(index).join('\n').trim()
  return {
    ok: true,
    response: {
      status,
      statusText: match[2]?.trim() ?? '',
      headers,
      body: bodyText === '' ? undefined : parseBody(bodyText),
    },
  }
}

function parseBody(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    // Not JSON (HTML, XML, plain text, or JSON with a mistake): the classifier gets the text, as fetchJson would pass it.
    return text
  }
}

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text
}
