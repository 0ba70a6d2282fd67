/** The id a relationship value names, whether it holds the id or the populated document. */
export const toRelationId = (value: unknown): null | number | string => {
  if (value !== null && typeof value === 'object' && 'id' in value)
    return (value as { id: number | string }).id
  return typeof value === 'number' || typeof value === 'string' ? value : null
}
