import type { BeforeListTableServerProps } from 'payload'
import type React from 'react'

import Link from 'next/link'

import { adminTextFor } from '../adminText'
import '../styles.css'

/** The list's query string that shows only articles whose checklist is not done. */
export const needsReviewQuery = 'where[needsReview][equals]=true'

const isNeedsReviewShown = (searchParams: BeforeListTableServerProps['searchParams']): boolean => {
  const where = searchParams?.where as { needsReview?: { equals?: unknown } } | string | undefined
  return typeof where === 'object' && String(where.needsReview?.equals) === 'true'
}

/** Two tabs above the articles list: every article, or only those that need review. */
export const ReviewFilter = ({
  collectionConfig,
  i18n,
  payload,
  searchParams,
}: BeforeListTableServerProps): React.ReactElement => {
  const text = adminTextFor(i18n.language)
  const listUrl = `${payload.config.routes.admin}/collections/${collectionConfig.slug}`
  const isFiltered = isNeedsReviewShown(searchParams)
  return (
    <nav aria-label={text.needsReview} className="bulletin-tabs">
      <Link
        aria-current={isFiltered ? undefined : 'page'}
        className="bulletin-tabs__tab"
        href={listUrl}
      >
        {text.allArticles}
      </Link>
      <Link
        aria-current={isFiltered ? 'page' : undefined}
        className="bulletin-tabs__tab"
        href={`${listUrl}?${needsReviewQuery}`}
      >
        {text.needsReview}
      </Link>
    </nav>
  )
}
