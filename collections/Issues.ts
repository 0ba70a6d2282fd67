import type { CollectionConfig, Field } from 'payload'

import { canWriteDrafts } from '../src/access/canWriteDrafts'
import { isEditorOrAdmin } from '../src/access/isEditorOrAdmin'
import { isStaff } from '../src/access/isStaff'
import { publishedOrStaff } from '../src/access/publishedOrStaff'
import { adminGroups } from '../src/defaults'
import { generateIssuePhotosEndpoint } from '../src/endpoints/issuePhotosEndpoint'
import { hideUnreadableVersions } from '../src/hooks/hideUnreadableVersions'
import { refuseAuthorPublishing } from '../src/hooks/refuseAuthorPublishing'
import { generatePublishIssueArticles } from '../src/hooks/publishIssueArticles'
import type { CollectionFactoryArgs } from '../src/types'
import { officeSlugField } from '../src/fields/slugField'
import { formatIssueSlug } from '../src/utilities/formatIssueSlug'
import { formatIssueTitle } from '../src/utilities/formatIssueTitle'

const periodPattern = /^\d{4}-(0[1-9]|1[0-2])$/

const generateImportRunFields = ({
  collections,
  slugs,
}: CollectionFactoryArgs['options']): Field[] =>
  collections.importRuns
    ? [
        {
          name: 'importRun',
          type: 'relationship',
          admin: { position: 'sidebar' },
          label: { en: 'Import run', zh: '导入记录' },
          relationTo: slugs.importRuns,
        },
      ]
    : []

/** The bulk-attach view of the issue's waiting captions, when the plugin has photos. */
const generatePhotoAttachFields = ({
  collections,
  slugs,
}: CollectionFactoryArgs['options']): Field[] =>
  collections.photos
    ? [
        {
          name: 'photosToAttach',
          type: 'ui',
          admin: {
            components: {
              Field: {
                clientProps: { photosSlug: slugs.photos },
                path: '/components/BulkAttachPhotos/index.client#BulkAttachPhotos',
              },
            },
          },
          label: { en: 'Attach scanned photos', zh: '批量配图' },
        },
      ]
    : []

/** One printed edition of an office's bulletin. */
export const generateIssuesCollection = ({
  labels,
  options,
}: CollectionFactoryArgs): CollectionConfig => ({
  slug: options.slugs.issues,
  access: {
    create: canWriteDrafts,
    delete: isEditorOrAdmin,
    read: publishedOrStaff,
    readVersions: isStaff,
    update: canWriteDrafts,
  },
  admin: {
    defaultColumns: ['title', 'period', 'issueNumber', 'slug', '_status', 'updatedAt'],
    group: adminGroups.content,
    useAsTitle: 'title',
  },
  defaultSort: '-period',
  endpoints: options.collections.photos
    ? [generateIssuePhotosEndpoint({ slugs: options.slugs })]
    : [],
  hooks: {
    afterChange: [generatePublishIssueArticles({ articlesSlug: options.slugs.articles })],
    beforeOperation: [hideUnreadableVersions, refuseAuthorPublishing],
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      admin: {
        description: {
          en: 'Filled from the period and numbers when empty',
          zh: '留空时按期号自动生成',
        },
      },
      hooks: {
        beforeValidate: [
          ({ data, value }) =>
            typeof value === 'string' && value.trim() !== ''
              ? value
              : formatIssueTitle({
                  issueNumber: data?.issueNumber as null | number | undefined,
                  period: data?.period as null | string | undefined,
                  publication: data?.publication as null | string | undefined,
                  runningNumber: data?.runningNumber as null | number | undefined,
                }),
        ],
      },
      label: { en: 'Title', zh: '标题' },
    },
    { name: 'publication', type: 'text', label: { en: 'Publication', zh: '报刊名称' } },
    {
      type: 'row',
      fields: [
        {
          name: 'period',
          type: 'text',
          admin: { description: { en: 'Year and month, e.g. 2021-01', zh: '年月，例如 2021-01' } },
          index: true,
          label: { en: 'Period', zh: '出版年月' },
          required: true,
          validate: (value: null | string | undefined) =>
            typeof value === 'string' && periodPattern.test(value)
              ? true
              : '请填写年月，格式如 2021-01 (use YYYY-MM)',
        },
        {
          name: 'issueNumber',
          type: 'number',
          label: { en: 'Issue number (第N期)', zh: '期号（第N期）' },
          min: 1,
        },
        {
          name: 'runningNumber',
          type: 'number',
          label: { en: 'Running number (总第N期)', zh: '总期号（总第N期）' },
          min: 1,
        },
      ],
    },
    officeSlugField({
      base: (data) =>
        formatIssueSlug({
          issueNumber: data.issueNumber as null | number | undefined,
          period: data.period as null | string | undefined,
          runningNumber: data.runningNumber as null | number | undefined,
        }),
    }),
    {
      name: 'articlesInOrder',
      type: 'ui',
      admin: {
        components: { Field: '/components/IssueArticles/index.client#IssueArticles' },
      },
      label: { en: 'Articles in printed order', zh: '本期文章（按刊登顺序）' },
    },
    ...generatePhotoAttachFields(options),
    {
      name: 'articles',
      type: 'join',
      // Shown by articlesInOrder, which also reorders them; the join serves the APIs.
      admin: { hidden: true },
      collection: options.slugs.articles,
      defaultLimit: 100,
      defaultSort: 'position',
      label: { en: 'Articles', zh: '文章' },
      on: 'issue',
    },
    {
      name: 'sourceFile',
      type: 'group',
      admin: { position: 'sidebar' },
      fields: [
        { name: 'name', type: 'text', label: { en: 'File name', zh: '文件名' } },
        { name: 'sha256', type: 'text', index: true, label: { en: 'SHA-256', zh: 'SHA-256' } },
        { name: 'size', type: 'number', label: { en: 'Size (bytes)', zh: '大小（字节）' } },
        { name: 'encoding', type: 'text', label: { en: 'Detected encoding', zh: '检测到的编码' } },
      ],
      label: { en: 'Source file', zh: '源文件' },
    },
    ...generateImportRunFields(options),
  ],
  graphQL: { pluralName: 'Issues', singularName: 'Issue' },
  labels: { plural: labels.plural, singular: labels.singular },
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
})
