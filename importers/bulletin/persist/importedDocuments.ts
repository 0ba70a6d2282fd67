/** How many documents of each kind an import created. */
export type PersistCounts = {
  articles: number
  departments: number
  people: number
  photos: number
}

/** Everything one import wrote, so the run can be rolled back exactly. */
export type CreatedDocuments = {
  articles: number[]
  departments: number[]
  issue: number
  office?: number
  people: number[]
  photos: number[]
}
