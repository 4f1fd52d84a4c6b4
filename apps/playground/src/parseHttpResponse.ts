/** A raw HTTP response as pasted into the playground, split into its parts. */
export interface ParsedResponse {
  status: number
  statusText: string
  headers: Record<string, string>
  /** Parsed JSON when the body is JSON, else the text as it was (an empty body is `undefined`). */
  body: unknown
}

export type ParseResult =
  | {
      ok: true
      response: ParsedResponse
      /** Set when no status line was pasted: the text was read as a bare body, answered with the assumed status. */
      assumedStatus?: true
      /** Set when the body looks like JSON but is not: what is wrong, and that it was kept as text. */
      bodyNote?: string
    }
  | { ok: false; error: string }

export interface ParseOptions {
  /**
   * The status to assume when the text is a bare JSON body with no status line (as a log or an SDK's error prints
   * it). Without it, a missing status line is an error.
   */
  assumeStatus?: number
}

const STATUS_LINE = /^HTTP\/\d(?:\.\d)?\s+(\d{3})(?:\s+(.*))?$/i
const HEADER_LINE = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*(.*)$/

/**
 * Reads a response as DevTools or `curl -i` shows it: a status line (`HTTP/1.1 429 Too Many Requests`; `HTTP/2 503`),
 * header lines, a blank line, the body. Total: a mistake comes back as a sentence that says which line is wrong.
 * Repeated headers are joined with ", " (RFC 9110); header names keep the case they were typed in.
 */
export function parseHttpResponse(raw: string, options: ParseOptions = {}): ParseResult {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  const lines = text.split('\n')
  let index = lines.findIndex((line) => line.trim() !== '')
  if (index === -1)
    return { ok: false, error: 'Paste a response: a status line, headers, a blank line, the body.' }

  const statusLine = (lines[index] ?? '').trim()
  const match = STATUS_LINE.exec(statusLine)
  const { assumeStatus } = options
  if (!match && assumeStatus !== undefined && /^[[{]/.test(statusLine)) {
    if (!isStatus(assumeStatus)) {
      return { ok: false, error: `Status ${assumeStatus} is not an HTTP status code (100 to 599).` }
    }
    const body = readBody(text.trim())
    return {
      ok: true,
      response: { status: assumeStatus, statusText: '', headers: {}, body: body.value },
      assumedStatus: true,
      ...(body.note === undefined ? {} : { bodyNote: body.note }),
    }
  }
  if (!match) {
    return {
      ok: false,
      error: `Line ${index + 1} should be a status line such as "HTTP/1.1 402 Payment Required", not "${truncate(statusLine)}".`,
    }
  }
  const status = Number(match[1])
  if (!isStatus(status)) {
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
  const body = bodyText === '' ? { value: undefined } : readBody(bodyText)
  return {
    ok: true,
    response: {
      status,
      statusText: match[2]?.trim() ?? '',
      headers,
      body: body.value,
    },
    ...(body.note === undefined ? {} : { bodyNote: body.note }),
  }
}

function isStatus(status: number): boolean {
  return Number.isInteger(status) && status >= 100 && status <= 599
}

/**
 * JSON when it parses; otherwise the text as it was — the classifier gets it as fetchJson would pass a body it
 * cannot parse. A body that looks like JSON (starts with `{` or `[`) but does not parse gets a note saying so.
 */
function readBody(text: string): { value: unknown; note?: string } {
  try {
    return { value: JSON.parse(text) as unknown }
  } catch (error) {
    if (!/^[[{]/.test(text)) return { value: text }
    const reason = error instanceof Error ? error.message : String(error)
    return {
      value: text,
      note: `The body is not valid JSON (${truncate(reason)}), so it was classified as plain text, as fetchJson passes a body it cannot parse.`,
    }
  }
}

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text
}
