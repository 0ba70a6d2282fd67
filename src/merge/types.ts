/** The collections whose duplicates can be merged (keys, not the possibly renamed slugs). */
export type MergeableKey = 'departments' | 'people'
