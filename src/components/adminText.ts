/** Every sentence the plugin's admin components show, in each admin language. */
const zh = {
  allArticles: '全部文章',
  allPhotos: '全部图片',
  articleCount: '共 {count} 篇',
  checkAll: '全部标为已核查',
  checklistDone: '全部核查完毕。保存后，本文将不再出现在“待校对”中。',
  checklistEmpty: '导入时没有发现需要核查的地方。',
  checklistProgress: '已核查 {done} / {total}',
  checklistTitle: '校对清单',
  draft: '草稿',
  draftsToPublish: '其中 {drafts} 篇为草稿。点击右上角“发布”即可一次发布本期及其全部草稿文章。',
  importAnother: '再导入一个文件',
  importChoose: '选择社区报文件（.txt 文本，OCR 识别结果）',
  importChooseButton: '选择文件',
  importNoFile: '未选择文件',
  importCounts:
    '新建：文章 {articles} 篇、人物 {people} 位、部门 {departments} 个、图片 {photos} 张',
  importFailed: '上传失败：{error}',
  importOpenIssue: '打开生成的期刊',
  importOpenRun: '查看导入记录',
  importProblems: '导入提示（{count} 条）',
  importStart: '上传并导入',
  importTitle: '导入扫描的社区报',
  importUploading: '正在上传…',
  importWaiting: '已上传，正在排队导入…',
  issueUnsaved: '保存本期后，可在此查看并调整文章顺序。',
  issueEmpty: '本期还没有文章。',
  kind: '类型',
  level: { error: '错误', info: '提示', warning: '警告' },
  line: '第 {line} 行',
  loading: '正在加载…',
  loadFailed: '加载失败，请刷新页面重试。',
  mergeButton: '合并',
  mergeConfirm:
    '确定将“{source}”合并到“{target}”？所有引用将改为指向“{target}”，“{source}”将被删除。',
  mergeDescription:
    '发现重复条目时，把本条合并到另一条：文章、图片中的所有引用都会改为指向那一条，本条的名称会作为别名保留。',
  mergeDone: '已合并，正在打开“{target}”…',
  mergeNoResults: '没有找到匹配的条目。',
  mergeSearch: '搜索要合并到的条目',
  mergeTitle: '合并重复条目',
  moveDown: '下移',
  moveUp: '上移',
  needsReview: '待校对',
  noSourceLines: '本文没有保存源文件原文（在此功能之前导入，或为手工新建）。',
  order: '序号',
  published: '已发布',
  reviewed: '—',
  rollbackButton: '撤销这次导入',
  rollbackConfirm:
    '确定撤销这次导入？本次导入新建的期刊、文章、图片，以及没有其他文章引用的人物和部门，都将被删除。',
  rollbackDescription: '删除这次导入新建的全部内容，数据库恢复到导入之前。',
  rollbackDone:
    '已撤销：删除文章 {articles} 篇、图片 {photos} 张、人物 {people} 位、部门 {departments} 个。',
  rollbackFailed: '撤销失败：{error}',
  rollbackRunning: '正在撤销…',
  rollbackTitle: '撤销导入',
  saving: '正在保存顺序…',
  sourceTitle: '源文件原文',
  status: '状态',
  title: '标题',
  waitingForImage: '待配图',
}

type AdminText = typeof zh

const en: AdminText = {
  allArticles: 'All articles',
  allPhotos: 'All photos',
  articleCount: '{count} articles',
  checkAll: 'Mark all as checked',
  checklistDone: 'Everything is checked. Once saved, this article leaves the “Needs review” list.',
  checklistEmpty: 'The importer found nothing to check.',
  checklistProgress: '{done} of {total} checked',
  checklistTitle: 'Proof-reading checklist',
  draft: 'Draft',
  draftsToPublish:
    '{drafts} of them are drafts. “Publish changes” at the top right publishes the issue and all its draft articles at once.',
  importAnother: 'Import another file',
  importChoose: 'Choose a bulletin file (.txt, the OCR text)',
  importChooseButton: 'Choose a file',
  importNoFile: 'No file chosen',
  importCounts:
    'Created: {articles} articles, {people} people, {departments} departments, {photos} photos',
  importFailed: 'Upload failed: {error}',
  importOpenIssue: 'Open the issue created',
  importOpenRun: 'Open the import run',
  importProblems: 'Importer notes ({count})',
  importStart: 'Upload and import',
  importTitle: 'Import a scanned bulletin',
  importUploading: 'Uploading…',
  importWaiting: 'Uploaded, waiting to be imported…',
  issueUnsaved: 'Save the issue to see and reorder its articles here.',
  issueEmpty: 'This issue has no articles yet.',
  kind: 'Kind',
  level: { error: 'Error', info: 'Note', warning: 'Warning' },
  line: 'Line {line}',
  loading: 'Loading…',
  loadFailed: 'Could not load; reload the page to try again.',
  mergeButton: 'Merge',
  mergeConfirm:
    'Merge “{source}” into “{target}”? Every reference will point to “{target}” and “{source}” will be deleted.',
  mergeDescription:
    'For a duplicate: merge this entry into another. Every reference in articles and photos moves to that one, and this name is kept as an alias.',
  mergeDone: 'Merged; opening “{target}”…',
  mergeNoResults: 'No matching entry.',
  mergeSearch: 'Search the entry to merge into',
  mergeTitle: 'Merge a duplicate',
  moveDown: 'Move down',
  moveUp: 'Move up',
  needsReview: 'Needs review',
  noSourceLines:
    'No source text is stored for this article (imported before this feature, or created by hand).',
  order: 'No.',
  published: 'Published',
  reviewed: '—',
  rollbackButton: 'Roll back this import',
  rollbackConfirm:
    'Roll back this import? The issue, articles and photos it created, and the people and departments no other article names, will be deleted.',
  rollbackDescription: 'Removes everything this import created, as before it ran.',
  rollbackDone:
    'Rolled back: {articles} articles, {photos} photos, {people} people and {departments} departments removed.',
  rollbackFailed: 'Rollback failed: {error}',
  rollbackRunning: 'Rolling back…',
  rollbackTitle: 'Roll back',
  saving: 'Saving the order…',
  sourceTitle: 'Source text',
  status: 'Status',
  title: 'Title',
  waitingForImage: 'Waiting for an image',
}

/** The texts of one admin language; Chinese unless English was chosen. */
export const adminTextFor = (language: string): AdminText => (language === 'en' ? en : zh)

/** Fills `{name}` placeholders. */
export const formatText = (text: string, values: Record<string, number | string>): string =>
  text.replace(/\{(\w+)\}/gu, (match, name: string) =>
    name in values ? String(values[name]) : match,
  )
