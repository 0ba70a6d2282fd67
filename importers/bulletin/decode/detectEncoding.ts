import type { BulletinEncoding } from '../decode'

/** Bytes read to decide the encoding: enough for any bulletin's first page. */
export const sampleSize = 64 * 1024

/** The most frequent Chinese characters, present in any running text. */
const commonHanzi = new Set(
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞街区居委会员志愿服务社'.split(
    '',
  ),
)

const replacementChar = '\uFFFD'

export const countReplacements = (text: string): number => text.split(replacementChar).length - 1

const decodeLoosely = (bytes: Uint8Array, encoding: BulletinEncoding): string =>
  new TextDecoder(encoding).decode(bytes)

/** A BOM names the encoding outright. */
export const readBom = (
  bytes: Uint8Array,
): { encoding: BulletinEncoding; length: number } | null => {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { encoding: 'utf-8', length: 3 }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 }
  return null
}

/** UTF-16 without a BOM shows as NUL bytes on one side of each pair (newlines, digits). */
const detectUtf16 = (sample: Uint8Array): BulletinEncoding | null => {
  const pairs = Math.floor(sample.length / 2)
  if (pairs < 2) return null
  let evenZeros = 0
  let oddZeros = 0
  for (let index = 0; index + 1 < sample.length; index += 2) {
    if (sample[index] === 0) evenZeros++
    if (sample[index + 1] === 0) oddZeros++
  }
  // Chinese characters such as 一 (U+4E00) put a few zeros on the other side too.
  if (oddZeros / pairs > 0.03 && oddZeros > 4 * evenZeros) return 'utf-16le'
  if (evenZeros / pairs > 0.03 && evenZeros > 4 * oddZeros) return 'utf-16be'
  return null
}

/** A UTF-8 sample may end inside a character: drop up to three trailing continuation bytes. */
const trimToCharacter = (sample: Uint8Array): Uint8Array => {
  const end = sample.length
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const byte = sample[end - back] ?? 0
    if (byte >= 0xc0) return sample.subarray(0, end - back)
    if (byte < 0x80) break
  }
  return sample
}

const isValidUtf8 = (sample: Uint8Array): boolean => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(trimToCharacter(sample))
    return true
  } catch {
    return false
  }
}

/** How Chinese a decoding looks: common characters minus a heavy price per replacement. */
const scoreChinese = (text: string): number => {
  let score = 0
  for (const char of text) if (commonHanzi.has(char)) score++
  return score - 2 * countReplacements(text)
}

/**
 * Decides the encoding from a sample of the file's start (detectors are slow on whole files):
 * BOM, UTF-16 byte pattern, strict UTF-8, then GB18030 or Big5, whichever reads as Chinese.
 */
export const detectEncoding = (bytes: Uint8Array): BulletinEncoding => {
  const bom = readBom(bytes)
  if (bom) return bom.encoding
  const sample = bytes.subarray(0, sampleSize)
  const utf16 = detectUtf16(sample)
  if (utf16) return utf16
  if (isValidUtf8(sample)) return 'utf-8'
  // Damaged UTF-8, and UTF-16 of text without ASCII, compete on how Chinese they read.
  const legacy: BulletinEncoding[] = ['utf-8', 'gb18030', 'big5', 'utf-16le', 'utf-16be']
  const scored = legacy.map((encoding) => ({
    encoding,
    score: scoreChinese(decodeLoosely(sample, encoding)),
  }))
  return scored.sort((a, b) => b.score - a.score)[0]?.encoding ?? 'gb18030'
}
