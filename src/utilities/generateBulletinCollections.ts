import type { CollectionConfig } from 'payload'

import { generateArticlesCollection } from '../../collections/Articles'
import { generateDepartmentsCollection } from '../../collections/Departments'
import { generateImportRunsCollection } from '../../collections/ImportRuns'
import { generateIssuesCollection } from '../../collections/Issues'
import { generateOfficesCollection } from '../../collections/Offices'
import { generatePeopleCollection } from '../../collections/People'
import { generatePhotosCollection } from '../../collections/Photos'
import type { SanitizedBulletinPluginOptions } from '../types'

/** The plugin's collections, in the order the admin sidebar shows them. */
export const generateBulletinCollections = (
  options: SanitizedBulletinPluginOptions,
): CollectionConfig[] => {
  const { labels } = options
  return [
    generateIssuesCollection({ labels: labels.issues, options }),
    generateArticlesCollection({ labels: labels.articles, options }),
    generatePeopleCollection({ labels: labels.people, options }),
    generateDepartmentsCollection({ labels: labels.departments, options }),
    ...(options.collections.photos
      ? [generatePhotosCollection({ labels: labels.photos, options })]
      : []),
    ...(options.collections.importRuns
      ? [generateImportRunsCollection({ labels: labels.importRuns, options })]
      : []),
    generateOfficesCollection({ labels: labels.offices, options }),
  ]
}
