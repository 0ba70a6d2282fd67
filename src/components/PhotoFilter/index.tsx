import type { BeforeListTableServerProps } from 'payload'
import type React from 'react'

import { adminTextFor } from '../adminText'
import { FilterTabs } from '../ListTabs'

/** Two tabs above the photos list: every photo, or the captions still waiting for an image. */
export const PhotoFilter = ({
  collectionConfig,
  i18n,
  payload,
  searchParams,
}: BeforeListTableServerProps): React.ReactElement => {
  const text = adminTextFor(i18n.language)
  return (
    <FilterTabs
      allLabel={text.allPhotos}
      collectionSlug={collectionConfig.slug}
      filter={{ field: 'filename', operator: 'exists', value: 'false' }}
      filteredLabel={text.waitingForImage}
      routes={payload.config.routes}
      searchParams={searchParams}
    />
  )
}
