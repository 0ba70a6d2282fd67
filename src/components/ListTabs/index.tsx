import type React from 'react'

import Link from 'next/link'

import '../styles.css'

export type ListTab = { href: string; isCurrent: boolean; label: string }

/** Tabs above a collection list, each a saved filter of it. */
export const ListTabs = ({
  label,
  tabs,
}: {
  label: string
  tabs: ListTab[]
}): React.ReactElement => (
  <nav aria-label={label} className="bulletin-tabs">
    {tabs.map((tab) => (
      <Link
        aria-current={tab.isCurrent ? 'page' : undefined}
        className="bulletin-tabs__tab"
        href={tab.href}
        key={tab.href}
      >
        {tab.label}
      </Link>
    ))}
  </nav>
)

/**
 * Whether the list is filtered on `field` equal to `value` or existing (`operator`), whether
 * Next handed the query over parsed or as raw keys.
 */
export const isFilteredOn = ({
  field,
  operator,
  searchParams,
  value,
}: {
  field: string
  operator: string
  searchParams: Record<string, unknown> | undefined
  value: string
}): boolean => {
  const where = searchParams?.where as Record<string, Record<string, unknown>> | string | undefined
  const parsed = typeof where === 'object' ? where[field]?.[operator] : undefined
  const raw = searchParams?.[`where[${field}][${operator}]`]
  return String(parsed ?? raw) === value
}

/**
 * Two tabs above a collection's list: every document, or only those where `field` `operator`
 * `value` (a saved filter staff reach in one click).
 */
export const FilterTabs = ({
  allLabel,
  collectionSlug,
  filter,
  filteredLabel,
  routes,
  searchParams,
}: {
  allLabel: string
  collectionSlug: string
  filter: { field: string; operator: string; value: string }
  filteredLabel: string
  routes: { admin: string }
  searchParams: Record<string, unknown> | undefined
}): React.ReactElement => {
  const listUrl = `${routes.admin}/collections/${collectionSlug}`
  const isFiltered = isFilteredOn({ ...filter, searchParams })
  const query = `where[${filter.field}][${filter.operator}]=${filter.value}`
  return (
    <ListTabs
      label={filteredLabel}
      tabs={[
        { href: listUrl, isCurrent: !isFiltered, label: allLabel },
        { href: `${listUrl}?${query}`, isCurrent: isFiltered, label: filteredLabel },
      ]}
    />
  )
}
