import type { CollectionConfig } from 'payload'

import { generateArticlesCollection } from '../../collections/Articles'
import { generateDepartmentsCollection } from '../../collections/Departments'
import { generateImportRunsCollection } from '../../collections/ImportRuns'
import { generateIssuesCollection } from '../../collections/Issues'
import { generateOfficesCollection } from '../../collections/Offices'
import { generatePeopleCollection } from '../../collections/People'
import { generatePhotosCollection } from '../../collections/Photos'
import type { PublicContentKey } from '../changes/types'
import { addContentChangeHooks } from '../hooks/generateContentChangeHooks'
import type { SanitizedBulletinPluginOptions } from '../types'

/** The plugin's collections, in the order the admin sidebar shows them. */
export const generateBulletinCollections = (
  options: SanitizedBulletinPluginOptions,
): CollectionConfig[] => {
  const { labels, slugs } = options
  const withChanges = (collection: PublicContentKey, config: CollectionConfig) =>
    addContentChangeHooks({ collection, config, officesSlug: slugs.offices })
  return [
    withChanges('issues', generateIssuesCollection({ labels: labels.issues, options })),
    withChanges('articles', generateArticlesCollection({ labels: labels.articles, options })),
    withChanges('people', generatePeopleCollection({ labels: labels.people, options })),
    withChanges(
      'departments',
      generateDepartmentsCollection({ labels: labels.departments, options }),
    ),
    ...(options.collections.photos
      ? [withChanges('photos', generatePhotosCollection({ labels: labels.photos, options }))]
      : []),
    ...(options.collections.importRuns
      ? [generateImportRunsCollection({ labels: labels.importRuns, options })]
      : []),
    generateOfficesCollection({ labels: labels.offices, options }),
  ]
}
