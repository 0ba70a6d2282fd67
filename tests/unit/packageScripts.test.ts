import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as {
  scripts: Record<string, string>
}

/** Scripts whose process never loads Payload (nor, through it, Lexical). */
const scriptsWithoutPayload = new Set(['audit', 'bench:parse', 'parse'])

const startsNodeWithTypeScript = (command: string): boolean => /(^|\s)(tsx|payload)\s/.test(command)

describe('package scripts', () => {
  it('should start every process that loads Payload with the production condition, keeping NODE_OPTIONS', () => {
    const loadingPayload = Object.entries(scripts).filter(
      ([name, command]) => startsNodeWithTypeScript(command) && !scriptsWithoutPayload.has(name),
    )
    expect(loadingPayload.length).toBeGreaterThan(10)
    expect(
      loadingPayload.filter(
        ([, command]) =>
          !command.startsWith('NODE_OPTIONS="--conditions=production $NODE_OPTIONS" '),
      ),
    ).toEqual([])
  })
})
