import type { CollectionConfig } from 'payload'

import { isEditorOrAdmin } from '../src/access/isEditorOrAdmin'
import { isStaff } from '../src/access/isStaff'
import { diagnosticLevels, importRunStatuses } from '../src/constants'
import { adminGroups } from '../src/defaults'
import { rollbackImportRunEndpoint } from '../src/endpoints/rollbackImportRunEndpoint'
import { assignUploaderOffice } from '../src/hooks/assignUploaderOffice'
import { queueUploadedImport } from '../src/jobs/queueUploadedImport'
import type { CollectionFactoryArgs } from '../src/types'

const statusLabels: Record<(typeof importRunStatuses)[number], { en: string; zh: string }> = {
  failed: { en: 'Failed', zh: '失败' },
  queued: { en: 'Queued', zh: '排队中' },
  rolledBack: { en: 'Rolled back', zh: '已撤销' },
  running: { en: 'Running', zh: '导入中' },
  skipped: { en: 'Skipped (duplicate)', zh: '已跳过（重复）' },
  succeeded: { en: 'Succeeded', zh: '成功' },
}

const countField = (name: string, label: { en: string; zh: string }) => ({
  name,
  type: 'number' as const,
  defaultValue: 0,
  label,
})

/** Each bulletin file imported from the command line, an upload or the inbox. */
export const generateImportRunsCollection = ({
  labels,
  options,
}: CollectionFactoryArgs): CollectionConfig => ({
  slug: options.slugs.importRuns,
  access: {
    create: isStaff,
    delete: isEditorOrAdmin,
    read: isStaff,
    update: isEditorOrAdmin,
  },
  admin: {
    defaultColumns: ['fileName', 'status', 'issue', 'createdAt'],
    group: adminGroups.content,
    useAsTitle: 'fileName',
  },
  defaultSort: '-createdAt',
  endpoints: [rollbackImportRunEndpoint],
  hooks: { afterChange: [queueUploadedImport], beforeValidate: [assignUploaderOffice] },
  fields: [
    { name: 'fileName', type: 'text', label: { en: 'File name', zh: '文件名' } },
    {
      name: 'rollback',
      type: 'ui',
      admin: {
        components: { Field: '/components/RollbackImportRun/index.client#RollbackImportRun' },
        position: 'sidebar',
      },
      label: { en: 'Roll back', zh: '撤销导入' },
    },
    {
      name: 'office',
      type: 'relationship',
      admin: {
        description: { en: 'Empty until the file is read', zh: '读取文件后填写' },
        position: 'sidebar',
      },
      index: true,
      label: { en: 'Street office', zh: '所属街道' },
      relationTo: options.slugs.offices,
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'queued',
      index: true,
      label: { en: 'Status', zh: '状态' },
      options: importRunStatuses.map((status) => ({ label: statusLabels[status], value: status })),
      required: true,
    },
    {
      name: 'source',
      type: 'select',
      defaultValue: 'upload',
      label: { en: 'Source', zh: '来源' },
      options: [
        { label: { en: 'Uploaded', zh: '后台上传' }, value: 'upload' },
        { label: { en: 'Command line', zh: '命令行' }, value: 'cli' },
        { label: { en: 'Inbox', zh: '收件箱' }, value: 'inbox' },
      ],
    },
    { name: 'sha256', type: 'text', index: true, label: { en: 'SHA-256', zh: 'SHA-256' } },
    { name: 'error', type: 'textarea', label: { en: 'Reason for failure', zh: '失败原因' } },
    {
      name: 'counts',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            countField('articles', { en: 'Articles', zh: '文章' }),
            countField('people', { en: 'People', zh: '人物' }),
            countField('departments', { en: 'Departments', zh: '部门' }),
            countField('photos', { en: 'Photos', zh: '图片' }),
          ],
        },
      ],
      label: { en: 'Created', zh: '新建数量' },
    },
    {
      name: 'diagnostics',
      type: 'array',
      labels: {
        plural: { en: 'Diagnostics', zh: '导入提示' },
        singular: { en: 'Diagnostic', zh: '提示' },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'level',
              type: 'select',
              label: { en: 'Level', zh: '级别' },
              options: diagnosticLevels.map((level) => ({ label: level, value: level })),
            },
            { name: 'line', type: 'number', label: { en: 'Line', zh: '行号' } },
          ],
        },
        { name: 'message', type: 'text', label: { en: 'Message', zh: '说明' } },
      ],
      label: { en: 'Diagnostics', zh: '导入提示' },
    },
    {
      name: 'createdDocuments',
      type: 'json',
      admin: {
        description: {
          en: 'What this run created; rolling back removes exactly this',
          zh: '本次导入新建的内容，撤销时删除',
        },
        readOnly: true,
      },
      label: { en: 'Created documents', zh: '新建内容' },
    },
    {
      name: 'issue',
      type: 'relationship',
      admin: { position: 'sidebar' },
      label: { en: 'Issue created', zh: '生成的期刊' },
      relationTo: options.slugs.issues,
    },
    {
      name: 'startedAt',
      type: 'date',
      admin: { date: { pickerAppearance: 'dayAndTime' }, position: 'sidebar' },
      label: { en: 'Started', zh: '开始时间' },
    },
    {
      name: 'finishedAt',
      type: 'date',
      admin: { date: { pickerAppearance: 'dayAndTime' }, position: 'sidebar' },
      label: { en: 'Finished', zh: '完成时间' },
    },
  ],
  graphQL: { pluralName: 'ImportRuns', singularName: 'ImportRun' },
  labels: { plural: labels.plural, singular: labels.singular },
  upload: {
    filesRequiredOnCreate: false,
    // No uploads from a pasted URL: the server would fetch whatever address it is given.
    pasteURL: false,
    mimeTypes: ['text/plain', 'application/pdf'],
    staticDir: options.importFilesStaticDir,
  },
})
