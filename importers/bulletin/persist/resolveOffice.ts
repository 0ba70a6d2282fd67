import type { Payload, PayloadRequest, Where } from 'payload'

import type { ParsedIssue } from '../types'

export type ResolvedOffice = { id: number; isCreated: boolean; name: string }

/**
 * The office an issue belongs to: the one named by slug (--office, the inbox folder), else the
 * one the parser inferred, matched by name. An inferred office that does not exist yet is
 * created, so an empty database can take any bulletin.
 */
export const resolveOffice = async ({
  officeSlug,
  parsed,
  payload,
  req,
}: {
  officeSlug?: string
  parsed: ParsedIssue
  payload: Payload
  req: PayloadRequest
}): Promise<ResolvedOffice> => {
  if (!officeSlug && !parsed.office) {
    throw new Error('no street office is named in the file; import it with --office SLUG')
  }
  const where: Where = officeSlug
    ? { slug: { equals: officeSlug } }
    : { name: { equals: parsed.office ?? '' } }
  const { docs } = await payload.find({ collection: 'offices', limit: 1, req, where })
  const found = docs[0]
  if (found) return { id: found.id, isCreated: false, name: found.name }
  if (officeSlug) throw new Error(`there is no office with the slug "${officeSlug}"`)
  const created = await payload.create({
    collection: 'offices',
    data: { district: parsed.district, name: parsed.office ?? '', publication: parsed.publication },
    req,
  })
  return { id: created.id, isCreated: true, name: created.name }
}
