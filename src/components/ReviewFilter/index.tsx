import type { BeforeListTableServerProps } from 'payload'
import type React from 'react'

import { adminTextFor } from '../adminText'
import { isFilteredOn, ListTabs } from '../ListTabs'

/** The list's query string that shows only articles whose checklist is not done. */
export const needsReviewQuery = 'where[needsReview][equals]=true'

/** Two tabs above the articles list: every article, or only those that need review. */
export const ReviewFilter = ({
  collectionConfig,
  i18n,
  payload,
  searchParams,
}: BeforeListTableServerProps): React.ReactElement => {
  const text = adminTextFor(i18n.language)
  const listUrl = `${payload.config.routes.admin}/collections/${collectionConfig.slug}`
  const isFiltered = isFilteredOn({
    field: 'needsReview',
    operator: 'equals',
    searchParams,
    value: 'true',
  })
  return (
    <ListTabs
      label={text.needsReview}
      tabs={[
        { href: listUrl, isCurrent: !isFiltered, label: text.allArticles },
        { href: `${listUrl}?${needsReviewQuery}`, isCurrent: isFiltered, label: text.needsReview },
      ]}
    />
  )
}
