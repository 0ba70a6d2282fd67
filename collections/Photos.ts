import type { CollectionConfig } from 'payload'

import { staffWritePublicRead } from '../src/access/staffWritePublicRead'
import { adminGroups } from '../src/defaults'
import { generateAttachPhotoImageEndpoint } from '../src/endpoints/attachPhotoImageEndpoint'
import type { CollectionFactoryArgs } from '../src/types'

/**
 * Photos printed in the bulletins. The file is optional on create: an imported caption usually
 * arrives before staff attach the scanned image.
 */
export const generatePhotosCollection = ({
  labels,
  options,
}: CollectionFactoryArgs): CollectionConfig => ({
  slug: options.slugs.photos,
  access: staffWritePublicRead,
  admin: {
    components: { beforeListTable: ['/components/PhotoFilter#PhotoFilter'] },
    defaultColumns: ['caption', 'article', 'photographer', 'updatedAt'],
    description: {
      en: 'An imported caption waits here for its scanned image: open it and upload the image.',
      zh: '导入的图片说明在此等待配图：打开后上传扫描的图片即可，说明文字保持不变。',
    },
    group: adminGroups.content,
    useAsTitle: 'caption',
  },
  endpoints: [generateAttachPhotoImageEndpoint({ photosSlug: options.slugs.photos })],
  fields: [
    { name: 'caption', type: 'text', label: { en: 'Caption', zh: '图片说明' } },
    {
      name: 'alt',
      type: 'text',
      admin: {
        description: {
          en: 'For screen readers; the caption when empty',
          zh: '供读屏软件使用，留空时使用图片说明',
        },
      },
      label: { en: 'Alt text', zh: '替代文字' },
    },
    {
      name: 'photographer',
      type: 'relationship',
      label: { en: 'Photographer', zh: '摄影' },
      relationTo: options.slugs.people,
    },
    {
      name: 'peopleShown',
      type: 'relationship',
      hasMany: true,
      label: { en: 'People shown', zh: '图中人物' },
      relationTo: options.slugs.people,
    },
    {
      name: 'article',
      type: 'relationship',
      index: true,
      label: { en: 'Article', zh: '所属文章' },
      relationTo: options.slugs.articles,
    },
  ],
  graphQL: { pluralName: 'Photos', singularName: 'Photo' },
  labels: { plural: labels.plural, singular: labels.singular },
  upload: {
    filesRequiredOnCreate: false,
    // No uploads from a pasted URL: the server would fetch whatever address it is given.
    pasteURL: false,
    imageSizes: [
      { name: 'thumbnail', height: 300, width: 400 },
      { name: 'card', height: undefined, width: 960 },
    ],
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp'],
    staticDir: options.photosStaticDir,
  },
})
