import type { Payload, PayloadRequest } from 'payload'

type NamedCollection = 'departments' | 'people'

/**
 * Ids of the office's departments or people with these names (or aliases), creating those that
 * do not exist yet. Also returns the ids it created.
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
}): Promise<{ createdIds: number[]; ids: Map<string, number> }> => {
  const ids = new Map<string, number>()
  if (names.length === 0) return { createdIds: [], ids }
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
  const createdIds: number[] = []
  for (const name of names.filter((candidate) => !ids.has(candidate))) {
    const created = await payload.create({ collection, data: { name, office: officeId }, req })
    ids.set(name, created.id)
    createdIds.push(created.id)
  }
  return { createdIds, ids }
}
