import type { PublicContentKey, RevalidationTargets } from './types'

type Id = number | string
type Relation = { id: Id } | Id | null | undefined

/** The fields of a content document that name the pages it appears on. */
export type ContentDocRefs = {
  article?: Relation
  authors?: Relation[] | null
  department?: Relation
  id: Id
  issue?: Relation
  mentions?: { person?: Relation }[] | null
  photographers?: Relation[] | null
}

const idOf = (relation: Relation): Id | undefined =>
  relation !== null && typeof relation === 'object' ? relation.id : (relation ?? undefined)

const peopleOf = (doc: ContentDocRefs): Id[] =>
  [
    ...(doc.authors ?? []),
    ...(doc.photographers ?? []),
    ...(doc.mentions ?? []).map((mention) => mention.person),
  ]
    .map(idOf)
    .filter((id): id is Id => id !== undefined)

/** A page of the site and the tag that names the same thing. */
type Target = { path: string; tag: string }

const targetsOf = ({
  collection,
  doc,
  officeSlug,
}: {
  collection: PublicContentKey
  doc: ContentDocRefs
  officeSlug: string
}): Target[] => {
  const office = `/${officeSlug}`
  const issue = (id: Id | undefined): Target[] =>
    id === undefined ? [] : [{ path: `${office}/issues/${id}`, tag: `issue:${id}` }]
  const article = (id: Id | undefined): Target[] =>
    id === undefined ? [] : [{ path: `${office}/articles/${id}`, tag: `article:${id}` }]
  const department = (id: Id | undefined): Target[] =>
    id === undefined ? [] : [{ path: `${office}/departments/${id}`, tag: `department:${id}` }]
  const person = (id: Id): Target => ({ path: `${office}/people/${id}`, tag: `person:${id}` })
  switch (collection) {
    case 'articles':
      return [
        ...issue(idOf(doc.issue)),
        ...article(doc.id),
        ...department(idOf(doc.department)),
        ...peopleOf(doc).map(person),
      ]
    case 'departments':
      return department(doc.id)
    case 'issues':
      return issue(doc.id)
    case 'people':
      return [person(doc.id)]
    case 'photos':
      return [...article(idOf(doc.article)), { path: '', tag: `photo:${doc.id}` }]
  }
}

/**
 * The site paths and cache tags to refresh when a document changes. The one place that knows
 * the sites' URL scheme, from ids (stable while slugs may be edited):
 *
 * - `/<office slug>` — the office's home page (latest issue), tag `office:<slug>`
 * - `/<office slug>/issues/<issue id>` — an issue's table of contents, tag `issue:<id>`
 * - `/<office slug>/articles/<article id>`, tag `article:<id>`
 * - `/<office slug>/departments/<department id>`, tag `department:<id>`
 * - `/<office slug>/people/<person id>`, tag `person:<id>`
 * - a photo has no page of its own: its article's page, and tag `photo:<id>`
 *
 * Both the document before and after the change count, so an article moved to another issue
 * refreshes both issues. Paths and tags come sorted and without repeats.
 */
export const toRevalidationTargets = ({
  collection,
  doc,
  officeSlug,
  previousDoc,
}: {
  collection: PublicContentKey
  doc: ContentDocRefs
  officeSlug: string
  previousDoc?: ContentDocRefs | null
}): RevalidationTargets => {
  const targets = [
    { path: `/${officeSlug}`, tag: `office:${officeSlug}` },
    ...targetsOf({ collection, doc, officeSlug }),
    ...(previousDoc ? targetsOf({ collection, doc: previousDoc, officeSlug }) : []),
  ]
  const unique = (values: string[]) => [...new Set(values.filter((value) => value !== ''))].sort()
  return {
    paths: unique(targets.map((target) => target.path)),
    tags: unique(targets.map((target) => target.tag)),
  }
}
