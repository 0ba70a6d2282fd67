/** The importer's diagnostic messages (English, as the parser writes them) in Chinese. */
const chineseMessages: [RegExp, string][] = [
  [/^Continued from page (.+), which is not in this file$/u, '上接第$1版，但该版不在本文件中'],
  [/^Continues on page (.+), which is not in this file$/u, '下转第$1版，但该版不在本文件中'],
  [
    /^Joined the continuation of “(.*)” \(jumped at line (\d+)\)$/u,
    '已把“$1”的转版续文接到正文后（第 $2 行转版）',
  ],
  [/^Credit (.+) has no article before it$/u, '供稿署名“$1”前面没有文章'],
  [/^Byline (.+) has no article before it$/u, '作者署名“$1”前面没有文章'],
  [/^Caption “(.*)” has no article$/u, '图片说明“$1”没有对应的文章'],
  [/^Title “(.*)” has no text under it$/u, '标题“$1”下没有正文'],
  [
    /^Title “(.*)” was printed apart from its story \(line (\d+)\): check the pairing$/u,
    '标题“$1”与正文分开印刷（第 $2 行）：请核对标题与正文是否配对',
  ],
  [/^Untitled story$/u, '稿件没有标题'],
  [/^No department or byline for “(.*)”$/u, '“$1”没有供稿部门或作者署名'],
  [/^No street office named$/u, '文中没有写明街道'],
  [/^No date to infer the period$/u, '文中没有可用于推断出版年月的日期'],
  [
    /^Period (\S+) inferred from the dates in the text \(no masthead date\)$/u,
    '出版年月 $1 由正文中的日期推断（报头没有日期）',
  ],
]

/** A bilingual message, "中文 (english)", shows its Chinese part in Chinese. */
const bilingualSuffix = /\s*\([\x20-\x7e]+\)$/u

/**
 * A diagnostic message in the admin's language: Chinese unless English was chosen. Messages
 * are stored as the importer wrote them; only their display is translated.
 */
export const translateDiagnostic = (message: string, language: string): string => {
  if (language === 'en') return message
  for (const [pattern, chinese] of chineseMessages) {
    if (pattern.test(message)) return message.replace(pattern, chinese)
  }
  return /\p{Script=Han}/u.test(message) ? message.replace(bilingualSuffix, '') : message
}
