import type { Payload, PayloadRequest, TypedUser } from 'payload'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import type { CreatedDocuments } from './importedDocuments'

export type RollbackOutcome = {
  articles: number
  departments: number
  issue: number
  office: null | number
  people: number
  photos: number
}

const idsOf = (value: unknown): number[] =>
  (Array.isArray(value) ? value : [value]).flatMap((item: unknown) => {
    if (typeof item === 'number') return [item]
    if (item && typeof item === 'object' && 'id' in item && typeof item.id === 'number')
      return [item.id]
    return []
  })

/** An office staff are assigned to, or other runs name, stays even if this run created it. */
const isOfficeUnused = async ({
  officeId,
  payload,
  req,
  runId,
}: {
  officeId: number
  payload: Payload
  req: PayloadRequest
  runId: number
}): Promise<boolean> => {
  const [users, runs, issues] = await Promise.all([
    // System checks: an editor may not count other users, but the office is only removed when
    // nobody at all works for it.
    payload.count({
      collection: 'users',
      overrideAccess: true,
      req,
      where: { 'offices.office': { equals: officeId } },
    }),
    payload.count({
      collection: 'import-runs',
      overrideAccess: true,
      req,
      where: { and: [{ office: { equals: officeId } }, { id: { not_equals: runId } }] },
    }),
    payload.count({
      collection: 'issues',
      overrideAccess: true,
      req,
      where: { office: { equals: officeId } },
    }),
  ])
  return users.totalDocs + runs.totalDocs + issues.totalDocs === 0
}

/**
 * Removes exactly what one import created: its issue, articles and photos, the people and
 * departments it created that nothing else refers to now, and its office if it created one
 * that is now empty. Staff edits elsewhere are untouched. One transaction.
 */
export const rollbackImportRun = async ({
  payload,
  runId,
  user,
}: {
  payload: Payload
  runId: number
  user?: TypedUser
}): Promise<RollbackOutcome> => {
  const run = await payload.findByID({
    collection: 'import-runs',
    id: runId,
    overrideAccess: !user,
    user,
  })
  if (run.status !== 'succeeded') {
    throw new Error(`only a succeeded import can be rolled back; run ${runId} is ${run.status}`)
  }
  const created = run.createdDocuments as CreatedDocuments | null
  if (!created) throw new Error(`run ${runId} has no record of what it created`)
  const req = await createLocalReq(user ? { user } : {}, payload)
  // Every step runs with the user's own access (an editor reaches only their office); the CLI
  // has no user and runs as the system.
  const access = { overrideAccess: !user, user }
  await initTransaction(req)
  try {
    const byIds = (ids: number[]) => ({ id: { in: ids.length > 0 ? ids : [-1] } })
    const deleteAll = async (
      collection: 'articles' | 'departments' | 'people' | 'photos',
      ids: number[],
    ) => {
      const { errors } = await payload.delete({ ...access, collection, req, where: byIds(ids) })
      if (errors.length > 0) {
        throw new Error(
          `could not remove ${collection} ${errors.map((error) => error.id).join(', ')}: ${errors[0]?.message}`,
        )
      }
    }
    await deleteAll('articles', created.articles)
    await deleteAll('photos', created.photos)
    await payload.delete({ ...access, collection: 'issues', id: created.issue, req })
    const remaining = await payload.find({
      ...access,
      collection: 'articles',
      depth: 0,
      draft: true,
      limit: 0,
      pagination: false,
      req,
      where: { office: { equals: typeof run.office === 'object' ? run.office?.id : run.office } },
    })
    const stillReferenced = new Set(
      remaining.docs.flatMap((article) => [
        ...idsOf(article.authors),
        ...idsOf(article.photographers),
        ...idsOf(article.department),
        ...(article.mentions ?? []).flatMap((mention) => idsOf(mention.person)),
      ]),
    )
    const people = created.people.filter((id) => !stillReferenced.has(id))
    const departments = created.departments.filter((id) => !stillReferenced.has(id))
    await deleteAll('people', people)
    await deleteAll('departments', departments)
    const officeIsEmpty =
      created.office !== undefined &&
      remaining.docs.length === 0 &&
      (await isOfficeUnused({ officeId: created.office, payload, req, runId }))
    await payload.update({
      ...access,
      collection: 'import-runs',
      data: { office: officeIsEmpty ? null : run.office, status: 'rolledBack' },
      id: runId,
      req,
    })
    if (officeIsEmpty && created.office !== undefined) {
      // Only administrators delete offices; an empty office the import created goes with it.
      await payload.delete({ collection: 'offices', id: created.office, overrideAccess: true, req })
    }
    await commitTransaction(req)
    return {
      articles: created.articles.length,
      departments: departments.length,
      issue: created.issue,
      office: officeIsEmpty ? (created.office ?? null) : null,
      people: people.length,
      photos: created.photos.length,
    }
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
