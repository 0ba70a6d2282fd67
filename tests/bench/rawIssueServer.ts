import { createServer } from 'node:http'
import pg from 'pg'

/**
 * The physical-limit baseline of `npm run bench:api`: one SQL statement (BENCH_RAW_SQL, JSON of
 * { text, values }) behind node:http and a pg pool, its JSON answer sent as is. No framework.
 */
const { text, values } = JSON.parse(process.env.BENCH_RAW_SQL ?? '{}') as {
  text: string
  values: unknown[]
}
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 })

const server = createServer((_request, response) => {
  pool.query<{ data: unknown }>(text, values).then(
    ({ rows }) => {
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end(JSON.stringify(rows[0]?.data ?? null))
    },
    (error: unknown) => {
      response.writeHead(500)
      response.end(String(error))
    },
  )
})
server.listen(Number(process.env.PORT), '127.0.0.1', () => {
  console.log('raw server ready')
})
process.on('SIGTERM', () => {
  server.close()
  void pool.end()
})
