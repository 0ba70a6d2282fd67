import type { CollectionConfig, Field, Tab } from 'payload'

import { canWriteDrafts } from '../src/access/canWriteDrafts'
import { isEditorOrAdmin } from '../src/access/isEditorOrAdmin'
import { isStaff } from '../src/access/isStaff'
import { isStaffFieldLevel } from '../src/access/isStaffFieldLevel'
import { publishedOrStaff } from '../src/access/publishedOrStaff'
import { articleKinds, diagnosticLevels } from '../src/constants'
import { adminGroups } from '../src/defaults'
import { officeSlugField } from '../src/fields/slugField'
import { toRelationId } from '../src/utilities/toRelationId'
import { hideUnreadableVersions } from '../src/hooks/hideUnreadableVersions'
import { refuseAuthorPublishing } from '../src/hooks/refuseAuthorPublishing'
import { setNeedsReview } from '../src/hooks/setNeedsReview'
import type { CollectionFactoryArgs } from '../src/types'

const kindLabels: Record<(typeof articleKinds)[number], { en: string; zh: string }> = {
  article: { en: 'Article', zh: '文章' },
  brief: { en: 'Brief (短消息)', zh: '短消息' },
  notice: { en: 'Notice', zh: '通知公告' },
  sidebar: { en: 'Sidebar', zh: '链接/边栏' },
}

const generateProvenanceField = (): Field => ({
  name: 'provenance',
  type: 'group',
  access: { read: isStaffFieldLevel },
  admin: { description: { en: 'Where the text came from', zh: '正文在源文件中的位置' } },
  fields: [
    { name: 'sourceFile', type: 'text', label: { en: 'Source file', zh: '源文件' } },
    {
      // Each paragraph's source line numbers, in the body's order ([[12, 13], [14], …]): one
      // JSON value on the article rather than a table row per paragraph. For the API and the
      // importer; staff read the lines themselves beside the editor (SourceLines).
      name: 'paragraphLines',
      type: 'json',
      admin: { hidden: true },
      label: { en: 'Source lines of each paragraph', zh: '各段落的源文件行号' },
    },
    {
      name: 'sourceLines',
      type: 'json',
      admin: {
        description: {
          en: 'The lines of the source file this article came from, as imported',
          zh: '导入时本文在源文件中的原文各行',
        },
        hidden: true,
      },
      label: { en: 'Source text', zh: '源文件原文' },
    },
  ],
  label: { en: 'Provenance', zh: '来源' },
})

const generateDiagnosticsField = (): Field => ({
  name: 'diagnostics',
  type: 'array',
  labels: {
    plural: { en: 'Diagnostics', zh: '导入提示' },
    singular: { en: 'Diagnostic', zh: '提示' },
  },
  access: { read: isStaffFieldLevel },
  admin: {
    description: { en: 'What a proof-reader should check', zh: '校对时需要核查的地方' },
    initCollapsed: true,
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'level',
          type: 'select',
          defaultValue: 'warning',
          label: { en: 'Level', zh: '级别' },
          options: diagnosticLevels.map((level) => ({ label: level, value: level })),
        },
        { name: 'line', type: 'number', label: { en: 'Line', zh: '行号' } },
        { name: 'isResolved', type: 'checkbox', label: { en: 'Checked', zh: '已核查' } },
      ],
    },
    { name: 'message', type: 'text', label: { en: 'Message', zh: '说明' }, required: true },
  ],
  label: { en: 'Importer diagnostics', zh: '导入提示' },
})

const generatePhotosTab = ({ collections, slugs }: CollectionFactoryArgs['options']): Tab[] =>
  collections.photos
    ? [
        {
          fields: [
            {
              name: 'photos',
              type: 'relationship',
              hasMany: true,
              label: { en: 'Photos', zh: '图片' },
              relationTo: slugs.photos,
            },
          ],
          label: { en: 'Photos', zh: '图片' },
        },
      ]
    : []

/** One article, brief, sidebar or notice of an issue, in printed order. */
export const generateArticlesCollection = ({
  labels,
  options,
}: CollectionFactoryArgs): CollectionConfig => {
  const { slugs } = options
  return {
    slug: slugs.articles,
    access: {
      create: canWriteDrafts,
      delete: isEditorOrAdmin,
      read: publishedOrStaff,
      readVersions: isStaff,
      update: canWriteDrafts,
    },
    admin: {
      components: {
        beforeListTable: ['/components/ReviewFilter#ReviewFilter'],
      },
      defaultColumns: [
        'title',
        'issue',
        'department',
        'authors',
        '_status',
        'needsReview',
        'updatedAt',
      ],
      // The list reads only its columns, not every article's body and source lines.
      enableListViewSelectAPI: true,
      group: adminGroups.content,
      listSearchableFields: ['title', 'subtitle', 'excerpt'],
      useAsTitle: 'title',
    },
    defaultSort: 'position',
    fields: [
      {
        name: 'title',
        type: 'text',
        index: true,
        label: { en: 'Title', zh: '标题' },
        required: true,
      },
      {
        // Only the open tab's fields are rendered: the edit view opens on the text and its
        // proof-reading column, without mounting every mention, photo and diagnostic row. The
        // credits (department, authors, photographers) live with the mentions rather than in the
        // sidebar, which is hydrated before the editor shows and whose relationship pickers
        // fetch the labels of the documents they hold.
        type: 'tabs',
        tabs: [
          {
            fields: [
              { name: 'subtitle', type: 'text', label: { en: 'Subtitle', zh: '副标题' } },
              {
                type: 'row',
                fields: [
                  {
                    name: 'kind',
                    type: 'select',
                    defaultValue: 'article',
                    label: { en: 'Kind', zh: '类型' },
                    options: articleKinds.map((kind) => ({ label: kindLabels[kind], value: kind })),
                  },
                  {
                    name: 'section',
                    type: 'text',
                    admin: {
                      description: {
                        en: 'As printed: 短消息, 【链接】…',
                        zh: '版块，如：短消息、【链接】',
                      },
                    },
                    label: { en: 'Section', zh: '栏目' },
                  },
                ],
              },
              {
                type: 'row',
                fields: [
                  {
                    name: 'body',
                    type: 'richText',
                    admin: { width: '60%' },
                    label: { en: 'Body', zh: '正文' },
                  },
                  {
                    name: 'sourceText',
                    type: 'ui',
                    admin: {
                      components: { Field: '/components/SourceLines#SourceLines' },
                      width: '40%',
                    },
                    label: { en: 'Proof-reading', zh: '校对' },
                  },
                ],
              },
              {
                name: 'excerpt',
                type: 'textarea',
                label: { en: 'Excerpt', zh: '摘要' },
              },
            ],
            label: { en: 'Text and proof-reading', zh: '正文与校对' },
          },
          {
            fields: [
              {
                name: 'department',
                type: 'relationship',
                label: { en: 'Credited department', zh: '供稿部门' },
                relationTo: slugs.departments,
              },
              {
                name: 'authors',
                type: 'relationship',
                hasMany: true,
                label: { en: 'Authors', zh: '作者' },
                relationTo: slugs.people,
              },
              {
                name: 'photographers',
                type: 'relationship',
                hasMany: true,
                label: { en: 'Photographers', zh: '摄影' },
                relationTo: slugs.people,
              },
              {
                name: 'mentions',
                type: 'array',
                labels: {
                  plural: { en: 'Mentions', zh: '提及人物' },
                  singular: { en: 'Mention', zh: '人物' },
                },
                admin: {
                  description: {
                    en: 'People named in this article, with the role printed here',
                    zh: '文中提到的人物及其在本文中的职务',
                  },
                },
                fields: [
                  {
                    type: 'row',
                    fields: [
                      {
                        name: 'person',
                        type: 'relationship',
                        label: { en: 'Person', zh: '人物' },
                        relationTo: slugs.people,
                        required: true,
                      },
                      {
                        name: 'role',
                        type: 'text',
                        label: { en: 'Role as printed', zh: '职务（原文）' },
                      },
                    ],
                  },
                ],
                label: { en: 'People mentioned', zh: '提及人物' },
              },
            ],
            label: { en: 'Credits and people', zh: '署名与人物' },
          },
          ...generatePhotosTab(options),
          {
            fields: [generateDiagnosticsField(), generateProvenanceField()],
            label: { en: 'Import', zh: '导入信息' },
          },
        ],
      },
      {
        name: 'importedSnapshot',
        type: 'json',
        access: { read: isStaffFieldLevel },
        admin: { hidden: true },
        label: { en: 'As last imported', zh: '最近一次导入的内容' },
      },
      {
        name: 'issue',
        type: 'relationship',
        admin: { position: 'sidebar' },
        index: true,
        label: { en: 'Issue', zh: '所属期刊' },
        relationTo: slugs.issues,
        required: true,
      },
      {
        name: 'position',
        type: 'number',
        admin: {
          position: 'sidebar',
          description: { en: 'Order in the issue', zh: '在本期中的顺序' },
        },
        defaultValue: 0,
        index: true,
        label: { en: 'Position', zh: '顺序' },
      },
      officeSlugField({
        base: (data) => (typeof data.title === 'string' ? data.title : ''),
        // 短消息 recurs in every issue: its second use is 短消息-2021-03.
        qualify: async ({ data, req }) => {
          const issueId = toRelationId(data.issue)
          if (issueId === null) return null
          const issue = await req.payload.findByID({
            collection: slugs.issues,
            depth: 0,
            disableErrors: true,
            id: issueId,
            overrideAccess: true,
            req,
            select: { slug: true },
          })
          const slug = (issue as null | { slug?: unknown })?.slug
          return typeof slug === 'string' && slug !== '' ? slug : null
        },
      }),
      {
        name: 'needsReview',
        type: 'checkbox',
        admin: {
          description: {
            en: 'Set while an importer diagnostic is unchecked',
            zh: '导入提示尚未全部核查时自动勾选',
          },
          position: 'sidebar',
          readOnly: true,
        },
        defaultValue: false,
        hooks: { beforeChange: [setNeedsReview] },
        index: true,
        label: { en: 'Needs review', zh: '待校对' },
      },
    ],
    graphQL: { pluralName: 'Articles', singularName: 'Article' },
    hooks: { beforeOperation: [hideUnreadableVersions, refuseAuthorPublishing] },
    labels: { plural: labels.plural, singular: labels.singular },
    versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  }
}
