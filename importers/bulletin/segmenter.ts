import { Jieba } from '@node-rs/jieba'
import { dict } from '@node-rs/jieba/dict.js'

export type TaggedWord = { tag: string; word: string }

let jieba: Jieba | null = null

/** The shared segmenter, loaded on first use (its dictionary takes a moment to load). */
export const getSegmenter = (): Jieba => (jieba ??= Jieba.withDict(dict))

/** Words with their part-of-speech tags; HMM on, so unknown names come out whole. */
export const tagWords = (text: string): TaggedWord[] => getSegmenter().tag(text, true)
