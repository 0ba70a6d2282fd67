import type { DocumentNode, GraphQLError, GraphQLSchema } from 'graphql'
import type { SanitizedConfig } from 'payload'

import * as graphQL from 'graphql'
import { getPayload } from 'payload'

import type { SanitizedBulletinPluginOptions } from '../types'

import { createLruCache } from './createLruCache'
import { generateSiteGraphQLQueries } from './siteGraphQLQueries'
import { siteQueries } from './siteQueries'

/** Where the plugin leaves its options in the config, for this fast path. */
export const siteOptionsKey = 'bulletinSiteQueries'

type GraphQLRequest = { operationName?: string; query: string; variables?: Record<string, unknown> }

const siteQueryNames = new Set(Object.keys(siteQueries))

/** Only operations whose every root field is a site query (no fragments, no introspection). */
const isSiteOnly = (document: DocumentNode): boolean =>
  document.definitions.every(
    (definition) =>
      definition.kind === graphQL.Kind.OPERATION_DEFINITION &&
      definition.operation === graphQL.OperationTypeNode.QUERY &&
      definition.selectionSet.selections.every(
        (selection) =>
          selection.kind === graphQL.Kind.FIELD && siteQueryNames.has(selection.name.value),
      ),
  )

const readRequest = async (request: Request): Promise<GraphQLRequest | null> => {
  if (request.method === 'GET') {
    const params = new URL(request.url).searchParams
    const query = params.get('query')
    if (query === null) return null
    try {
      const variables = params.get('variables')
      return {
        operationName: params.get('operationName') ?? undefined,
        query,
        variables: variables ? (JSON.parse(variables) as Record<string, unknown>) : undefined,
      }
    } catch {
      return null
    }
  }
  if (!(request.headers.get('content-type') ?? '').includes('application/json')) return null
  const body = (await request
    .clone()
    .json()
    .catch(() => null)) as null | Partial<GraphQLRequest>
  return typeof body?.query === 'string' ? (body as GraphQLRequest) : null
}

const formatError = (error: GraphQLError) => ({
  extensions: {
    statusCode: (error.originalError as undefined | { status?: number })?.status ?? 500,
  },
  locations: error.locations,
  message:
    (error.originalError as undefined | { status?: number })?.status === undefined
      ? 'Something went wrong.'
      : error.message,
  path: error.path,
})

type FastPath = {
  documents: ReturnType<typeof createLruCache<DocumentNode | null>>
  schema: GraphQLSchema
}

const buildFastPath = (options: SanitizedBulletinPluginOptions): FastPath => ({
  documents: createLruCache({ maxEntries: 500, ttlMs: 24 * 3600 * 1000 }),
  schema: new graphQL.GraphQLSchema({
    query: new graphQL.GraphQLObjectType({
      fields: generateSiteGraphQLQueries(graphQL, options),
      name: 'Query',
    }),
  }),
})

/**
 * Wraps Payload's GraphQL route so requests made only of site queries (siteIssue, siteArticle…)
 * run on a schema of those queries alone, their parsed and validated documents kept: no Payload
 * request is built (site queries read published content, whoever asks) and the large generated
 * schema is not walked. Everything else goes to Payload's handler unchanged.
 */
export const withSiteGraphQL = <Context>(
  handler: (request: Request, context: Context) => Promise<Response>,
  config: Promise<SanitizedConfig> | SanitizedConfig,
) => {
  let fastPath: FastPath | null | undefined
  return async (request: Request, context: Context): Promise<Response> => {
    if (fastPath === undefined) {
      const options = (await config).custom?.[siteOptionsKey] as
        SanitizedBulletinPluginOptions | undefined
      fastPath = options ? buildFastPath(options) : null
    }
    const graphQLRequest = fastPath ? await readRequest(request) : null
    if (!fastPath || !graphQLRequest) return handler(request, context)
    let document = fastPath.documents.get(graphQLRequest.query)
    if (document === undefined) {
      try {
        const parsed = graphQL.parse(graphQLRequest.query)
        document =
          isSiteOnly(parsed) && graphQL.validate(fastPath.schema, parsed).length === 0
            ? parsed
            : null
      } catch {
        document = null
      }
      fastPath.documents.set(graphQLRequest.query, document)
    }
    // Invalid or not only site queries: Payload answers, with its own error messages.
    if (document === null) return handler(request, context)
    const payload = await getPayload({ config })
    const result = await graphQL.execute({
      contextValue: { req: { payload } },
      document,
      operationName: graphQLRequest.operationName,
      schema: fastPath.schema,
      variableValues: graphQLRequest.variables,
    })
    return Response.json(
      result.errors ? { ...result, errors: result.errors.map(formatError) } : result,
    )
  }
}
