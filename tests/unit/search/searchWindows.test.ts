import { describe, expect, it } from 'vitest'

import { toSearchWindows } from '../../../src/search/toSearchWindows'

/** The ids a window's block lexemes cover, as [first, last] ranges. */
const toIdRanges = (window: string): [number, number][] =>
  window.split(' | ').map((lexeme) => {
    const [, bits, block] = /^'#r(\d+):(\d+)'$/.exec(lexeme) ?? []
    const size = 2 ** Number(bits)
    return [Number(block) * size, (Number(block) + 1) * size - 1]
  })

describe('search windows', () => {
  it('should read the newest block first, then the one before', () => {
    const { newerThan, windows } = toSearchWindows(101_305)
    expect(windows.slice(0, 2)).toEqual(["'#r7:791'", "'#r7:790'"])
    expect(newerThan).toBe(101_376)
  })

  it('should cover every id once, newest first, in windows growing fourfold', () => {
    const { newerThan, windows } = toSearchWindows(101_305)
    const ranges = windows.flatMap(toIdRanges).sort((a, b) => b[0] - a[0])
    const covered = ranges.reduce((next, [first, last]) => {
      expect(last).toBe(next - 1)
      return first
    }, newerThan)
    expect(covered).toBe(0)
    const sizes = windows
      .slice(0, 6)
      .map((window) => toIdRanges(window).reduce((sum, [first, last]) => sum + last - first + 1, 0))
    expect(sizes).toEqual([128, 128, 512, 2048, 8192, 32_768])
  })

  it('should give each window its first id', () => {
    const { starts, windows } = toSearchWindows(101_305)
    expect(starts).toHaveLength(windows.length)
    windows.forEach((window, index) => {
      expect(Math.min(...toIdRanges(window).map(([first]) => first))).toBe(starts[index])
    })
  })

  it('should name few blocks, the largest that fit', () => {
    const { windows } = toSearchWindows(101_305)
    expect(Math.max(...windows.map((window) => window.split(' | ').length))).toBeLessThan(30)
  })

  it('should still read everything of an empty index', () => {
    expect(toSearchWindows(0)).toEqual({ newerThan: 128, starts: [0], windows: ["'#r7:0'"] })
  })
})
