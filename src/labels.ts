// Every label sanad shows, in Arabic and English, in one place: the HTML report's (LABELS and the
// kind tables) and the web app's (APP_LABELS, RESULT_LABELS). A page carries both languages; the
// language toggle shows one (see bi() in src/report/html/views-common.ts). Plain data with no
// imports: the report, the server's page and the app's browser script all read it. A word both
// surfaces show for the same thing is written once and referenced.

export interface Bilingual {
  ar: string;
  en: string;
}

// words both surfaces show for the same thing (names, not property reads: the app's script
// bundles only the tables it uses)
const OUTLET: Bilingual = { ar: 'الوسيلة', en: 'Outlet' };
const PUBLISHED: Bilingual = { ar: 'تاريخ النشر', en: 'Published' };
const ARTICLE: Bilingual = { ar: 'مقال', en: 'Article' };
const ARTICLES: Bilingual = { ar: 'مقالات', en: 'articles' };
// the claim statuses a summary line also takes
const DISPUTED: Bilingual = { ar: 'متنازع عليه', en: 'disputed' };
const SINGLE_SOURCE: Bilingual = { ar: 'مصدر واحد', en: 'single source' };

// The HTML report's labels (the server's page reuses a few, such as `contents`).
export const LABELS = {
  reportTitle: { ar: 'تقرير سند', en: 'sanad report' },
  tagline: {
    ar: 'من قال ماذا، وعبر من، في الأخبار العربية',
    en: 'Who said what, through whom, in Arabic news',
  },
  toggle: { ar: 'English', en: 'العربية' },
  contents: { ar: 'المحتويات', en: 'Contents' },
  skip: { ar: 'انتقل إلى المحتوى', en: 'Skip to content' },
  printHint: { ar: 'طباعة', en: 'Print' },
  lead: { ar: 'الخلاصة', en: 'Summary' },
  disputes: { ar: 'نقاط الخلاف', en: 'Disputes' },
  numbers: { ar: 'الأرقام', en: 'Numbers' },
  speakers: { ar: 'من قال ماذا', en: 'Who said what' },
  claims: { ar: 'مصفوفة الادعاءات', en: 'Claims matrix' },
  framing: { ar: 'المفردات والتأطير', en: 'Framing' },
  timeline: { ar: 'التسلسل الزمني', en: 'Timeline' },
  map: { ar: 'الخريطة', en: 'Map' },
  sources: { ar: 'المصادر وانحيازها', en: 'Sources and leaning' },
  entities: { ar: 'فهرس الأسماء', en: 'Entity index' },
  articles: { ar: 'نصوص المقالات', en: 'Article texts' },
  nothing: {
    ar: 'لا شيء في هذا القسم لهذه المجموعة من المقالات.',
    en: 'Nothing in this section for these articles.',
  },
  sideA: { ar: 'الرواية الأولى', en: 'One account' },
  sideB: { ar: 'الرواية الأخرى', en: 'The other account' },
  side: { ar: 'رواية', en: 'Account' },
  answer: { ar: 'الجواب', en: 'Answer' },
  sideSources: { ar: 'يقول بها', en: 'Held by' },
  statementCount: { ar: 'عبارات', en: 'statements' },
  question: { ar: 'موضع الخلاف', en: 'In dispute' },
  source: { ar: 'المصدر', en: 'Source' },
  sequence: { ar: 'تطور الرقم', en: 'How the figure changed' },
  occurrences: { ar: 'مرات الورود', en: 'occurrences' },
  why: { ar: 'سبب التعارض', en: 'Why they clash' },
  accordingTo: { ar: 'بحسب', en: 'according to' },
  articleWord: ARTICLE,
  outlet: OUTLET,
  figure: { ar: 'الرقم', en: 'Figure' },
  date: { ar: 'التاريخ', en: 'Date' },
  published: PUBLISHED,
  counted: { ar: 'المعدود', en: 'What is counted' },
  updates: { ar: 'تحديثات متتالية', en: 'Updates in sequence' },
  disputedFigure: { ar: 'رقم متنازع عليه', en: 'disputed figure' },
  quotes: { ar: 'أقوال', en: 'statements' },
  channel: { ar: 'عبر', en: 'via' },
  chain: { ar: 'سلسلة النقل', en: 'Chain' },
  direct: { ar: 'اقتباس مباشر', en: 'direct quote' },
  indirect: { ar: 'نقل غير مباشر', en: 'reported speech' },
  claim: { ar: 'الادعاء', en: 'Claim' },
  status: { ar: 'الحالة', en: 'Status' },
  states: { ar: 'يذكره', en: 'states' },
  contradicts: { ar: 'يناقضه', en: 'contradicts' },
  silent: { ar: 'لا يذكره', en: 'silent' },
  showAll: { ar: 'عرض الكل', en: 'Show all' },
  concept: { ar: 'المفهوم', en: 'Concept' },
  term: { ar: 'المفردة', en: 'Term' },
  connotation: { ar: 'الدلالة', en: 'Connotation' },
  event: { ar: 'الحدث', en: 'Event' },
  chartHint: {
    ar: 'اضغط على نقطة لفتح المقال عند موضعها.',
    en: 'Click a point to open the article at that passage.',
  },
  placesOnMap: { ar: 'الأماكن على الخريطة', en: 'Places on the map' },
  countriesNamed: { ar: 'دول مذكورة (مظللة)', en: 'Countries named (shaded)' },
  unplaced: { ar: 'أماكن بلا إحداثيات', en: 'Places without coordinates' },
  mapSource: {
    ar: 'الحدود: Natural Earth (حزمة world-atlas)، والإحداثيات من معجم الأماكن في lexicons/places.json.',
    en: 'Borders: Natural Earth (world-atlas package); coordinates from the gazetteer in lexicons/places.json.',
  },
  mentions: { ar: 'الإشارات', en: 'Mentions' },
  leaning: { ar: 'الانحياز', en: 'Leaning' },
  score: { ar: 'الدرجة', en: 'Score' },
  evidence: { ar: 'الشواهد', en: 'Evidence' },
  sourcing: { ar: 'طريقة الإسناد', en: 'Sourcing' },
  name: { ar: 'الاسم', en: 'Name' },
  english: { ar: 'بالإنجليزية', en: 'In English' },
  type: { ar: 'النوع', en: 'Type' },
  close: { ar: 'إغلاق', en: 'Close' },
  highlighted: { ar: 'المقطع المحدد مظلل', en: 'The passage is highlighted' },
  transliterated: {
    ar: 'نقحرة (ALA-LC مبسطة)',
    en: 'transliterated (simplified ALA-LC): Arabic spelling leaves short vowels out',
  },
  warnings: { ar: 'تنبيهات', en: 'Warnings' },
  articleCount: ARTICLES,
  generated: { ar: 'أنشأه sanad', en: 'Made by sanad' },
} satisfies Record<string, Bilingual>;

export type LabelKey = keyof typeof LABELS;

export const SPEAKER_KIND: Record<string, Bilingual> = {
  named: { ar: 'مسمّى', en: 'named' },
  official: { ar: 'مسؤول', en: 'official' },
  anonymous: { ar: 'مصدر مجهول', en: 'anonymous source' },
  organization: { ar: 'جهة', en: 'organisation' },
  media: { ar: 'وسيلة إعلام', en: 'media' },
  document: { ar: 'وثيقة', en: 'document' },
};

export const CONTRADICTION_KIND: Record<string, Bilingual> = {
  numeric: { ar: 'أرقام متعارضة', en: 'Numbers that disagree' },
  denial: { ar: 'نفي', en: 'Denials' },
  blame: { ar: 'تحميل المسؤولية', en: 'Blame' },
  place: { ar: 'المكان', en: 'Place' },
  time: { ar: 'الزمان', en: 'Time' },
  status: { ar: 'الحالة', en: 'Status' },
  other: { ar: 'أخرى', en: 'Other' },
};

export const CLAIM_STATUS: Record<string, Bilingual> = {
  corroborated: { ar: 'مؤكَّد من مصادر مستقلة', en: 'corroborated' },
  'single-source': SINGLE_SOURCE,
  disputed: DISPUTED,
};

export const LEANING: Record<string, Bilingual> = {
  'pro-government': { ar: 'موالٍ للحكومة', en: 'pro-government' },
  'pro-opposition': { ar: 'موالٍ للمعارضة', en: 'pro-opposition' },
  mixed: { ar: 'مختلط', en: 'mixed' },
  neutral: { ar: 'محايد', en: 'neutral' },
};

export const ENTITY_TYPE: Record<string, Bilingual> = {
  PER: { ar: 'أشخاص', en: 'People' },
  ORG: { ar: 'منظمات وهيئات', en: 'Organisations' },
  GROUP: { ar: 'جماعات', en: 'Groups' },
  MEDIA: { ar: 'وسائل إعلام', en: 'Media' },
  LOC: { ar: 'أماكن', en: 'Places' },
};

export const SUMMARY_KIND: Record<string, Bilingual> = {
  lead: { ar: 'الخلاصة', en: 'lead' },
  agreed: { ar: 'متفق عليه', en: 'agreed' },
  disputed: DISPUTED,
  'single-source': SINGLE_SOURCE,
};

// The web app's own labels (`sanad serve`).
export const APP_LABELS = {
  appTitle: { ar: 'مكتبة سند', en: 'sanad library' },
  library: { ar: 'المكتبة', en: 'Library' },
  add: { ar: 'إضافة مقالات', en: 'Add articles' },
  api: { ar: 'واجهة البرمجة', en: 'API' },
  loading: { ar: 'جار التحميل…', en: 'Loading…' },
  stories: { ar: 'القصص', en: 'Stories' },
  recent: { ar: 'أحدث المقالات', en: 'Latest articles' },
  search: { ar: 'بحث', en: 'Search' },
  searchLabel: { ar: 'ابحث في المقالات', en: 'Search the articles' },
  searchHint: {
    ar: 'كل الكلمات مطلوبة؛ ضع العبارة بين علامتي تنصيص',
    en: 'Every word is required; put a phrase in "quotes"',
  },
  results: { ar: 'نتائج البحث', en: 'Search results' },
  noResults: { ar: 'لا نتائج.', en: 'No results.' },
  noStories: {
    ar: 'المكتبة فارغة: أضف مقالات لتبدأ.',
    en: 'The library is empty: add articles to begin.',
  },
  articlesWord: ARTICLES,
  outletsWord: { ar: 'وسائل', en: 'outlets' },
  pending: { ar: 'التحليل قيد الانتظار', en: 'analysis pending' },
  story: { ar: 'القصة', en: 'Story' },
  export: { ar: 'تصدير', en: 'Export' },
  exportJson: { ar: 'JSON (العقد الكامل)', en: 'JSON (the full contract)' },
  exportMd: { ar: 'Markdown (ملخص)', en: 'Markdown (digest)' },
  exportHtml: { ar: 'HTML (تقرير مستقل)', en: 'HTML (standalone report)' },
  csvQuotes: { ar: 'CSV: الاقتباسات', en: 'CSV: quotes' },
  csvClaims: { ar: 'CSV: الادعاءات', en: 'CSV: claims' },
  csvDisputes: { ar: 'CSV: نقاط الخلاف', en: 'CSV: disputes' },
  csvNumbers: { ar: 'CSV: الأرقام', en: 'CSV: numbers' },
  paste: { ar: 'لصق مقال', en: 'Paste an article' },
  title: { ar: 'العنوان', en: 'Title' },
  outlet: OUTLET,
  published: PUBLISHED,
  text: { ar: 'نص المقال', en: 'Article text' },
  addArticle: { ar: 'أضف المقال', en: 'Add the article' },
  upload: { ar: 'رفع ملفات', en: 'Upload files' },
  files: { ar: 'الملفات (txt، html، json، jsonl، zip)', en: 'Files (txt, html, json, jsonl, zip)' },
  uploadButton: { ar: 'ارفع الملفات', en: 'Upload' },
  feeds: { ar: 'الخلاصات', en: 'Feeds' },
  feedUrl: { ar: 'رابط الخلاصة (RSS أو Atom)', en: 'Feed URL (RSS or Atom)' },
  addFeed: { ar: 'أضف الخلاصة', en: 'Add the feed' },
  analyse: { ar: 'حلل المكتبة', en: 'Analyse the library' },
  analyseHint: {
    ar: 'يُكمل ما لم يُنجز: التعليق والتجميع وتحليل كل قصة جديدة أو نمت',
    en: 'Finishes what is undone: annotation, grouping, and every story that is new or grew',
  },
  jobs: { ar: 'المهام', en: 'Jobs' },
  queued: { ar: 'في الانتظار', en: 'queued' },
  running: { ar: 'جارية', en: 'running' },
  done: { ar: 'انتهت', en: 'done' },
  failed: { ar: 'فشلت', en: 'failed' },
  stage_store: { ar: 'حفظ', en: 'storing' },
  stage_annotate: { ar: 'تعليق', en: 'annotating' },
  stage_group: { ar: 'تجميع', en: 'grouping' },
  stage_analyze: { ar: 'تحليل', en: 'analysing' },
  stored: { ar: 'حُفظ', en: 'stored' },
  skipped: { ar: 'موجود سلفا', en: 'already there' },
  error: { ar: 'خطأ', en: 'Error' },
  article: ARTICLE,
  openStory: { ar: 'افتح القصة', en: 'Open the story' },
  back: { ar: 'العودة إلى المكتبة', en: 'Back to the library' },
  check: { ar: 'تحقق من ادعاء', en: 'Check a claim' },
  checkLabel: { ar: 'الادعاء', en: 'The claim' },
  checkHint: {
    ar: 'جملة واحدة بالعربية: رقم أو تاريخ أو اتهام أو تصريح، كما ورد',
    en: 'One sentence in Arabic: a number, a date, a charge or a statement, as it was made',
  },
  checkButton: { ar: 'تحقق', en: 'Check' },
  verdict: { ar: 'الحكم', en: 'Verdict' },
  strongest: { ar: 'أقوى ما يناقضه', en: 'Strongest contradiction' },
  stance_agree: { ar: 'تؤيد', en: 'Agree' },
  stance_disagree: { ar: 'تناقض', en: 'Disagree' },
  stance_discuss: { ar: 'تتناول دون حسم', en: 'Discuss' },
  origin: { ar: 'المصدر', en: 'origin' },
  copyOf: { ar: 'نسخة من', en: 'copy of' },
  saidBy: { ar: 'قاله', en: 'said by' },
  noRelated: { ar: 'لا مقال يتناول هذا الادعاء.', en: 'No article addresses this claim.' },
  searched: { ar: 'مقالات بُحث فيها', en: 'articles searched' },
} satisfies Record<string, Bilingual>;

export type AppLabelKey = keyof typeof APP_LABELS;

/** The fields of a finished job's result, in the order shown. */
export const RESULT_LABELS = {
  read: { ar: 'قُرئ', en: 'read' },
  stored: APP_LABELS.stored,
  skipped: APP_LABELS.skipped,
  annotatedLeftovers: { ar: 'عُلّق عليه لاحقا', en: 'annotated late' },
  storiesChanged: { ar: 'قصص تغيرت', en: 'stories changed' },
  analysed: { ar: 'قصص حُللت', en: 'stories analysed' },
  status: { ar: 'الحالة', en: 'status' },
} satisfies Record<string, Bilingual>;
