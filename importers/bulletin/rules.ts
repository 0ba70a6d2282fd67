// Every pattern the importer recognises, in one place (see the bulletins' genre notes in tests).

const han = '\\p{Script=Han}'

/** A line that ends a sentence: terminal punctuation, optionally inside closing quotes. */
export const sentenceEnd = /[。！？!?…；;][”’」』）)】\]]*\s*$/u

/** A line that lists names after a label (优秀“啄木鸟”:曹西虹、张德胜): complete as printed. */
export const nameListLine = /[:：]\s*[\p{Script=Han}·]{2,4}(?:\s*、\s*[\p{Script=Han}·]{2,4})*$/u

/** Markdown-style headings some OCR exports use. */
export const heading = /^(#{1,6})\s*(.+)$/u

/** Layout markers left by OCR tools, not printed text. */
export const marker = /^(HEADLINE|SUBHEAD|BYLINE|CAPTION|PAGE ?BREAK)$/iu

/** 第 2 版, 第二版, — 3 —, - 4 -. */
export const pageMarker = new RegExp(
  `^(第\\s*[0-9一二三四五六七八九十]+\\s*版|[—–-]+\\s*[0-9]+\\s*[—–-]+|[0-9]+\\s*/\\s*[0-9]+)$`,
  'u',
)

const pageNumber = '[0-9一二三四五六七八九十]+'

/** 下转第4版, 上接第1版, (转第二版), 接第3版: the whole line. */
export const jumpLine = new RegExp(
  `^[（(]?\\s*([上下]?)\\s*([转接])\\s*第?\\s*(${pageNumber})\\s*版\\s*[）)]?$`,
  'u',
)

/** A jump printed at the end of a paragraph: …的工作(下转第2版). */
export const trailingJump = new RegExp(
  `[（(]\\s*([上下]?)\\s*([转接])\\s*第?\\s*(${pageNumber})\\s*版\\s*[）)]$`,
  'u',
)

/** A jump printed at the start of a paragraph: (上接第1版)进行了部署. */
export const leadingJump = new RegExp(
  `^[（(]\\s*([上下]?)\\s*([转接])\\s*第?\\s*(${pageNumber})\\s*版\\s*[）)]`,
  'u',
)

/** A running head: a short line naming the page (平凉之窗 2021年3月 第2版 社区新闻). */
export const runningHead = new RegExp(`第\\s*${pageNumber}\\s*版`, 'u')

/** A department credit alone on its line: (社区党建办), （街道妇联）. */
export const credit = new RegExp(`^[（(]\\s*([${han}A-Za-z0-9·、 ]{2,24}?)\\s*[)）]$`, 'u')

/** A department credit written as a supplier: 社区党建办供稿, （街道妇联 供稿）. */
export const creditSupplied = new RegExp(
  `^[（(]?\\s*([${han}A-Za-z0-9·、 ]{2,24}?)\\s*供稿\\s*[)）]?$`,
  'u',
)

/** A section label alone on its line: 【链接】, 短消息, 简讯, 阅！. */
export const sectionLabel = new RegExp(
  `^(【[^】]{1,8}】|\\[[^\\]]{1,8}\\]|短消息|简讯|短讯|快讯|图片新闻|图片报道|要闻|动态|社区动态|${han}[！!])$`,
  'u',
)

/** A bracketed section label fused with its title: 【链接】肖素华工作室. */
export const bracketedSectionWithTitle = /^【([^】]{1,8})】\s*(.{2,})$/u

/** A garbled section label fused with a title: 阅！“社区通”… (= 【阅】 + title). */
export const fusedSectionLabel = new RegExp(`^(${han})[！!]\\s*(.{4,})$`, 'u')

/** A byline alone on its line or closing a paragraph: ■田慧聪, ■杨惠明 陈凯庭文/摄, 文/张三. */
export const bylineMark = /■\s*([^■]{2,30})$/u
export const bylineSlashed = new RegExp(
  `^(文|摄|图|摄影|文字)\\s*[/／:：]\\s*([${han}·、 ]{2,20})$`,
  'u',
)

/** Words that introduce a byline's names: 记者 张三, 通讯员 李四, 撰稿:王五. */
export const bylineLeadWord =
  /^(本报记者|特约记者|记者|通讯员|见习记者|撰稿|供稿|作者|执笔|摄影|图片|图文|文字|文图|文\/图|图\/文|文|摄|图)\s*[/／:：]?\s*/u

/** Role words that may follow a byline's names: 张三 文/摄, 李四 摄. */
export const bylineTrailingRole =
  /\s*(文\s*[/／]\s*摄|文\s*[/／]\s*图|图\s*[/／]\s*文|摄\s*[/／]\s*文|文摄|文图|摄影|供稿|报道|摄|图|文)$/u

/** A trailing role marker of a byline: 文/摄, 摄, 文. */
export const bylineRoleSuffix =
  /\s*(文\s*[/／]\s*摄|摄\s*[/／]\s*文|文摄|图\s*[/／]\s*文|摄影|摄|图|文)$/u

/** Lines that close a page rather than an article: QR codes, addresses, hotlines. */
export const qrCodeLine = /(扫描|扫)\s*(二维码|码)/u

/** Titles of notices rather than news. */
export const noticeTitle = /(纠错有奖|通知|公告|启事|告示|声明|征稿|征文|招募|招聘|温馨提示)/u

/** Captions usually name a scene: 会议现场, 活动合影, 图为… */
export const captionWording = /(现场|合影|留影|剪影|掠影|一角|风采|图为|照片)$|^图为/u

/** Masthead and imprint lines: 主办, 编辑, 电话, 地址, 准印证… */
export const mastheadLine =
  /^[（(]?\s*(?:本报|本刊|本版|本期)?(主办单位|主办|承办|协办|编辑部|编辑|主编|副主编|总编|责任编辑|美术编辑|编审|校对|出版|印刷|印数|发行|电话|联系电话|传真|地址|邮编|准印证|内部资料|投稿邮箱|电子邮箱|邮箱|网址|E-?mail)\s*[:：\s]/iu

/** An imprint fragment anywhere in a short line: 内部资料 免费交流, 准印证号. */
export const imprintWords = /(内部资料|免费交流|准印证|连续性内部资料|出版物准印)/u

/** The organiser named on a 主办 line: 中共平凉路街道工作委员会, 平凉路街道办事处. */
export const organiserOffice = new RegExp(
  `([${han}]{2,8}?(?:街道|镇))(?:办事处|工作委员会|党工委)`,
  'u',
)

/** A masthead's issue line: 2021年3月 第2期 总第45期, 总第45期, 第2期. */
export const mastheadIssueLine =
  /^(?:[（(]?\s*(?:19|20)[0-9]{2}\s*年(?:\s*[0-9]{1,2}\s*月)?(?:\s*[0-9]{1,2}\s*日)?\s*[）)]?\s*|(?:星期|周)[一二三四五六日天]\s*|[（(]?\s*总\s*第\s*[0-9]+\s*期\s*[）)]?\s*|第\s*[0-9]+\s*期\s*|第\s*[0-9]+\s*版\s*)+$/u

/** Issue numbers: 第2期, 总第45期. */
export const issueNumber = /(?<!总)第\s*([0-9]+)\s*期/u
export const runningNumber = /总\s*第\s*([0-9]+)\s*期/u

/** Dates: 2021年3月, 2021 年 1 月 11 日, 1 月 11 日. */
export const yearMonth = /((?:19|20)[0-9]{2})\s*年\s*([0-9]{1,2})\s*月/gu
export const monthDay = /(?<![0-9年]\s*)([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*日/gu
export const yearOnly = /((?:19|20)[0-9]{2})\s*年/gu

/** The paper's name: 《平凉之窗》, 《社区晨报》. */
export const publicationName = new RegExp(
  `《([${han}]{2,8}(?:报|之窗|通讯|简讯|月刊|周刊|专刊|导刊|天地))》`,
  'gu',
)
