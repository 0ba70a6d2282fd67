// Placeholder: replaced by the real decoder (encoding detection, BOMs, rejection).
export type BulletinEncoding = 'utf-8' | 'gb18030' | 'big5' | 'utf-16le' | 'utf-16be'

export type DecodeResult =
  | { ok: true; text: string; encoding: BulletinEncoding; hasBom: boolean }
  | { ok: false; error: string }

/** Decodes a bulletin file's bytes to text. */
export function decodeBulletin(bytes: Uint8Array): DecodeResult {
  return {
    ok: true,
    text: new TextDecoder('utf-8').decode(bytes),
    encoding: 'utf-8',
    hasBom: false,
  }
}
