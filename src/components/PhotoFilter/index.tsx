import type { BeforeListTableServerProps } from 'payload'
import type React from 'react'

import { adminTextFor } from '../adminText'
import { isFilteredOn, ListTabs } from '../ListTabs'

/** The list's query string that shows only imported captions still waiting for their image. */
export const waitingForImageQuery = 'where[filename][exists]=false'

/** Two tabs above the photos list: every photo, or the captions still waiting for an image. */
export const PhotoFilter = ({
  collectionConfig,
  i18n,
  payload,
  searchParams,
}: BeforeListTableServerProps): React.ReactElement => {
  const text = adminTextFor(i18n.language)
  const listUrl = `${payload.config.routes.admin}/collections/${collectionConfig.slug}`
  const isFiltered = isFilteredOn({
    field: 'filename',
    operator: 'exists',
    searchParams,
    value: 'false',
  })
  return (
    <ListTabs
      label={text.waitingForImage}
      tabs={[
        { href: listUrl, isCurrent: !isFiltered, label: text.allPhotos },
        {
          href: `${listUrl}?${waitingForImageQuery}`,
          isCurrent: isFiltered,
          label: text.waitingForImage,
        },
      ]}
    />
  )
}
