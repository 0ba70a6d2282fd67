import type { CollectionSlug, Config } from 'payload'

import { multiTenantPlugin } from '@payloadcms/plugin-multi-tenant'

import type { BulletinSlugs } from './constants'
import { officeFieldName } from './constants'
import type { BulletinPluginOptions } from './types'
import { addRolesField } from './utilities/addRolesField'
import { generateBulletinCollections } from './utilities/generateBulletinCollections'
import { hasRole } from './utilities/hasRole'
import { restrictLockedDocuments } from './utilities/restrictLockedDocuments'
import { sanitizePluginOptions } from './utilities/sanitizePluginOptions'
import { subscribeToContentChanges } from './changes/contentChanges'
import { generateBulletinTasks } from './jobs/generateBulletinTasks'
import { generateQueueRevalidationWebhook } from './jobs/queueRevalidationWebhook'
import { startInAppJobRunner } from './jobs/startInAppJobRunner'
import {
  listenForCacheClears,
  notifyCacheClear,
  readPrimaryConnectionString,
} from './site/cacheClearChannel'
import { invalidatePublicCaches } from './site/invalidatePublicCaches'
import { configurePublicCaches } from './site/publicCaches'
import { generateSiteEndpoints } from './site/siteEndpoints'
import { generateSiteGraphQLQueries } from './site/siteGraphQLQueries'
import { siteOptionsKey } from './site/withSiteGraphQL'
import { generateSearchEndpoint } from './endpoints/searchEndpoint'
import { generateSearchGraphQLQueries } from './search/generateSearchGraphQLQueries'
import { generateSyncSearchIndex } from './search/generateSyncSearchIndex'

export type { BulletinPluginOptions, SanitizedBulletinPluginOptions } from './types'
export { defaultSlugs } from './constants'
export { subscribeToContentChanges } from './changes/contentChanges'
export { verifyWebhookSignature } from './changes/signWebhookBody'
export { clearPublicCaches, getPublicCaches } from './site/publicCaches'
export { siteEndpointPaths } from './site/siteEndpoints'
export { withPublicCaching } from './site/withPublicCaching'
export { withSiteGraphQL } from './site/withSiteGraphQL'
export type { ContentChange, ContentChangeListener } from './changes/types'
export { rebuildSearchIndex } from './search/indexArticles'
export type { SearchHit, SearchResults } from './search/searchArticles'
export { generateArticlesCollection } from '../collections/Articles'
export { generateDepartmentsCollection } from '../collections/Departments'
export { generateImportRunsCollection } from '../collections/ImportRuns'
export { generateIssuesCollection } from '../collections/Issues'
export { generateOfficesCollection } from '../collections/Offices'
export { generatePeopleCollection } from '../collections/People'
export { generatePhotosCollection } from '../collections/Photos'

const dashboardImportComponent = '/components/DashboardImport/index.client#DashboardImport'

const revalidationListeners = new Map<
  CollectionSlug,
  ReturnType<typeof generateQueueRevalidationWebhook>
>()

const getQueueRevalidationWebhook = (officesSlug: CollectionSlug) => {
  const listener =
    revalidationListeners.get(officesSlug) ?? generateQueueRevalidationWebhook({ officesSlug })
  revalidationListeners.set(officesSlug, listener)
  return listener
}

const searchIndexListeners = new Map<string, ReturnType<typeof generateSyncSearchIndex>>()

const getSyncSearchIndex = (slugs: BulletinSlugs) => {
  const key = [slugs.articles, slugs.issues, slugs.offices].join('/')
  const listener = searchIndexListeners.get(key) ?? generateSyncSearchIndex({ slugs })
  searchIndexListeners.set(key, listener)
  return listener
}

/**
 * Adds the bulletin schema (offices, issues, articles, departments, people, photos, import runs)
 * to a Payload config, scoping every content collection to an office with the multi-tenant
 * plugin. The host's own collections, hooks, endpoints, jobs and onInit are kept.
 */
export const bulletinPlugin =
  (pluginOptions: BulletinPluginOptions = {}) =>
  (incomingConfig: Config): Config => {
    const options = sanitizePluginOptions(pluginOptions)
    if (options.disabled) return incomingConfig

    const { slugs } = options
    const hostCollections = incomingConfig.collections ?? []
    if (!hostCollections.some((collection) => collection.slug === slugs.users)) {
      throw new Error(
        `bulletinPlugin: the host config has no "${slugs.users}" collection; add your staff auth collection or set slugs.users to its slug.`,
      )
    }

    const bulletinCollections = generateBulletinCollections(options)
    // One listener per offices slug, so configs built twice in a process queue one webhook.
    subscribeToContentChanges(getQueueRevalidationWebhook(slugs.offices))
    configurePublicCaches(options.cache)
    subscribeToContentChanges(invalidatePublicCaches)
    subscribeToContentChanges(notifyCacheClear)
    subscribeToContentChanges(getSyncSearchIndex(slugs))
    const jobs = incomingConfig.jobs ?? {}
    const hostGraphQL = incomingConfig.graphQL ?? {}
    const searchQueries = generateSearchGraphQLQueries({ slugs })
    const adminComponents = incomingConfig.admin?.components ?? {}
    const config: Config = {
      ...incomingConfig,
      admin: {
        ...incomingConfig.admin,
        components: {
          ...adminComponents,
          // Staff import a scanned issue straight from the dashboard.
          beforeDashboard: [
            ...(adminComponents.beforeDashboard ?? []),
            ...(options.collections.importRuns ? [dashboardImportComponent] : []),
          ],
        },
      },
      jobs: {
        ...jobs,
        // Running queued jobs over REST (/api/payload-jobs/run) is for administrators only.
        access: { run: ({ req }) => hasRole(req.user, 'admin'), ...jobs.access },
        // Payload calls autoRun when a server starts its crons (not in scripts or tests): the
        // moment to start the plugin's own runner, which claims each job for one process.
        autoRun: options.runJobsInApp
          ? async (payload) => {
              startInAppJobRunner(payload)
              return typeof jobs.autoRun === 'function'
                ? await jobs.autoRun(payload)
                : (jobs.autoRun ?? [])
            }
          : jobs.autoRun,
        tasks: [...(jobs.tasks ?? []), ...generateBulletinTasks(options)],
      },
      custom: { ...incomingConfig.custom, [siteOptionsKey]: options },
      endpoints: [
        ...(incomingConfig.endpoints ?? []),
        ...generateSiteEndpoints(options),
        generateSearchEndpoint({ slugs }),
      ],
      onInit: async (payload) => {
        await incomingConfig.onInit?.(payload)
        restrictLockedDocuments(payload)
        // Only a serving Next process caches reads; scripts and workers need not listen.
        const connectionString = readPrimaryConnectionString(payload)
        if (process.env.NEXT_RUNTIME && connectionString) listenForCacheClears(connectionString)
      },
      graphQL: {
        ...hostGraphQL,
        queries: (graphQL, context) => ({
          ...hostGraphQL.queries?.(graphQL, context),
          ...generateSiteGraphQLQueries(graphQL, options),
          ...searchQueries(graphQL, context),
        }),
      },
      collections: [
        ...hostCollections.map((collection) =>
          collection.slug === slugs.users ? addRolesField(collection) : collection,
        ),
        ...bulletinCollections,
      ],
    }

    const officeScoped = bulletinCollections
      .map((collection) => collection.slug)
      .filter((slug) => slug !== slugs.offices)

    return multiTenantPlugin({
      collections: Object.fromEntries(
        officeScoped.map((slug) => [
          slug,
          // A run is recorded before its file is read, when its office may not be known yet.
          slug === slugs.importRuns ? { customTenantField: true } : {},
        ]),
      ),
      tenantField: { name: officeFieldName },
      tenantsArrayField: { arrayFieldName: 'offices', arrayTenantFieldName: officeFieldName },
      tenantsSlug: slugs.offices,
      useTenantsCollectionAccess: false,
      userHasAccessToAllTenants: (user) => hasRole(user as { roles?: unknown }, 'admin'),
      i18n: {
        translations: {
          en: { 'nav-tenantSelector-label': 'Street office' },
          zh: {
            'assign-tenant-button-label': '指定街道',
            'assign-tenant-modal-title': '为“{{title}}”指定街道',
            'field-assignedTenant-label': '所属街道',
            'nav-tenantSelector-label': '街道',
          },
        },
      },
    })(config)
  }
