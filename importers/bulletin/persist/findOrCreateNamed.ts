import type { Payload, PayloadRequest } from 'payload'

type NamedCollection = 'departments' | 'people'

/**
 * Ids of the office's departments or people with these names (or aliases), creating those that
 * do not exist yet. Returns how many it created.
 */
export const findOrCreateNamed = async ({
  collection,
  names,
  officeId,
  payload,
  req,
}: {
  collection: NamedCollection
  names: string[]
  officeId: number
  payload: Payload
  req: PayloadRequest
}): Promise<{ createdCount: number; ids: Map<string, number> }> => {
  const ids = new Map<string, number>()
  if (names.length === 0) return { createdCount: 0, ids }
  const { docs } = await payload.find({
    collection,
    depth: 0,
    limit: 0,
    pagination: false,
    req,
    where: {
      and: [
        { office: { equals: officeId } },
        { or: [{ name: { in: names } }, { 'aliases.alias': { in: names } }] },
      ],
    },
  })
  for (const doc of docs) {
    for (const name of [doc.name, ...(doc.aliases ?? []).map((entry) => entry.alias)])
      ids.set(name, doc.id)
  }
  let createdCount = 0
  for (const name of names.filter((candidate) => !ids.has(candidate))) {
    const created = await payload.create({ collection, data: { name, office: officeId }, req })
    ids.set(name, created.id)
    createdCount++
  }
  return { createdCount, ids }
}
