import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'

import type { DecodedFile } from './importBulletinFile'
import type { BatchFile } from './importDecodedBatch'
import type { PlanRequest, PlanResponse } from './planWorker'

import { planFile } from './importDecodedBatch'

export type PlanPool = {
  /** Ends the worker threads. */
  close: () => Promise<void>
  /**
   * Queues the file for a worker thread; `take` returns its plan, planning it on this thread
   * when no worker has started on it yet.
   */
  plan: (file: DecodedFile) => { take: () => Promise<BatchFile> }
}

/** One core is left to the thread that writes (and to PostgreSQL, on a small machine). */
export const defaultPlanThreads = (): number => Math.max(1, Math.min(4, availableParallelism() - 1))

/**
 * A worker thread running planWorker.ts. Workers do not inherit tsx's loader, so the worker
 * registers it (tsx's API; tsx is a dependency) before it loads the TypeScript module. Null
 * where modules cannot be resolved at run time (a test runner's transformed modules).
 */
const startWorker = (): null | Worker => {
  if (typeof import.meta.resolve !== 'function') return null
  const worker = new URL('./planWorker.ts', import.meta.url).href
  const tsxApi = import.meta.resolve('tsx/esm/api')
  return new Worker(
    `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(worker)}) })`,
    { eval: true },
  )
}

type Request = { file: DecodedFile; id: number; resolve: (planned: BatchFile) => void }

/** How many files each worker is sent ahead: the rest wait where this thread can take them. */
const windowPerWorker = 2

/**
 * Worker threads that parse and plan decoded files (the importer's pure stages, about half of
 * its work), so the importing thread mostly builds and writes. Files wait in one queue, a few
 * sent ahead to each worker; a file the importing thread needs before a worker has it (workers
 * take a moment to start) it plans itself (`take`). The results are plain data. A worker that
 * cannot start — where this module runs without its TypeScript loader, as under a test
 * runner — or fails leaves its files, and every later one, to this thread, as planFile would
 * plan them: the outcome is the same, only slower.
 */
export const createPlanPool = ({
  size = defaultPlanThreads(),
}: { size?: number } = {}): PlanPool => {
  const queue: Request[] = []
  const sent = new Map<number, Request>()
  const load = new Map<Worker, number>()
  const ready = new Set<Worker>()
  let nextId = 0

  const planHere = ({ file, resolve }: Request) => {
    try {
      resolve(planFile(file))
    } catch {
      // importDecodedFile plans it again, and fails the same way.
      resolve({ file, planned: null })
    }
  }

  const send = () => {
    for (const worker of ready) {
      while ((load.get(worker) ?? 0) < windowPerWorker) {
        const request = queue.shift()
        if (!request) return
        if (!request.file.decoded.ok) {
          planHere(request)
          continue
        }
        sent.set(request.id, request)
        load.set(worker, (load.get(worker) ?? 0) + 1)
        const message: PlanRequest = {
          encoding: request.file.decoded.encoding,
          fileName: request.file.fileName,
          id: request.id,
          sha256: request.file.sha256,
          size: request.file.size,
          text: request.file.decoded.text,
        }
        worker.postMessage(message)
      }
    }
  }

  const breakPool = () => {
    const workers = [...load.keys()]
    load.clear()
    ready.clear()
    for (const worker of workers) void worker.terminate()
    for (const request of [...sent.values(), ...queue.splice(0)]) planHere(request)
    sent.clear()
  }

  for (let index = 0; index < size; index++) {
    const worker = startWorker()
    if (!worker) break
    worker.unref()
    load.set(worker, 0)
    worker.on('message', (response: 'ready' | PlanResponse) => {
      if (response === 'ready') {
        if (load.has(worker)) ready.add(worker)
        send()
        return
      }
      const request = sent.get(response.id)
      load.set(worker, (load.get(worker) ?? 1) - 1)
      send()
      if (!request) return
      sent.delete(response.id)
      if ('error' in response) planHere(request)
      else
        request.resolve({
          file: request.file,
          planned: { file: request.file, ...response.planned },
        })
    })
    worker.on('error', breakPool)
    worker.on('exit', () => {
      if (load.has(worker)) breakPool()
    })
  }

  return {
    close: async () => {
      const workers = [...load.keys()]
      load.clear()
      ready.clear()
      await Promise.all(workers.map((worker) => worker.terminate()))
    },
    plan: (file) => {
      const id = nextId++
      let request: Request | undefined
      const planned = new Promise<BatchFile>((resolve) => {
        request = { file, id, resolve }
      })
      if (!request) throw new Error('bulk import: a plan request was not made')
      if (load.size === 0) planHere(request)
      else queue.push(request)
      send()
      const queued = request
      return {
        take: () => {
          const position = queue.indexOf(queued)
          if (position >= 0) {
            queue.splice(position, 1)
            planHere(queued)
          }
          return planned
        },
      }
    },
  }
}
