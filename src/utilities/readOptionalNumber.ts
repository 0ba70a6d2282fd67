/** A positive whole number from an environment variable, undefined when unset. */
export const readOptionalNumber = (name: string): number | undefined => {
  const raw = process.env[name]
  if (raw === undefined || raw.trim() === '') return undefined
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`${name}=${raw} is not a whole number; use e.g. ${name}=1000.`)
  }
  return value
}
