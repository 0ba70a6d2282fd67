import pg from 'pg'

/** Runs statements on a server-level connection (creating and dropping databases). */
export const withServerClient = async <T>(
  serverUrl: string,
  run: (client: pg.Client) => Promise<T>,
): Promise<T> => {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}
