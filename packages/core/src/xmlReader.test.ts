import { describe, expect, it } from 'vitest'
import { MAX_XML_CHARS, MAX_XML_DEPTH, MAX_XML_ELEMENTS, readXml } from './xmlReader.js'

describe('readXml', () => {
  it('given nested elements, reads text leaves, lists for repeated names and empty strings for empty elements', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
      <!-- a comment -->
      <Errors>
        <Error><Source /><Recoverable>false</Recoverable></Error>
        <Error lang="en"><Source></Source><Description>A &amp; B &lt;C&gt;</Description></Error>
      </Errors>`
    expect(readXml(xml)).toEqual({
      Errors: {
        Error: [
          { Source: '', Recoverable: 'false' },
          { Source: '', Description: 'A & B <C>' },
        ],
      },
    })
  })

  it('given CDATA, keeps its text as it is', () => {
    expect(readXml('<a><![CDATA[x < y & z]]></a>')).toEqual({ a: 'x < y & z' })
  })

  it.each([
    ['plain text', 'Service Unavailable'],
    ['an HTML page', '<html><body><p>Bad gateway</body></html>'],
    ['an unclosed element', '<Errors><Error>'],
    ['a stray closing tag', '<Errors></Error></Errors>'],
    ['two root elements', '<a>1</a><b>2</b>'],
    ['text after the root', '<a>1</a> trailing'],
  ])('given %s, reads nothing', (_, text) => {
    expect(readXml(text)).toBeUndefined()
  })

  it('given more text, elements or depth than its bounds, reads nothing, quickly', () => {
    const started = performance.now()
    expect(readXml(`<a>${'x'.repeat(MAX_XML_CHARS)}</a>`)).toBeUndefined()
    expect(readXml(`<a>${'<b/>'.repeat(MAX_XML_ELEMENTS)}</a>`)).toBeUndefined()
    expect(
      readXml(`${'<a>'.repeat(MAX_XML_DEPTH + 1)}${'</a>'.repeat(MAX_XML_DEPTH + 1)}`),
    ).toBeUndefined()
    expect(readXml(`<a>${'<!--x>'.repeat(2500)}</a>`)).toBeUndefined()
    expect(performance.now() - started).toBeLessThan(1000)
  })

  it('given the largest body within its bounds, still reads it', () => {
    expect(readXml(`<a>${'<b/>'.repeat(MAX_XML_ELEMENTS - 1)}</a>`)?.a).toMatchObject({
      b: expect.any(Array) as unknown,
    })
  })
})
