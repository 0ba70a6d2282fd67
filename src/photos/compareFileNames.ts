const collator = new Intl.Collator('zh', { numeric: true, sensitivity: 'base' })

/** Orders file names as people number them: `scan-2` before `scan-10`. */
export const compareFileNames = (a: string, b: string): number => collator.compare(a, b)
