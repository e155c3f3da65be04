// Every label of the report in Arabic and English. The page carries both; the language toggle
// shows one (see bi() in views-common.ts). Keys are stable so the web app can reuse them.

export interface Bilingual {
  ar: string;
  en: string;
}

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
  articleWord: { ar: 'مقال', en: 'Article' },
  outlet: { ar: 'الوسيلة', en: 'Outlet' },
  figure: { ar: 'الرقم', en: 'Figure' },
  date: { ar: 'التاريخ', en: 'Date' },
  published: { ar: 'تاريخ النشر', en: 'Published' },
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
  articleCount: { ar: 'مقالات', en: 'articles' },
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
  'single-source': { ar: 'مصدر واحد', en: 'single source' },
  disputed: { ar: 'متنازع عليه', en: 'disputed' },
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
  disputed: { ar: 'متنازع عليه', en: 'disputed' },
  'single-source': { ar: 'مصدر واحد', en: 'single source' },
};
