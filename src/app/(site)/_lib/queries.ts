import { fetchGraphQL } from './fetchGraphQL'
import { siteQueries } from './siteQueries'

// What the pages read, typed; the GraphQL documents themselves are in siteQueries.ts.

export type SiteOffice = {
  district: null | string
  id: number
  name: string
  publication: null | string
  slug: string
}

export type IssueContentsEntry = {
  id: number
  kind: null | string
  section: null | string
  subtitle: null | string
  title: string
}

export type SiteIssue = {
  articles: { docs: IssueContentsEntry[] } | null
  id: number
  issueNumber: null | number
  period: string
  publication: null | string
  runningNumber: null | number
  title: null | string
}

export type SitePhoto = {
  alt: null | string
  caption: null | string
  id: number
  url: null | string
}

export type SiteArticle = {
  authors: { name: string }[] | null
  body: unknown
  department: { name: string } | null
  id: number
  issue: { id: number; period: string; title: null | string } | null
  office: { slug: string } | null
  photographers: { name: string }[] | null
  photos: SitePhoto[] | null
  section: null | string
  subtitle: null | string
  title: string
}

export type SiteSearchHit = {
  id: number
  issue: { id: number; title: null | string } | null
  snippet: string
  titleHighlight: string
}

/** `totalDocs` stops at the API's cap; `isTotalDocsCapped` then says there are more. */
export type SiteSearchResults = {
  docs: SiteSearchHit[]
  isTotalDocsCapped: boolean
  totalDocs: number
}

/** Every office, for the index of sites. */
export const findOffices = async (): Promise<SiteOffice[]> =>
  (await fetchGraphQL<{ Offices: { docs: SiteOffice[] } }>(siteQueries.offices)).Offices.docs

/** The office with this slug, or null. */
export const findOffice = async (slug: string): Promise<null | SiteOffice> =>
  (await fetchGraphQL<{ Offices: { docs: SiteOffice[] } }>(siteQueries.office, { slug })).Offices
    .docs[0] ?? null

/** An office's latest published issue with its table of contents, or null. */
export const findLatestIssue = async (officeId: number): Promise<null | SiteIssue> =>
  (
    await fetchGraphQL<{ Issues: { docs: SiteIssue[] } }>(siteQueries.latestIssue, {
      office: officeId,
    })
  ).Issues.docs[0] ?? null

/** One published issue of an office with its table of contents, or null. */
export const findIssue = async ({
  id,
  officeId,
}: {
  id: number
  officeId: number
}): Promise<null | SiteIssue> =>
  (
    await fetchGraphQL<{ Issues: { docs: SiteIssue[] } }>(siteQueries.issue, {
      id,
      office: officeId,
    })
  ).Issues.docs[0] ?? null

/** One published article of an office with its issue, credits and photos, or null. */
export const findArticle = async ({
  id,
  officeId,
}: {
  id: number
  officeId: number
}): Promise<null | SiteArticle> =>
  (
    await fetchGraphQL<{ Articles: { docs: SiteArticle[] } }>(siteQueries.article, {
      id,
      office: officeId,
    })
  ).Articles.docs[0] ?? null

/** Published articles of an office matching a query, best first, with highlighted snippets. */
export const searchOfficeArticles = async ({
  officeSlug,
  q,
}: {
  officeSlug: string
  q: string
}): Promise<SiteSearchResults> =>
  (
    await fetchGraphQL<{ searchArticles: SiteSearchResults }>(siteQueries.search, {
      office: officeSlug,
      q,
    })
  ).searchArticles
