import type { CollectionSlug } from 'payload'

import type { AccessFixtures } from './createAccessFixtures'

/** What the matrix needs to know of one collection to attack it over REST and GraphQL. */
export type CollectionSpec = {
  /** A REST body and a GraphQL `data` literal that would create a document in office B. */
  createData: (fixtures: AccessFixtures) => { graphQL: string; rest: Record<string, unknown> }
  /** Fields selected in GraphQL reads: every one that carries text of office B. */
  graphQLFields: string
  /** GraphQL names: `Article` / `Articles`. */
  graphQLNames: { plural: string; single: string }
  hasFile: boolean
  isVersioned: boolean
  /** The join fields of the collection, read on office A's documents. */
  joinFields: string[]
  /** Where-path naming the document's office. */
  officePath: string
  slug: CollectionSlug
  /** A harmless edit, over REST and GraphQL. */
  updateData: { graphQL: string; rest: Record<string, unknown> }
}

const articleFields = 'id title excerpt diagnostics { message } provenance { sourceFile }'

export const collectionSpecs: CollectionSpec[] = [
  {
    createData: ({ officeB }) => ({
      graphQL: `{ office: ${officeB}, period: "2021-09" }`,
      rest: { office: officeB, period: '2021-09' },
    }),
    graphQLFields: `id title publication articles { docs { ${articleFields} } }`,
    graphQLNames: { plural: 'Issues', single: 'Issue' },
    hasFile: false,
    isVersioned: true,
    joinFields: ['articles'],
    officePath: 'office',
    slug: 'issues',
    updateData: { graphQL: '{ issueNumber: 99 }', rest: { issueNumber: 99 } },
  },
  {
    createData: ({ docsOfB, officeB }) => ({
      graphQL: `{ office: ${officeB}, issue: ${docsOfB.issues?.publishedIssue?.id}, title: "attempt" }`,
      rest: { issue: docsOfB.issues?.publishedIssue?.id, office: officeB, title: 'attempt' },
    }),
    graphQLFields: `${articleFields} authors { name } department { name } mentions { role }`,
    graphQLNames: { plural: 'Articles', single: 'Article' },
    hasFile: false,
    isVersioned: true,
    joinFields: [],
    officePath: 'office',
    slug: 'articles',
    updateData: { graphQL: '{ excerpt: "attempt" }', rest: { excerpt: 'attempt' } },
  },
  {
    createData: ({ officeB }) => ({
      graphQL: `{ office: ${officeB}, name: "attempt" }`,
      rest: { name: 'attempt', office: officeB },
    }),
    graphQLFields: `id name articles { docs { ${articleFields} } }`,
    graphQLNames: { plural: 'Departments', single: 'Department' },
    hasFile: false,
    isVersioned: false,
    joinFields: ['articles'],
    officePath: 'office',
    slug: 'departments',
    updateData: { graphQL: '{ name: "attempt" }', rest: { name: 'attempt' } },
  },
  {
    createData: ({ officeB }) => ({
      graphQL: `{ office: ${officeB}, name: "attempt" }`,
      rest: { name: 'attempt', office: officeB },
    }),
    graphQLFields: [
      'id name',
      `mentionedIn { docs { ${articleFields} } }`,
      `authored { docs { ${articleFields} } }`,
      `photographed { docs { ${articleFields} } }`,
    ].join(' '),
    graphQLNames: { plural: 'People', single: 'Person' },
    hasFile: false,
    isVersioned: false,
    joinFields: ['mentionedIn', 'authored', 'photographed'],
    officePath: 'office',
    slug: 'people',
    updateData: { graphQL: '{ name: "attempt" }', rest: { name: 'attempt' } },
  },
  {
    createData: ({ officeB }) => ({
      graphQL: `{ office: ${officeB}, caption: "attempt" }`,
      rest: { caption: 'attempt', office: officeB },
    }),
    graphQLFields: `id caption filename url article { ${articleFields} }`,
    graphQLNames: { plural: 'Photos', single: 'Photo' },
    hasFile: true,
    isVersioned: false,
    joinFields: [],
    officePath: 'office',
    slug: 'photos',
    updateData: { graphQL: '{ caption: "attempt" }', rest: { caption: 'attempt' } },
  },
  {
    createData: ({ officeB }) => ({
      graphQL: `{ office: ${officeB}, fileName: "attempt.txt" }`,
      rest: { fileName: 'attempt.txt', office: officeB },
    }),
    graphQLFields: 'id fileName filename url error',
    graphQLNames: { plural: 'ImportRuns', single: 'ImportRun' },
    hasFile: true,
    isVersioned: false,
    joinFields: [],
    officePath: 'office',
    slug: 'import-runs',
    updateData: { graphQL: '{ error: "attempt" }', rest: { error: 'attempt' } },
  },
  {
    createData: ({ officeB }) => ({
      graphQL: `{ email: "attempt@example.com", password: "a-long-password", offices: [{ office: ${officeB} }] }`,
      rest: {
        email: 'attempt@example.com',
        offices: [{ office: officeB }],
        password: 'a-long-password',
      },
    }),
    graphQLFields: 'id email',
    graphQLNames: { plural: 'Users', single: 'User' },
    hasFile: false,
    isVersioned: false,
    joinFields: [],
    officePath: 'offices.office',
    slug: 'users',
    updateData: { graphQL: '{ name: "attempt" }', rest: { name: 'attempt' } },
  },
  {
    createData: () => ({ graphQL: '{ name: "attempt" }', rest: { name: 'attempt' } }),
    graphQLFields: 'id name siteUrl revalidationWebhookUrl revalidationSecret',
    graphQLNames: { plural: 'Offices', single: 'Office' },
    hasFile: false,
    isVersioned: false,
    joinFields: [],
    officePath: 'id',
    slug: 'offices',
    updateData: { graphQL: '{ district: "attempt" }', rest: { district: 'attempt' } },
  },
]
