import type { CollectionSlug, Payload } from 'payload'

import sharp from 'sharp'

import type { ApiCredentials } from '../callApi'
import { toRichText } from '../createOfficeContent'

/** Text every unpublished or private thing of office B carries; no actor may ever see it. */
export const privateMarker = 'b-private'
/** Text on office B's published content: the public may see it, office A's actors may not. */
export const publicMarker = 'b-public'

export const actorNames = ['anonymous', 'authorOfA', 'editorOfA', 'siteKeyOfA'] as const
/** The matrix's actors, and the administrator who runs its reads as a control. */
export type ActorName = (typeof actorNames)[number] | 'administrator'

/** A document of office B, with whether the public may read it. */
export type FixtureDoc = { filename?: string; id: number; isPublic: boolean; versionId?: number }

export type AccessFixtures = {
  actors: Record<ActorName, ApiCredentials>
  /** Office B's documents by collection and key (`draftArticle`, `publishedIssue`…). */
  docsOfB: Record<string, Record<string, FixtureDoc>>
  /** Office A's issue, department and person, which office B's articles name (joins). */
  docsOfA: Record<string, Record<string, FixtureDoc>>
  officeA: number
  officeB: number
}

const password = 'a-long-test-password'

const createPng = () =>
  sharp({ create: { background: '#c00', channels: 3, height: 4, width: 4 } })
    .png()
    .toBuffer()

const latestVersionId = async (payload: Payload, collection: CollectionSlug, id: number) => {
  const { docs } = await payload.findVersions({
    collection,
    limit: 1,
    sort: '-updatedAt',
    where: { parent: { equals: id } },
  })
  return Number(docs[0]?.id)
}

const createStaff = async (
  payload: Payload,
  {
    email,
    office,
    roles,
  }: { email: string; office?: number; roles: ('admin' | 'author' | 'editor')[] },
): Promise<ApiCredentials> => {
  await payload.create({
    collection: 'users',
    data: { email, offices: office ? [{ office }] : [], password, roles },
  })
  const { token } = await payload.login({ collection: 'users', data: { email, password } })
  return { token: token ?? '' }
}

const createSiteKey = async (payload: Payload, office: number): Promise<ApiCredentials> => {
  const apiKey = `site-key-${office}-0123456789abcdef`
  await payload.create({
    collection: 'users',
    data: {
      apiKey,
      email: `site-${office}@example.com`,
      enableAPIKey: true,
      offices: [{ office }],
      password,
      roles: ['site'],
    },
  })
  return { apiKey }
}

/**
 * Two offices. Office B holds one of everything, published and not, every text of it marked
 * (`b-public-…` where the public may read it, `b-private-…` where nobody outside B may);
 * office A holds a person B's draft article credits, so A's joins reach B. The actors are
 * office A's author, editor and site key, and the anonymous public.
 */
export const createAccessFixtures = async (payload: Payload): Promise<AccessFixtures> => {
  const officeA = await payload.create({
    collection: 'offices',
    data: { district: '静安区', name: '芷江西路街道' },
  })
  const officeB = await payload.create({
    collection: 'offices',
    data: {
      district: '静安区',
      name: '张庙街道',
      revalidationWebhookUrl: `https://${privateMarker}-hook.example.org/revalidate`,
      siteUrl: `https://${privateMarker}-site.example.org`,
    },
  })
  const personOfA = await payload.create({
    collection: 'people',
    data: { name: '宋杰', office: officeA.id },
  })
  const departmentOfA = await payload.create({
    collection: 'departments',
    data: { name: '社区党建办', office: officeA.id },
  })
  const issueOfA = await payload.create({
    collection: 'issues',
    data: { _status: 'published', office: officeA.id, period: '2021-03' },
  })
  const department = await payload.create({
    collection: 'departments',
    data: { name: `${publicMarker}-department`, office: officeB.id },
  })
  const person = await payload.create({
    collection: 'people',
    data: { name: `${publicMarker}-person`, office: officeB.id },
  })
  const publishedIssue = await payload.create({
    collection: 'issues',
    data: {
      _status: 'published',
      office: officeB.id,
      period: '2021-01',
      publication: `${publicMarker}-issue`,
    },
  })
  const draftIssue = await payload.create({
    collection: 'issues',
    data: {
      _status: 'draft',
      office: officeB.id,
      period: '2021-02',
      publication: `${privateMarker}-issue`,
    },
  })
  const articleData = { department: department.id, office: officeB.id }
  const publishedArticle = await payload.create({
    collection: 'articles',
    data: {
      ...articleData,
      _status: 'published',
      authors: [person.id],
      body: toRichText([`${publicMarker}-body`]),
      diagnostics: [{ message: `${privateMarker}-diagnostic` }],
      issue: publishedIssue.id,
      provenance: { sourceFile: `${privateMarker}-source.txt` },
      title: `${publicMarker}-article`,
    },
  })
  const publishedWithDraft = await payload.create({
    collection: 'articles',
    data: {
      ...articleData,
      _status: 'published',
      issue: publishedIssue.id,
      title: `${publicMarker}-article-with-draft`,
    },
  })
  await payload.update({
    collection: 'articles',
    data: { title: `${privateMarker}-newer-draft-title` },
    draft: true,
    id: publishedWithDraft.id,
  })
  const draftArticle = await payload.create({
    collection: 'articles',
    data: {
      ...articleData,
      _status: 'draft',
      authors: [person.id, personOfA.id],
      body: toRichText([`${privateMarker}-body`]),
      issue: draftIssue.id,
      mentions: [{ person: person.id, role: `${privateMarker}-role` }],
      title: `${privateMarker}-article`,
    },
    // A draft skips validation, which (rightly) refuses another office's person.
    draft: true,
  })
  // Office B's articles that name office A's issue, department and person: A's joins reach them.
  const crossLinked = { authors: [personOfA.id], department: departmentOfA.id, office: officeB.id }
  await payload.create({
    collection: 'articles',
    data: {
      ...crossLinked,
      _status: 'draft',
      issue: issueOfA.id,
      mentions: [{ person: personOfA.id }],
      title: `${privateMarker}-cross-linked-article`,
    },
    draft: true,
  })
  const crossPublished = await payload.create({
    collection: 'articles',
    data: {
      _status: 'published',
      issue: publishedIssue.id,
      office: officeB.id,
      title: `${publicMarker}-cross-linked-article`,
    },
  })
  // Validation refuses another office's department and people, as it should; written below it.
  await payload.db.updateOne({
    collection: 'articles',
    data: { ...crossLinked, photographers: [personOfA.id] },
    id: crossPublished.id,
  })
  const png = await createPng()
  const photo = await payload.create({
    collection: 'photos',
    data: { article: draftArticle.id, caption: `${publicMarker}-photo`, office: officeB.id },
    file: { data: png, mimetype: 'image/png', name: `${publicMarker}-photo.png`, size: png.length },
  })
  const runText = Buffer.from(`${privateMarker}-bulletin text\n`)
  const importRun = await payload.create({
    collection: 'import-runs',
    data: { fileName: `${privateMarker}-run.txt`, office: officeB.id, status: 'succeeded' },
    file: {
      data: runText,
      mimetype: 'text/plain',
      name: `${privateMarker}-run.txt`,
      size: runText.length,
    },
  })
  const userOfB = await payload.create({
    collection: 'users',
    data: {
      email: `${privateMarker}-editor@example.com`,
      offices: [{ office: officeB.id }],
      password,
      roles: ['editor'],
    },
  })
  const actors: Record<ActorName, ApiCredentials> = {
    administrator: await createStaff(payload, { email: 'admin@example.com', roles: ['admin'] }),
    anonymous: null,
    authorOfA: await createStaff(payload, {
      email: 'author-a@example.com',
      office: officeA.id,
      roles: ['author'],
    }),
    editorOfA: await createStaff(payload, {
      email: 'editor-a@example.com',
      office: officeA.id,
      roles: ['editor'],
    }),
    siteKeyOfA: await createSiteKey(payload, officeA.id),
  }
  const versioned = (id: number, isPublic: boolean, collection: CollectionSlug) =>
    latestVersionId(payload, collection, id).then((versionId) => ({ id, isPublic, versionId }))
  return {
    actors,
    docsOfA: {
      departments: { departmentOfA: { id: departmentOfA.id, isPublic: true } },
      issues: { issueOfA: { id: issueOfA.id, isPublic: true } },
      people: { personOfA: { id: personOfA.id, isPublic: true } },
    },
    docsOfB: {
      articles: {
        crossPublished: await versioned(crossPublished.id, true, 'articles'),
        draftArticle: await versioned(draftArticle.id, false, 'articles'),
        publishedArticle: await versioned(publishedArticle.id, true, 'articles'),
        publishedWithDraft: await versioned(publishedWithDraft.id, true, 'articles'),
      },
      departments: { department: { id: department.id, isPublic: true } },
      'import-runs': {
        importRun: { filename: importRun.filename ?? '', id: importRun.id, isPublic: false },
      },
      issues: {
        draftIssue: await versioned(draftIssue.id, false, 'issues'),
        publishedIssue: await versioned(publishedIssue.id, true, 'issues'),
      },
      offices: { officeB: { id: officeB.id, isPublic: true } },
      people: { person: { id: person.id, isPublic: true } },
      photos: { photo: { filename: photo.filename ?? '', id: photo.id, isPublic: true } },
      users: { userOfB: { id: userOfB.id, isPublic: false } },
    },
    officeA: officeA.id,
    officeB: officeB.id,
  }
}
