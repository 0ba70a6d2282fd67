import type { Payload } from 'payload'

import type { ApiAnswer, ApiCredentials } from '../callApi'
import { callApi, callGraphQL } from '../callApi'
import type { CollectionSpec } from './collectionSpecs'
import { collectionSpecs } from './collectionSpecs'
import type { AccessFixtures, ActorName, FixtureDoc } from './createAccessFixtures'
import { actorNames, privateMarker, publicMarker } from './createAccessFixtures'

export type CaseContext = { fixtures: AccessFixtures; payload: Payload }

/** One attack: an actor, an operation on a collection (and one of office B's documents). */
export type AccessCase = {
  actor: ActorName
  collection: string
  /** Reads are also run by an administrator, who must find B's text: the case can see it. */
  kind: 'read' | 'write'
  name: string
  operation: string
  /** Resolves to the leaks found; empty when office B kept its secrets. */
  run: (context: CaseContext) => Promise<string[]>
}

/** An id no document has: guessed ids of office B must answer exactly like it. */
const missingId = 987_654

const credentialsOf = (context: CaseContext, actor: ActorName): ApiCredentials =>
  context.fixtures.actors[actor]

/** Anonymous may see office B's published text; office A's actors may see none of B. */
const forbiddenMarkers = (actor: ActorName, { isAllOfB = false } = {}) =>
  actor === 'anonymous' && !isAllOfB ? [privateMarker] : [privateMarker, publicMarker]

const findMarkers = (answer: ApiAnswer, markers: string[]): string[] => {
  const text = answer.text.toLowerCase()
  return markers
    .filter((marker) => text.includes(marker))
    .map((marker) => `answer ${answer.status} shows "${marker}": ${answer.text.slice(0, 300)}`)
}

const normalise = (answer: ApiAnswer, ids: (number | string)[]) => {
  let text = answer.text
  for (const id of ids) text = text.replace(new RegExp(`\\b${String(id)}\\b`, 'g'), ':id')
  return `${answer.status} ${text}`
}

/** A guessed id must answer exactly as a missing one: same status, same body. */
const compareWithMissing = (
  answer: ApiAnswer,
  missing: ApiAnswer,
  ids: (number | string)[],
): string[] => {
  const [seen, expected] = [normalise(answer, ids), normalise(missing, ids)]
  return seen === expected ? [] : [`answers "${seen}" where a missing one answers "${expected}"`]
}

/** Whether the actor may read the document at all (the public reads B's published content). */
const isVisibleTo = (actor: ActorName, spec: CollectionSpec, doc: FixtureDoc): boolean =>
  spec.slug === 'offices' || (actor === 'anonymous' && doc.isPublic)

const snapshotDocument = async (context: CaseContext, spec: CollectionSpec, id: number) => {
  const { payload } = context
  const doc = await payload.find({
    collection: spec.slug,
    depth: 0,
    draft: spec.isVersioned,
    where: { id: { equals: id } },
  })
  const versions = spec.isVersioned
    ? (await payload.countVersions({ collection: spec.slug, where: { parent: { equals: id } } }))
        .totalDocs
    : 0
  return JSON.stringify({ docs: doc.docs, versions })
}

const snapshotCollection = async (context: CaseContext, spec: CollectionSpec) => {
  const { payload } = context
  const { totalDocs } = await payload.count({ collection: spec.slug })
  const versions = spec.isVersioned
    ? (await payload.countVersions({ collection: spec.slug })).totalDocs
    : 0
  return `${totalDocs} documents, ${versions} versions`
}

/** Runs a write and reports it as a leak if it was accepted or changed anything. */
const expectUnchanged = ({
  answer,
  before,
  after,
}: {
  after: string
  answer: ApiAnswer
  before: string
}): string[] => {
  const leaks: string[] = []
  if (answer.status < 400 && !answer.text.includes('"errors":[{'))
    leaks.push(`write accepted: ${answer.status} ${answer.text.slice(0, 300)}`)
  if (before !== after) leaks.push(`data changed: ${before} → ${after}`)
  return leaks
}

const docsOf = (context: CaseContext, spec: CollectionSpec) =>
  Object.entries(context.fixtures.docsOfB[spec.slug] ?? {})

const officeWhere = (context: CaseContext, spec: CollectionSpec) =>
  `where[${spec.officePath}][equals]=${context.fixtures.officeB}`

const graphQLOfficeWhere = (context: CaseContext, spec: CollectionSpec) => {
  const path = spec.officePath === 'offices.office' ? 'offices__office' : spec.officePath
  return `where: { ${path}: { equals: ${context.fixtures.officeB} } }`
}

type CaseBuilder = (args: {
  actor: ActorName
  spec: CollectionSpec
}) => Omit<AccessCase, 'actor' | 'collection' | 'name'>[]

const listRead =
  (operation: string, path: (context: CaseContext, spec: CollectionSpec) => string): CaseBuilder =>
  ({ actor, spec }) => [
    {
      operation,
      kind: 'read',
      run: async (context) =>
        findMarkers(
          await callApi({
            credentials: credentialsOf(context, actor),
            method: 'GET',
            path: path(context, spec),
          }),
          forbiddenMarkers(actor, { isAllOfB: operation.includes('versions') }),
        ),
    },
  ]

/** One case per office B document: read it by id, with or without drafts. */
const readById =
  (operation: string, query: string): CaseBuilder =>
  ({ actor, spec }) => [
    {
      operation,
      kind: 'read',
      run: async (context) => {
        const leaks: string[] = []
        const credentials = credentialsOf(context, actor)
        const read = (id: number) =>
          callApi({ credentials, method: 'GET', path: `${spec.slug}/${id}${query}` })
        for (const [, doc] of docsOf(context, spec)) {
          const answer = await read(doc.id)
          if (isVisibleTo(actor, spec, doc)) {
            leaks.push(...findMarkers(answer, [privateMarker]))
          } else {
            leaks.push(...compareWithMissing(answer, await read(missingId), [doc.id, missingId]))
          }
        }
        return leaks
      },
    },
  ]

const readTotal = (answer: ApiAnswer, path: string[]): null | number => {
  if (answer.status !== 200) return null
  let value: unknown = JSON.parse(answer.text)
  for (const key of path) value = (value as Record<string, unknown> | null)?.[key]
  return typeof value === 'number' ? value : null
}

/** Counting office B's documents must count no more than the actor may see. */
const countOfB =
  (
    operation: string,
    send: (context: CaseContext, spec: CollectionSpec, actor: ActorName) => Promise<ApiAnswer>,
    totalPath: (spec: CollectionSpec) => string[],
  ): CaseBuilder =>
  ({ actor, spec }) => [
    {
      kind: 'read',
      operation,
      run: async (context) => {
        const answer = await send(context, spec, actor)
        const visible = docsOf(context, spec).filter(([, doc]) => isVisibleTo(actor, spec, doc))
        const total = readTotal(answer, totalPath(spec))
        return total !== null && total > visible.length
          ? [`counts ${total} of office B's documents; ${visible.length} are visible`]
          : []
      },
    },
  ]

const restCount = countOfB(
  'count',
  (context, spec, actor) =>
    callApi({
      credentials: credentialsOf(context, actor),
      method: 'GET',
      path: `${spec.slug}/count?${officeWhere(context, spec)}`,
    }),
  () => ['totalDocs'],
)

const graphQLCount = countOfB(
  'GraphQL count',
  (context, spec, actor) =>
    callGraphQL({
      credentials: credentialsOf(context, actor),
      query: `{ count${spec.graphQLNames.plural}(${graphQLOfficeWhere(context, spec)}) { totalDocs } }`,
    }),
  (spec) => ['data', `count${spec.graphQLNames.plural}`, 'totalDocs'],
)

const restCreate: CaseBuilder = ({ actor, spec }) => [
  {
    operation: 'create',
    kind: 'write',
    run: async (context) => {
      const before = await snapshotCollection(context, spec)
      const answer = await callApi({
        body: spec.createData(context.fixtures).rest,
        credentials: credentialsOf(context, actor),
        method: 'POST',
        path: spec.slug,
      })
      return expectUnchanged({ after: await snapshotCollection(context, spec), answer, before })
    },
  },
]

/** One write per office B document, which must change nothing and answer as a missing id. */
const writeById =
  (
    operation: string,
    send: (args: {
      credentials: ApiCredentials
      id: number
      spec: CollectionSpec
      versionId?: number
    }) => Promise<ApiAnswer>,
  ): CaseBuilder =>
  ({ actor, spec }) => [
    {
      operation,
      kind: 'write',
      run: async (context) => {
        const leaks: string[] = []
        const credentials = credentialsOf(context, actor)
        for (const [, doc] of docsOf(context, spec)) {
          const before = await snapshotDocument(context, spec, doc.id)
          const answer = await send({ credentials, id: doc.id, spec, versionId: doc.versionId })
          const after = await snapshotDocument(context, spec, doc.id)
          leaks.push(...expectUnchanged({ after, answer, before }))
          const missing = await send({ credentials, id: missingId, spec, versionId: missingId })
          const ids = [doc.id, doc.versionId ?? doc.id, missingId]
          leaks.push(...compareWithMissing(answer, missing, ids))
        }
        return leaks
      },
    },
  ]

const restUpdate = (query: string) =>
  writeById(query ? 'update draft' : 'update', ({ credentials, id, spec }) =>
    callApi({
      body: spec.updateData.rest,
      credentials,
      method: 'PATCH',
      path: `${spec.slug}/${id}${query}`,
    }),
  )

const restDelete = writeById('delete', ({ credentials, id, spec }) =>
  callApi({ credentials, method: 'DELETE', path: `${spec.slug}/${id}` }),
)

const restoreVersion = writeById('restore version', ({ credentials, spec, versionId }) =>
  callApi({ credentials, method: 'POST', path: `${spec.slug}/versions/${versionId}` }),
)

/** Our own endpoint: rolling back another office's import must answer as a missing run. */
const rollbackEndpoint = writeById('rollback endpoint', ({ credentials, id, spec }) =>
  callApi({ credentials, method: 'POST', path: `${spec.slug}/${id}/rollback` }),
)

const readVersionById: CaseBuilder = ({ actor, spec }) => [
  {
    operation: 'findVersionByID',
    kind: 'read',
    run: async (context) => {
      const leaks: string[] = []
      const credentials = credentialsOf(context, actor)
      for (const [, doc] of docsOf(context, spec)) {
        const read = (id: number) =>
          callApi({ credentials, method: 'GET', path: `${spec.slug}/versions/${id}` })
        const answer = await read(doc.versionId ?? -1)
        leaks.push(...findMarkers(answer, forbiddenMarkers(actor, { isAllOfB: true })))
        const missing = await read(missingId)
        leaks.push(...compareWithMissing(answer, missing, [doc.versionId ?? -1, missingId]))
      }
      return leaks
    },
  },
]

const fileDownload: CaseBuilder = ({ actor, spec }) => [
  {
    operation: 'file download',
    kind: 'read',
    run: async (context) => {
      const leaks: string[] = []
      const credentials = credentialsOf(context, actor)
      for (const [, doc] of docsOf(context, spec)) {
        const read = (filename: string) =>
          callApi({ credentials, method: 'GET', path: `${spec.slug}/file/${filename}` })
        const answer = await read(doc.filename ?? '')
        if (isVisibleTo(actor, spec, doc)) {
          leaks.push(...findMarkers(answer, [privateMarker]))
        } else {
          const missingName = `missing-${missingId}.${doc.filename?.split('.').pop()}`
          const missing = await read(missingName)
          const [seen, expected] = [answer.status, missing.status]
          if (seen !== expected || answer.text.length !== missing.text.length)
            leaks.push(`file answers ${seen} (${answer.text.length} bytes), missing ${expected}`)
        }
      }
      return leaks
    },
  },
]

/** Reads office A's own documents whose join fields reach office B's articles. */
const restJoin: CaseBuilder = ({ actor, spec }) => [
  {
    operation: 'join fields',
    kind: 'read',
    run: async (context) => {
      const leaks: string[] = []
      for (const doc of Object.values(context.fixtures.docsOfA[spec.slug] ?? {})) {
        const joins = spec.joinFields.map((field) => `joins[${field}][limit]=100`).join('&')
        const answer = await callApi({
          credentials: credentialsOf(context, actor),
          method: 'GET',
          path: `${spec.slug}/${doc.id}?depth=1&${joins}`,
        })
        leaks.push(...findMarkers(answer, forbiddenMarkers(actor)))
      }
      return leaks
    },
  },
]

const graphQLRead =
  (operation: string, query: (context: CaseContext, spec: CollectionSpec) => string): CaseBuilder =>
  ({ actor, spec }) => [
    {
      operation,
      kind: 'read',
      run: async (context) =>
        findMarkers(
          await callGraphQL({
            credentials: credentialsOf(context, actor),
            query: query(context, spec),
          }),
          forbiddenMarkers(actor, { isAllOfB: operation.includes('versions') }),
        ),
    },
  ]

const graphQLSingle: CaseBuilder = ({ actor, spec }) => [
  {
    operation: 'GraphQL single',
    kind: 'read',
    run: async (context) => {
      const leaks: string[] = []
      const credentials = credentialsOf(context, actor)
      const draft = spec.isVersioned ? ', draft: true' : ''
      for (const [, doc] of docsOf(context, spec)) {
        const read = (id: number) =>
          callGraphQL({
            credentials,
            query: `{ ${spec.graphQLNames.single}(id: ${id}${draft}) { ${spec.graphQLFields} } }`,
          })
        const answer = await read(doc.id)
        if (isVisibleTo(actor, spec, doc)) {
          leaks.push(...findMarkers(answer, [privateMarker]))
        } else {
          leaks.push(...compareWithMissing(answer, await read(missingId), [doc.id, missingId]))
        }
      }
      return leaks
    },
  },
]

const graphQLJoin: CaseBuilder = ({ actor, spec }) => [
  {
    operation: 'GraphQL join fields',
    kind: 'read',
    run: async (context) => {
      const leaks: string[] = []
      for (const doc of Object.values(context.fixtures.docsOfA[spec.slug] ?? {})) {
        const answer = await callGraphQL({
          credentials: credentialsOf(context, actor),
          query: `{ ${spec.graphQLNames.single}(id: ${doc.id}) { ${spec.graphQLFields} } }`,
        })
        leaks.push(...findMarkers(answer, forbiddenMarkers(actor)))
      }
      return leaks
    },
  },
]

const graphQLCreate: CaseBuilder = ({ actor, spec }) => [
  {
    operation: 'GraphQL create',
    kind: 'write',
    run: async (context) => {
      const before = await snapshotCollection(context, spec)
      const answer = await callGraphQL({
        credentials: credentialsOf(context, actor),
        query: `mutation { create${spec.graphQLNames.single}(data: ${spec.createData(context.fixtures).graphQL}) { id } }`,
      })
      return expectUnchanged({ after: await snapshotCollection(context, spec), answer, before })
    },
  },
]

const graphQLUpdate = writeById('GraphQL update', ({ credentials, id, spec }) =>
  callGraphQL({
    credentials,
    query: `mutation { update${spec.graphQLNames.single}(id: ${id}, data: ${spec.updateData.graphQL}) { id } }`,
  }),
)

const graphQLDelete = writeById('GraphQL delete', ({ credentials, id, spec }) =>
  callGraphQL({
    credentials,
    query: `mutation { delete${spec.graphQLNames.single}(id: ${id}) { id } }`,
  }),
)

/** The operations every collection is attacked with, and those only some have. */
const buildersFor = (spec: CollectionSpec): CaseBuilder[] => [
  listRead('find', (_context, { slug }) => `${slug}?depth=2&limit=100`),
  listRead(
    'find by office',
    (context) => `${spec.slug}?depth=2&limit=100&${officeWhere(context, spec)}`,
  ),
  readById('findByID', '?depth=2'),
  // Offices are public (name, district, publication): counting them shows nothing.
  ...(spec.slug === 'offices' ? [] : [restCount, graphQLCount]),
  restCreate,
  restUpdate(''),
  restDelete,
  graphQLRead(
    'GraphQL list',
    (context) =>
      `{ ${spec.graphQLNames.plural}(limit: 100, ${graphQLOfficeWhere(context, spec)}) { docs { ${spec.graphQLFields} } } }`,
  ),
  graphQLSingle,
  graphQLCreate,
  graphQLUpdate,
  graphQLDelete,
  ...(spec.isVersioned
    ? [
        listRead('find drafts', (_context, { slug }) => `${slug}?draft=true&depth=2&limit=100`),
        readById('findByID draft', '?draft=true&depth=2'),
        restUpdate('?draft=true'),
        listRead('versions', (_context, { slug }) => `${slug}/versions?depth=1&limit=100`),
        readVersionById,
        restoreVersion,
        graphQLRead(
          'GraphQL drafts',
          () =>
            `{ ${spec.graphQLNames.plural}(limit: 100, draft: true) { docs { ${spec.graphQLFields} } } }`,
        ),
        graphQLRead(
          'GraphQL versions',
          () =>
            `{ versions${spec.graphQLNames.plural}(limit: 100) { docs { id version { title } } } }`,
        ),
      ]
    : []),
  ...(spec.joinFields.length > 0 ? [restJoin, graphQLJoin] : []),
  ...(spec.hasFile ? [fileDownload] : []),
  ...(spec.slug === 'import-runs' ? [rollbackEndpoint] : []),
]

/**
 * Every collection × operation × actor, against office B's documents: the access matrix.
 * Generated, so a new collection or operation is attacked by every actor.
 */
export const generateAccessCases = (actors: readonly ActorName[] = actorNames): AccessCase[] =>
  collectionSpecs.flatMap((spec) =>
    buildersFor(spec).flatMap((build) =>
      actors.flatMap((actor) =>
        build({ actor, spec }).map((built) => ({
          ...built,
          actor,
          collection: spec.slug,
          name: `${actor} → ${spec.slug} ${built.operation}`,
        })),
      ),
    ),
  )
