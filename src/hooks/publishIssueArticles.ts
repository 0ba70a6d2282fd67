import type { CollectionAfterChangeHook, CollectionSlug } from 'payload'

type IssueDoc = { _status?: null | string; id: number | string }

/**
 * Publishing an issue publishes its draft articles in the same transaction (the hook runs with
 * `req`), as the user who published it: access applies, so a user who may not publish an
 * article makes the whole publish fail and nothing is published.
 */
export const generatePublishIssueArticles =
  ({ articlesSlug }: { articlesSlug: CollectionSlug }): CollectionAfterChangeHook<IssueDoc> =>
  async ({ doc, req }) => {
    if (doc._status !== 'published') return doc
    // No user: a system write (a scheduled publish without its user, a script), which could only
    // publish the issue with access control off; the articles follow it the same way.
    const { docs } = await req.payload.find({
      collection: articlesSlug,
      depth: 0,
      draft: true,
      limit: 0,
      overrideAccess: !req.user,
      pagination: false,
      req,
      select: { _status: true },
      user: req.user,
      where: { issue: { equals: doc.id } },
    })
    for (const article of docs as { _status?: null | string; id: number | string }[]) {
      if (article._status === 'published') continue
      await req.payload.update({
        collection: articlesSlug,
        data: { _status: 'published' },
        depth: 0,
        id: article.id,
        overrideAccess: !req.user,
        req,
        user: req.user,
      })
    }
    return doc
  }
