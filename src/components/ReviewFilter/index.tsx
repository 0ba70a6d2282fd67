import type { BeforeListTableServerProps } from 'payload'
import type React from 'react'

import { adminTextFor } from '../adminText'
import { FilterTabs } from '../ListTabs'

/** Two tabs above the articles list: every article, or only those that need review. */
export const ReviewFilter = ({
  collectionConfig,
  i18n,
  payload,
  searchParams,
}: BeforeListTableServerProps): React.ReactElement => {
  const text = adminTextFor(i18n.language)
  return (
    <FilterTabs
      allLabel={text.allArticles}
      collectionSlug={collectionConfig.slug}
      filter={{ field: 'needsReview', operator: 'equals', value: 'true' }}
      filteredLabel={text.needsReview}
      routes={payload.config.routes}
      searchParams={searchParams}
    />
  )
}
