import type { Payload, PayloadRequest } from 'payload'

import { seedOffices } from './offices'

/** Creates the seed offices that do not exist yet (matched by name); returns how many it made. */
export const ensureSeedOffices = async ({
  payload,
  req,
}: {
  payload: Payload
  req?: Partial<PayloadRequest>
}): Promise<number> => {
  const { docs } = await payload.find({
    collection: 'offices',
    limit: seedOffices.length,
    pagination: false,
    req,
    where: { name: { in: seedOffices.map((office) => office.name) } },
  })
  const existing = new Set(docs.map((office) => office.name))
  const missing = seedOffices.filter((office) => !existing.has(office.name))
  for (const office of missing) {
    await payload.create({ collection: 'offices', data: office, req })
  }
  return missing.length
}
