import type { GraphQLNullableType } from 'graphql'
import type { GraphQLExtension, PayloadRequest } from 'payload'

import { poolDb } from '../../importers/bulletin/persist/bulk/transactionDb'
import type { BulletinSlugs } from '../constants'
import { parseSearchParams } from './parseSearchParams'
import { searchArticles, searchCountCap } from './searchArticles'
import { resolveSearchTables } from './searchTables'

type SearchArgs = { limit?: number; office?: string; page?: number; q: string }

/**
 * The GraphQL query `searchArticles(q, office, limit, page)`: the same search as
 * GET /api/search, with the same result shape. Types are built from the graphql module Payload
 * hands over, so the schema holds one copy of it.
 */
export const generateSearchGraphQLQueries =
  ({
    slugs,
  }: {
    slugs: Pick<BulletinSlugs, 'articles' | 'issues' | 'offices'>
  }): GraphQLExtension =>
  (graphQL) => {
    const {
      GraphQLError,
      GraphQLFloat,
      GraphQLInt,
      GraphQLList,
      GraphQLNonNull,
      GraphQLObjectType,
    } = graphQL
    const { GraphQLBoolean, GraphQLString } = graphQL
    const required = <T extends GraphQLNullableType>(type: T) => new GraphQLNonNull(type)
    const issueType = new GraphQLObjectType({
      name: 'ArticleSearchIssue',
      fields: {
        id: { type: required(GraphQLInt) },
        issueNumber: { type: GraphQLInt },
        period: { type: GraphQLString },
        title: { type: GraphQLString },
      },
    })
    const officeType = new GraphQLObjectType({
      name: 'ArticleSearchOffice',
      fields: {
        id: { type: required(GraphQLInt) },
        name: { type: required(GraphQLString) },
        slug: { type: GraphQLString },
      },
    })
    const hitType = new GraphQLObjectType({
      name: 'ArticleSearchHit',
      fields: {
        id: { type: required(GraphQLInt) },
        issue: { type: issueType },
        office: { type: required(officeType) },
        rank: { type: required(GraphQLFloat) },
        slug: { type: GraphQLString },
        snippet: {
          description: 'HTML: a passage with the matched words in <mark>, the rest escaped',
          type: required(GraphQLString),
        },
        subtitle: { type: GraphQLString },
        title: { type: required(GraphQLString) },
        titleHighlight: {
          description: 'HTML: the title with the matched words in <mark>',
          type: required(GraphQLString),
        },
      },
    })
    const resultsType = new GraphQLObjectType({
      name: 'ArticleSearchResults',
      fields: {
        docs: { type: required(new GraphQLList(required(hitType))) },
        hasNextPage: { type: required(GraphQLBoolean) },
        hasPrevPage: { type: required(GraphQLBoolean) },
        isTotalDocsCapped: {
          description: `Counting stopped at ${searchCountCap}: totalDocs is a lower bound ("${searchCountCap} or more")`,
          type: required(GraphQLBoolean),
        },
        limit: { type: required(GraphQLInt) },
        page: { type: required(GraphQLInt) },
        totalDocs: {
          description: `Matches counted, at most ${searchCountCap} (see isTotalDocsCapped)`,
          type: required(GraphQLInt),
        },
        totalPages: { type: required(GraphQLInt) },
      },
    })
    return {
      searchArticles: {
        args: {
          limit: { type: GraphQLInt },
          office: { description: 'An office slug: only its articles', type: GraphQLString },
          page: { type: GraphQLInt },
          q: { type: required(GraphQLString) },
        },
        description: 'Published articles matching a Chinese query, best first',
        resolve: async (_source: unknown, args: SearchArgs, context: { req: PayloadRequest }) => {
          const parsed = parseSearchParams(args)
          if ('error' in parsed) throw new GraphQLError(parsed.error)
          const { payload } = context.req
          const results = await searchArticles({
            db: poolDb(payload),
            params: parsed.params,
            tables: resolveSearchTables({ payload, slugs }),
          })
          if (!results) {
            throw new GraphQLError(`no office with slug "${parsed.params.officeSlug}"`)
          }
          return results
        },
        type: required(resultsType),
      },
    }
  }
