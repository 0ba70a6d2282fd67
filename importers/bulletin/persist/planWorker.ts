import { parentPort } from 'node:worker_threads'

import type { BulletinEncoding } from '../decode'
import type { ParsedIssue } from '../types'
import type { PlannedFileInfo } from './planDecodedText'
import type { ImportPlan } from './toDocuments'

import { getSegmenter } from '../segmenter'
import { planDecodedText } from './planDecodedText'

export type PlanRequest = PlannedFileInfo & { encoding: BulletinEncoding; id: number; text: string }

export type PlanResponse =
  { error: string; id: number } | { id: number; planned: { parsed: ParsedIssue; plan: ImportPlan } }

/** A worker thread of createPlanPool: plans each decoded text it is sent. */
parentPort?.on('message', ({ encoding, id, text, ...file }: PlanRequest) => {
  let response: PlanResponse
  try {
    response = { id, planned: planDecodedText(file, { encoding, text }) }
  } catch (error) {
    response = { error: error instanceof Error ? error.message : String(error), id }
  }
  parentPort?.postMessage(response)
})

// Loaded (the segmenter's dictionary too): files may come.
getSegmenter()
parentPort?.postMessage('ready')
