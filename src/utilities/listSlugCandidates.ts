/** How many numbered candidates one round offers. */
const roundSize = 10

/** The slugs preferred before any numbered one: the bare slug, then the qualified one. */
export const listFirstSlugCandidates = ({
  base,
  qualifier,
}: {
  base: string
  qualifier?: null | string
}): string[] => (qualifier ? [base, `${base}-${qualifier}`] : [base])

/**
 * The slugs a document may take, in order of preference, one round at a time: round 0 is the
 * bare slug, then the slug qualified (an article's issue: `短消息-2021-03`), then numbered from 2
 * (`短消息-2021-03-2`); later rounds carry on numbering. The first one not taken in the office wins.
 */
export const listSlugCandidates = ({
  base,
  qualifier,
  round,
}: {
  base: string
  qualifier?: null | string
  round: number
}): string[] => {
  const stem = qualifier ? `${base}-${qualifier}` : base
  const first = round === 0 ? listFirstSlugCandidates({ base, qualifier }) : []
  const numbered = Array.from(
    { length: roundSize },
    (_, index) => `${stem}-${round * roundSize + index + 2}`,
  )
  return [...first, ...numbered]
}
