/**
 * DATABASE_READ_REPLICA_URLS: comma-separated PostgreSQL URLs of read replicas. Reads outside a
 * transaction go to one of them (writes, and reads shortly after a write, stay on the primary).
 */
export const readReplicaUrls = (raw: string | undefined): string[] | undefined => {
  const urls = (raw ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter((url) => url !== '')
  const invalid = urls.find((url) => !/^postgres(ql)?:\/\//u.test(url))
  if (invalid !== undefined) {
    throw new Error(
      `DATABASE_READ_REPLICA_URLS has "${invalid}", which is not a postgres:// URL; separate URLs with commas.`,
    )
  }
  return urls.length > 0 ? urls : undefined
}
