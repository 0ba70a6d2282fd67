import type * as GraphQLModule from 'graphql'
import type { GraphQLFieldConfig, GraphQLOutputType } from 'graphql'
import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'

import type { SanitizedBulletinPluginOptions } from '../types'
import type { SiteQueryName } from './siteQueries'

import { runSiteQuery } from './runSiteQuery'
import { parseSiteQueryArgs, siteQueries } from './siteQueries'

type GraphQL = typeof GraphQLModule

type ArticleList = { limit: number; page: number; totalDocs: number }

/** The object types of the site queries (their names start with Site). */
const buildSiteTypes = (graphQL: GraphQL) => {
  const {
    GraphQLBoolean,
    GraphQLFloat,
    GraphQLInt,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
  } = graphQL
  const { GraphQLScalarType, GraphQLString } = graphQL
  const list = (type: GraphQLOutputType) =>
    new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(type)))
  const required = (type: GraphQLOutputType) => new GraphQLNonNull(type)
  const json = new GraphQLScalarType({
    description: 'A JSON value (an article body is Lexical JSON).',
    name: 'SiteJSON',
    serialize: (value) => value,
  })
  const office = new GraphQLObjectType({
    fields: {
      district: { type: GraphQLString },
      name: { type: required(GraphQLString) },
      publication: { type: GraphQLString },
      slug: { type: GraphQLString },
    },
    name: 'SiteOffice',
  })
  const ref = (name: string) =>
    new GraphQLObjectType({
      fields: {
        id: { type: required(GraphQLInt) },
        name: { type: required(GraphQLString) },
        slug: { type: GraphQLString },
      },
      name,
    })
  const departmentRef = ref('SiteDepartmentRef')
  const personRef = ref('SitePersonRef')
  const photo = new GraphQLObjectType({
    fields: {
      alt: { type: GraphQLString },
      caption: { type: GraphQLString },
      cardUrl: { type: GraphQLString },
      height: { type: GraphQLFloat },
      id: { type: required(GraphQLInt) },
      thumbnailUrl: { type: GraphQLString },
      url: { type: GraphQLString },
      width: { type: GraphQLFloat },
    },
    name: 'SitePhoto',
  })
  const issueSummaryFields = {
    id: { type: required(GraphQLInt) },
    issueNumber: { type: GraphQLInt },
    period: { type: required(GraphQLString) },
    publication: { type: GraphQLString },
    runningNumber: { type: GraphQLInt },
    slug: { type: GraphQLString },
    title: { type: GraphQLString },
  }
  const issueSummary = new GraphQLObjectType({
    fields: issueSummaryFields,
    name: 'SiteIssueSummary',
  })
  const articleSummaryFields = {
    department: { type: departmentRef },
    excerpt: { type: GraphQLString },
    firstPhoto: { type: photo },
    id: { type: required(GraphQLInt) },
    kind: { type: GraphQLString },
    position: { type: GraphQLFloat },
    section: { type: GraphQLString },
    slug: { type: GraphQLString },
    subtitle: { type: GraphQLString },
    title: { type: required(GraphQLString) },
  }
  const articleSummary = new GraphQLObjectType({
    fields: {
      ...articleSummaryFields,
      credits: {
        description: 'In a person’s list: author, photographer and/or mentioned.',
        type: new GraphQLList(required(GraphQLString)),
      },
      issue: { description: 'In a person’s or department’s list.', type: issueSummary },
      roles: {
        description: 'In a person’s list: the roles printed beside their name in this article.',
        type: new GraphQLList(required(GraphQLString)),
      },
    },
    name: 'SiteArticleSummary',
  })
  const articleList = new GraphQLObjectType({
    fields: {
      docs: { type: list(articleSummary) },
      hasNextPage: {
        resolve: ({ limit, page, totalDocs }: ArticleList) => page * limit < totalDocs,
        type: required(GraphQLBoolean),
      },
      limit: { type: required(GraphQLInt) },
      page: { type: required(GraphQLInt) },
      totalDocs: { type: required(GraphQLInt) },
      totalPages: {
        resolve: ({ limit, totalDocs }: ArticleList) => Math.ceil(totalDocs / limit),
        type: required(GraphQLInt),
      },
    },
    name: 'SiteArticleList',
  })
  const named = (name: string) =>
    new GraphQLObjectType({
      fields: {
        articles: { type: required(articleList) },
        id: { type: required(GraphQLInt) },
        name: { type: required(GraphQLString) },
        office: { type: required(office) },
        slug: { type: GraphQLString },
      },
      name,
    })
  return {
    siteArticle: new GraphQLObjectType({
      fields: {
        ...articleSummaryFields,
        authors: { type: list(personRef) },
        body: { type: json },
        issue: { type: required(issueSummary) },
        mentions: {
          type: list(
            new GraphQLObjectType({
              fields: { person: { type: required(personRef) }, role: { type: GraphQLString } },
              name: 'SiteMention',
            }),
          ),
        },
        office: { type: required(office) },
        photographers: { type: list(personRef) },
        photos: { type: list(photo) },
      },
      name: 'SiteArticle',
    }),
    siteDepartment: named('SiteDepartment'),
    siteIssue: new GraphQLObjectType({
      fields: {
        ...issueSummaryFields,
        articles: { type: list(articleSummary) },
        office: { type: required(office) },
      },
      name: 'SiteIssue',
    }),
    siteIssues: new GraphQLObjectType({
      fields: {
        issues: { type: list(issueSummary) },
        office: { type: required(office) },
        year: { type: GraphQLString },
        years: { type: list(GraphQLString) },
      },
      name: 'SiteIssueArchive',
    }),
    sitePerson: named('SitePerson'),
  }
}

/**
 * The site queries as GraphQL queries (`siteLatestIssue`, `siteIssue`, `siteArticle`,
 * `sitePerson`, `siteDepartment`, `siteIssues`), each answered by one SQL statement; null when
 * not found or not published. For the config's `graphQL.queries`.
 */
export const generateSiteGraphQLQueries = (
  graphQL: GraphQL,
  options: SanitizedBulletinPluginOptions,
): Record<SiteQueryName, GraphQLFieldConfig<unknown, { req: PayloadRequest }>> => {
  const { GraphQLInt, GraphQLNonNull, GraphQLString } = graphQL
  const types = buildSiteTypes(graphQL)
  const typeOf: Record<SiteQueryName, GraphQLOutputType> = {
    ...types,
    siteLatestIssue: types.siteIssue,
  }
  const names = Object.keys(siteQueries) as SiteQueryName[]
  return Object.fromEntries(
    names.map((name) => {
      const definition = siteQueries[name]
      const args = {
        ...Object.fromEntries(
          definition.slugs.map((slug) => [
            slug.name,
            { description: slug.description, type: new GraphQLNonNull(GraphQLString) },
          ]),
        ),
        ...('hasPaging' in definition
          ? { limit: { type: GraphQLInt }, page: { type: GraphQLInt } }
          : {}),
        ...('hasYear' in definition ? { year: { type: GraphQLString } } : {}),
      }
      const field: GraphQLFieldConfig<unknown, { req: PayloadRequest }> = {
        args,
        description: definition.description,
        resolve: async (_source, raw: Record<string, unknown>, { req }) => {
          let parsed
          try {
            parsed = parseSiteQueryArgs(name, raw)
          } catch (error) {
            throw new APIError((error as Error).message, 400, null, true)
          }
          return runSiteQuery({ args: parsed, name, options, payload: req.payload })
        },
        type: typeOf[name],
      }
      return [name, field]
    }),
  ) as Record<SiteQueryName, GraphQLFieldConfig<unknown, { req: PayloadRequest }>>
}
