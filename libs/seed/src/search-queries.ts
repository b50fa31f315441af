/**
 * A labelled evaluation set for solution search: queries as users type them, in the six UN
 * languages and Portuguese, each with the solutions of the seeded demo catalog (`SEED_SIZE`: the
 * hand-written real initiatives, then `generateCatalog(SEED_SIZE)`) that answer it. See
 * `search-queries.md` for how it was made; `npm run eval:search` measures the API against it.
 *
 * Relevance is judged by what a solution is about, not by its words:
 * - a generated solution is about exactly one topic (`TOPIC_SOURCES[].id`, replayed by
 *   `generatedSolutionTopics`): every solution of a query's `topics` is on topic (grade 2), every
 *   solution of its `related` topics is related (grade 1);
 * - each hand-written real initiative was read and given its main topics and its side topics
 *   (`REAL_INITIATIVE_TOPICS`): main topic in the query's `topics` → 2; main topic in `related`, or
 *   side topic in `topics` → 1;
 * - `solutions` names hand-written ones directly (externalId → grade) where a query is about
 *   something no generated topic covers (census, vaccination logistics, COVID-19 …).
 *
 * `relevantSolutions` turns a query into externalId → grade, deterministically.
 */
export type SearchQueryLang = 'en' | 'fr' | 'es' | 'ar' | 'ru' | 'zh' | 'pt';
/** keyword: a few words; natural: a sentence or question; typo: misspelt; unaccented: accents, hamza or ё dropped. */
export type SearchQueryKind = 'keyword' | 'natural' | 'typo' | 'unaccented';
export type Grade = 1 | 2;

export interface LabelledSearchQuery {
  /** Stable id: `<lang>:<query>`. */
  id: string;
  lang: SearchQueryLang;
  q: string;
  kind: SearchQueryKind;
  /** Generated topics whose solutions are on topic (grade 2). */
  topics: string[];
  /** Generated topics whose solutions are related (grade 1). */
  related: string[];
  /** Solutions named directly, by externalId. */
  solutions: Record<string, Grade>;
}

/** What each hand-written real initiative is about: main topics, then side topics. */
export const REAL_INITIATIVE_TOPICS: Record<string, { main: string[]; side: string[] }> = {
  'ssc-22-2-kenya-tomato-rural-youth': {
    main: ['youth-employment'],
    side: ['smallholder-markets', 'climate-smart-agriculture'],
  },
  'ssc-22-2-uganda-fao-china-phase-3': {
    main: ['smallholder-markets'],
    side: ['climate-smart-agriculture', 'technology-transfer'],
  },
  'ssc-22-2-kenya-low-carbon-tea': {
    main: ['climate-smart-agriculture'],
    side: ['agro-industrial-parks', 'technology-transfer'],
  },
  'ssc-22-2-malawi-namibia-fao-china': {
    main: ['climate-smart-agriculture'],
    side: ['smallholder-markets', 'irrigation-river-basins'],
  },
  'ssc-22-2-fao-celac-rural-digital-transformation': { main: ['broadband-innovation'], side: ['smallholder-markets'] },
  'ssc-22-2-uganda-ibsa-agro-industry-women-youth': {
    main: ['agro-industrial-parks'],
    side: ['financial-inclusion-women', 'youth-employment'],
  },
  'ssc-22-2-benin-salt-production': { main: ['agro-industrial-parks'], side: ['small-enterprises'] },
  'ssc-22-2-thailand-organic-agriculture-midwifery': {
    main: ['climate-smart-agriculture'],
    side: ['community-health-workers'],
  },
  'ssc-22-2-mekong-water-energy-food-nexus': {
    main: ['irrigation-river-basins'],
    side: ['rural-drinking-water', 'solar-mini-grids'],
  },
  'ssc-22-2-iaea-cambodia-laos-viet-nam': { main: ['disease-surveillance'], side: ['technology-transfer'] },
  'ssc-22-2-ethiopia-rural-renewable-energy': {
    main: ['solar-mini-grids', 'clean-cooking'],
    side: ['renewable-energy-auctions'],
  },
  'ssc-22-2-south-asia-transboundary-water': { main: ['irrigation-river-basins'], side: [] },
  'ssc-22-2-indonesia-malawi-immunization-logistics': { main: [], side: ['disease-surveillance', 'e-government'] },
  'ssc-22-2-caricom-antimicrobial-resistance': { main: ['disease-surveillance'], side: [] },
  'ssc-22-2-trinidad-tobago-halt-health-robots': { main: [], side: ['disease-surveillance', 'technology-transfer'] },
  'ssc-22-2-paraguay-chaco-maternal-child-health': { main: ['community-health-workers'], side: [] },
  'ssc-22-2-belize-covid-clinical-management': { main: [], side: ['disease-surveillance', 'decent-work'] },
  'ssc-22-2-uruguay-health-intelligence-hub': { main: ['disease-surveillance'], side: ['statistical-systems'] },
  'ssc-22-2-morocco-winter-school-migrant-health': { main: [], side: ['safe-migration-remittances'] },
  'ssc-22-2-eac-one-stop-border-posts': { main: ['safe-migration-remittances'], side: ['trade-facilitation'] },
  'ssc-22-2-right-to-development-study': { main: [], side: ['access-to-justice', 'knowledge-platforms'] },
  'ssc-22-2-colombia-kenya-informal-settlements-housing': { main: ['affordable-housing'], side: [] },
  'ssc-22-2-drc-south-africa-mining-settlements': { main: ['affordable-housing'], side: [] },
  'ssc-22-2-solomon-marshall-islands-anti-money-laundering': { main: [], side: ['financial-regulation'] },
  'ssc-22-2-france-kenya-madagascar-esg-market-access': {
    main: ['trade-facilitation'],
    side: ['sustainable-procurement'],
  },
  'ssc-22-2-uruguay-egypt-social-insurance-informal-workers': {
    main: ['decent-work'],
    side: ['social-registries', 'shock-responsive-protection'],
  },
  'ssc-22-2-nicaragua-inclusive-education-disability': {
    main: ['inclusive-education', 'disability-inclusion'],
    side: [],
  },
  'ssc-22-2-egypt-djibouti-digital-census': { main: ['statistical-systems'], side: [] },
  'ssc-22-2-somalia-egypt-census-study-visit': { main: ['statistical-systems'], side: [] },
  'ssc-22-2-egypt-saudi-arabia-integrated-census': { main: ['statistical-systems'], side: [] },
  'ssc-22-2-escwa-arab-digital-policies': { main: ['e-government'], side: ['broadband-innovation'] },
  'ssc-22-2-unctad-ssc-measurement-framework-pilots': { main: ['knowledge-platforms'], side: ['statistical-systems'] },
  'ssc-22-2-ecowas-regional-e-commerce-strategy': { main: ['trade-facilitation'], side: ['broadband-innovation'] },
  'ssc-22-2-itu-africa-digital-connectivity-models': { main: ['broadband-innovation'], side: [] },
  'ssc-22-2-uganda-e-waste-policy': { main: ['circular-economy'], side: ['solid-waste'] },
  'ssc-22-2-istic-malaysia-sti-policy-training': { main: ['technology-transfer'], side: [] },
  'ssc-22-2-green-higher-education-youth': { main: ['climate-education'], side: ['technology-transfer'] },
};

// Hand-written initiatives named directly by some queries.
const IMMUNIZATION = 'ssc-22-2-indonesia-malawi-immunization-logistics';
const CENSUS = [
  'ssc-22-2-egypt-djibouti-digital-census',
  'ssc-22-2-somalia-egypt-census-study-visit',
  'ssc-22-2-egypt-saudi-arabia-integrated-census',
];
const COVID = ['ssc-22-2-trinidad-tobago-halt-health-robots', 'ssc-22-2-belize-covid-clinical-management'];

type Row = [
  lang: SearchQueryLang,
  q: string,
  kind: SearchQueryKind,
  topics: string[],
  related?: string[],
  solutions?: Record<string, Grade>,
];

const grade = (keys: string[], g: Grade) => Object.fromEntries(keys.map((k) => [k, g])) as Record<string, Grade>;
const vaccination = { [IMMUNIZATION]: 2 } as Record<string, Grade>;
const census = grade(CENSUS, 2);

// prettier-ignore
const ROWS: Row[] = [
  /* ------------------------------ English ------------------------------ */
  ['en', 'drinking water', 'keyword', ['rural-drinking-water'], ['sanitation-hygiene']],
  ['en', 'solar mini grid', 'keyword', ['solar-mini-grids'], ['renewable-energy-auctions']],
  ['en', 'cash transfers for poor families', 'keyword', ['social-registries'], ['shock-responsive-protection']],
  ['en', 'school meals bought from local farmers', 'natural', ['school-feeding'], ['smallholder-markets']],
  ['en', 'community health workers maternal care', 'keyword', ['community-health-workers'], []],
  ['en', 'vaccine logistics', 'keyword', [], ['disease-surveillance'], vaccination],
  ['en', 'disease surveillance labs', 'keyword', ['disease-surveillance'], []],
  ['en', 'diabetes and hypertension in primary care', 'keyword', ['noncommunicable-diseases'], []],
  ['en', 'road safety air pollution', 'keyword', ['road-safety-clean-air'], ['urban-mobility']],
  ['en', 'early grade reading and maths', 'keyword', ['foundational-learning'], ['inclusive-education']],
  ['en', 'vocational training for youth', 'keyword', ['vocational-training'], ['youth-employment']],
  ['en', 'children with disabilities in school', 'natural', ['inclusive-education', 'disability-inclusion'], []],
  ['en', 'land rights for women', 'keyword', ['women-land-rights'], ['financial-inclusion-women']],
  ['en', 'support for survivors of gender based violence', 'natural', ['gender-based-violence'], ['access-to-justice']],
  ['en', 'river basin irrigation', 'keyword', ['irrigation-river-basins'], []],
  ['en', 'clean cookstoves', 'keyword', ['clean-cooking'], []],
  ['en', 'renewable energy auctions', 'keyword', ['renewable-energy-auctions'], ['solar-mini-grids']],
  ['en', 'how can small businesses grow', 'natural', ['small-enterprises'], ['financial-inclusion-women']],
  ['en', 'child labour', 'keyword', ['decent-work'], []],
  ['en', 'plastic recycling', 'keyword', ['circular-economy'], ['solid-waste']],
  ['en', 'flood early warning', 'keyword', ['early-warning'], ['adaptation-planning']],
  ['en', 'coral reefs', 'keyword', ['marine-protected-areas'], ['blue-economy']],
  ['en', 'fishing communities co-management', 'keyword', ['small-scale-fisheries'], ['blue-economy']],
  ['en', 'birth registration', 'keyword', ['legal-identity'], []],
  ['en', 'how do we collect more taxes', 'natural', ['tax-administration'], ['financial-regulation']],
  ['en', 'digital census', 'keyword', [], ['statistical-systems'], census],
  ['en', 'stopping desertification', 'keyword', ['land-restoration'], ['community-forestry']],
  ['en', 'migrant remitances', 'typo', ['safe-migration-remittances'], []],
  ['en', 'climate smart agriculure', 'typo', ['climate-smart-agriculture'], ['smallholder-markets']],
  ['en', 'slum upgrading', 'keyword', ['affordable-housing'], []],
  ['en', 'covid-19 health workers', 'keyword', [], ['community-health-workers'], grade(COVID, 2)],
  ['en', 'vocational trainning for girls', 'typo', ['vocational-training'], ['youth-employment', 'inclusive-education']],

  /* ------------------------------ French ------------------------------ */
  ['fr', 'eau potable villages', 'keyword', ['rural-drinking-water'], ['sanitation-hygiene']],
  ['fr', 'assainissement dans les écoles', 'keyword', ['sanitation-hygiene'], ['rural-drinking-water']],
  ['fr', 'energie solaire', 'unaccented', ['solar-mini-grids'], ['renewable-energy-auctions']],
  ['fr', 'foyers améliorés cuisson', 'keyword', ['clean-cooking'], []],
  ['fr', 'cantines scolaires', 'keyword', ['school-feeding'], []],
  ['fr', 'agents de santé communautaires', 'keyword', ['community-health-workers'], []],
  ['fr', 'santé des mères et des nouveau-nés', 'keyword', ['community-health-workers'], []],
  ['fr', 'surveillance épidémiologique laboratoires', 'keyword', ['disease-surveillance'], []],
  ['fr', 'vaccination', 'keyword', [], ['community-health-workers'], vaccination],
  ['fr', 'alphabetisation et calcul au primaire', 'unaccented', ['foundational-learning'], []],
  ['fr', 'formation professionnelle des jeunes', 'keyword', ['vocational-training'], ['youth-employment']],
  ['fr', 'comment trouver un emploi pour les jeunes', 'natural', ['youth-employment'], ['vocational-training']],
  ['fr', 'violences faites aux femmes', 'keyword', ['gender-based-violence'], []],
  ['fr', 'microfinance femmes rurales', 'keyword', ['financial-inclusion-women'], ['women-land-rights']],
  ['fr', 'petits exploitants agricoles', 'keyword', ['smallholder-markets'], ['climate-smart-agriculture']],
  ['fr', 'adaptation au changement climatique', 'keyword', ['adaptation-planning'], ['early-warning', 'climate-smart-agriculture']],
  ['fr', 'alerte précoce inondations', 'keyword', ['early-warning'], []],
  ['fr', 'gestion des dechets', 'unaccented', ['solid-waste'], ['circular-economy']],
  ['fr', 'pêche artisanale', 'keyword', ['small-scale-fisheries'], []],
  ['fr', 'lutte contre la désertification', 'keyword', ['land-restoration'], []],
  ['fr', 'actes de naissance état civil', 'keyword', ['legal-identity'], []],
  ['fr', 'impots et recettes fiscales', 'unaccented', ['tax-administration'], []],
  ['fr', 'commerce transfrontalier douanes', 'keyword', ['trade-facilitation'], []],
  ['fr', 'comment réduire les pertes après récolte', 'natural', ['cold-chains'], ['agro-industrial-parks']],
  ['fr', 'tourisme comunautaire', 'typo', ['community-tourism'], []],
  ['fr', 'logement social bidonvilles', 'keyword', ['affordable-housing'], []],
  ['fr', 'assainisement', 'typo', ['sanitation-hygiene'], ['rural-drinking-water']],

  /* ------------------------------ Spanish ------------------------------ */
  ['es', 'agua potable', 'keyword', ['rural-drinking-water'], ['sanitation-hygiene']],
  ['es', 'saneamiento e higiene', 'keyword', ['sanitation-hygiene'], ['rural-drinking-water']],
  ['es', 'energia solar para aldeas', 'unaccented', ['solar-mini-grids'], ['renewable-energy-auctions']],
  ['es', 'transferencias monetarias a hogares pobres', 'keyword', ['social-registries'], ['shock-responsive-protection']],
  ['es', 'alimentación escolar', 'keyword', ['school-feeding'], []],
  ['es', 'salud materno infantil', 'keyword', ['community-health-workers'], []],
  ['es', 'vacunacion', 'unaccented', [], ['community-health-workers'], vaccination],
  ['es', 'enfermedades no transmisibles', 'keyword', ['noncommunicable-diseases'], []],
  ['es', 'educación inclusiva y discapacidad', 'keyword', ['inclusive-education', 'disability-inclusion'], []],
  ['es', 'formación técnica profesional', 'keyword', ['vocational-training'], ['youth-employment']],
  ['es', 'violencia de género', 'keyword', ['gender-based-violence'], []],
  ['es', 'pequeños agricultores y mercados', 'keyword', ['smallholder-markets'], []],
  ['es', 'bancos de semillas comunitarios', 'keyword', ['climate-smart-agriculture'], []],
  ['es', 'riego eficiente', 'keyword', ['irrigation-river-basins'], []],
  ['es', 'gestion de residuos solidos', 'unaccented', ['solid-waste'], ['circular-economy']],
  ['es', 'reciclaje de plásticos', 'keyword', ['circular-economy'], ['solid-waste']],
  ['es', 'sistemas de alerta temprana', 'keyword', ['early-warning'], []],
  ['es', 'arrecifes de coral', 'keyword', ['marine-protected-areas'], []],
  ['es', 'pesca artesanal', 'keyword', ['small-scale-fisheries'], []],
  ['es', 'manejo forestal comunitario', 'keyword', ['community-forestry'], []],
  ['es', 'registro civil e identidad', 'keyword', ['legal-identity'], []],
  ['es', 'gobierno electronico', 'unaccented', ['e-government'], []],
  ['es', 'transferencia de tecnologia', 'unaccented', ['technology-transfer'], []],
  ['es', '¿cómo pueden los jóvenes conseguir trabajo?', 'natural', ['youth-employment'], ['vocational-training']],
  ['es', 'turismo comunitario', 'keyword', ['community-tourism'], []],
  ['es', 'transformacion digital rural', 'unaccented', ['broadband-innovation'], []],
  ['es', 'agua potalbe', 'typo', ['rural-drinking-water'], ['sanitation-hygiene']],

  /* ------------------------------ Arabic ------------------------------ */
  ['ar', 'مياه الشرب', 'keyword', ['rural-drinking-water'], ['sanitation-hygiene']],
  ['ar', 'الصرف الصحي والنظافة', 'keyword', ['sanitation-hygiene'], ['rural-drinking-water']],
  ['ar', 'الطاقة الشمسية', 'keyword', ['solar-mini-grids'], ['renewable-energy-auctions']],
  ['ar', 'مواقد الطهي النظيف', 'keyword', ['clean-cooking'], []],
  ['ar', 'التحويلات النقدية للأسر الفقيرة', 'keyword', ['social-registries'], ['shock-responsive-protection']],
  ['ar', 'الوجبات المدرسية', 'keyword', ['school-feeding'], []],
  ['ar', 'التطعيم', 'keyword', [], ['community-health-workers'], vaccination],
  ['ar', 'صحة الأم والطفل', 'keyword', ['community-health-workers'], []],
  ['ar', 'ترصد الأمراض', 'keyword', ['disease-surveillance'], []],
  ['ar', 'الامراض غير المعدية', 'unaccented', ['noncommunicable-diseases'], []],
  ['ar', 'التدريب المهني للشباب', 'keyword', ['vocational-training'], ['youth-employment']],
  ['ar', 'كيف نوفر فرص عمل للشباب', 'natural', ['youth-employment'], ['vocational-training']],
  ['ar', 'العنف ضد المرأة', 'keyword', ['gender-based-violence'], []],
  ['ar', 'حقوق المرأة في ملكية الأرض', 'keyword', ['women-land-rights'], []],
  ['ar', 'الزراعة الذكية مناخيا', 'keyword', ['climate-smart-agriculture'], []],
  ['ar', 'الري الموفر للمياه', 'keyword', ['irrigation-river-basins'], []],
  ['ar', 'مكافحة التصحر', 'keyword', ['land-restoration'], []],
  ['ar', 'ادارة النفايات', 'unaccented', ['solid-waste'], ['circular-economy']],
  ['ar', 'الانذار المبكر', 'unaccented', ['early-warning'], []],
  ['ar', 'صيد الأسماك الحرفي', 'keyword', ['small-scale-fisheries'], []],
  ['ar', 'تسجيل المواليد', 'keyword', ['legal-identity'], []],
  ['ar', 'التعداد السكاني', 'keyword', [], ['statistical-systems'], census],
  ['ar', 'الحكومة الالكترونية', 'unaccented', ['e-government'], []],
  ['ar', 'تسهيل التجارة', 'keyword', ['trade-facilitation'], []],
  ['ar', 'كيف نقلل فاقد الغذاء بعد الحصاد', 'natural', ['cold-chains'], []],
  ['ar', 'الإسكان الميسور', 'keyword', ['affordable-housing'], []],
  ['ar', 'مياة الشرب', 'typo', ['rural-drinking-water'], ['sanitation-hygiene']],
  ['ar', 'الطاقه الشمسيه', 'unaccented', ['solar-mini-grids'], ['renewable-energy-auctions']],

  /* ------------------------------ Russian ------------------------------ */
  ['ru', 'питьевая вода', 'keyword', ['rural-drinking-water'], ['sanitation-hygiene']],
  ['ru', 'доступ к питьевой воде в сёлах', 'natural', ['rural-drinking-water'], ['sanitation-hygiene']],
  ['ru', 'санитария и гигиена', 'keyword', ['sanitation-hygiene'], ['rural-drinking-water']],
  ['ru', 'солнечная энергия', 'keyword', ['solar-mini-grids'], ['renewable-energy-auctions']],
  ['ru', 'солнечные мини-сети для деревень', 'keyword', ['solar-mini-grids'], []],
  ['ru', 'чистые кухонные плиты', 'keyword', ['clean-cooking'], []],
  ['ru', 'денежная помощь бедным семьям', 'keyword', ['social-registries'], ['shock-responsive-protection']],
  ['ru', 'школьное питание', 'keyword', ['school-feeding'], []],
  ['ru', 'вакцинация', 'keyword', [], ['community-health-workers'], vaccination],
  ['ru', 'здоровье матерей и новорожденных', 'unaccented', ['community-health-workers'], []],
  ['ru', 'эпиднадзор и лаборатории', 'keyword', ['disease-surveillance'], []],
  ['ru', 'неинфекционные заболевания', 'keyword', ['noncommunicable-diseases'], []],
  ['ru', 'профессиональное обучение молодёжи', 'keyword', ['vocational-training'], ['youth-employment']],
  ['ru', 'занятость молодежи', 'unaccented', ['youth-employment'], ['vocational-training']],
  ['ru', 'гендерное насилие', 'keyword', ['gender-based-violence'], []],
  ['ru', 'мелкие фермеры и рынки сбыта', 'keyword', ['smallholder-markets'], []],
  ['ru', 'орошение', 'keyword', ['irrigation-river-basins'], []],
  ['ru', 'борьба с опустыниванием', 'keyword', ['land-restoration'], []],
  ['ru', 'вывоз мусора', 'keyword', ['solid-waste'], ['circular-economy']],
  ['ru', 'раннее предупреждение о бедствиях', 'keyword', ['early-warning'], []],
  ['ru', 'мелкое рыболовство', 'keyword', ['small-scale-fisheries'], []],
  ['ru', 'коралловые рифы', 'keyword', ['marine-protected-areas'], []],
  ['ru', 'регистрация рождений', 'keyword', ['legal-identity'], []],
  ['ru', 'налоговое администрирование', 'keyword', ['tax-administration'], []],
  ['ru', 'электронное правительство', 'keyword', ['e-government'], []],
  ['ru', 'передача технологий', 'keyword', ['technology-transfer'], []],
  ['ru', 'питевая вода', 'typo', ['rural-drinking-water'], ['sanitation-hygiene']],
  ['ru', 'школьнное питание', 'typo', ['school-feeding'], []],

  /* ------------------------------ Chinese ------------------------------ */
  ['zh', '饮用水', 'keyword', ['rural-drinking-water'], ['sanitation-hygiene']],
  ['zh', '农村怎样才能喝上安全的水', 'natural', ['rural-drinking-water'], ['sanitation-hygiene']],
  ['zh', '环境卫生', 'keyword', ['sanitation-hygiene'], ['rural-drinking-water']],
  ['zh', '太阳能', 'keyword', ['solar-mini-grids'], ['renewable-energy-auctions']],
  ['zh', '清洁炉灶', 'keyword', ['clean-cooking'], []],
  ['zh', '现金转移支付', 'keyword', ['social-registries'], ['shock-responsive-protection']],
  ['zh', '学校供餐', 'keyword', ['school-feeding'], []],
  ['zh', '疫苗接种', 'keyword', [], ['community-health-workers'], vaccination],
  ['zh', '孕产妇健康', 'keyword', ['community-health-workers'], []],
  ['zh', '疾病监测', 'keyword', ['disease-surveillance'], []],
  ['zh', '非传染性疾病', 'keyword', ['noncommunicable-diseases'], []],
  ['zh', '职业培训', 'keyword', ['vocational-training'], ['youth-employment']],
  ['zh', '青年就业', 'keyword', ['youth-employment'], ['vocational-training']],
  ['zh', '性别暴力', 'keyword', ['gender-based-violence'], []],
  ['zh', '小农户', 'keyword', ['smallholder-markets'], ['climate-smart-agriculture']],
  ['zh', '气候智慧型农业', 'keyword', ['climate-smart-agriculture'], []],
  ['zh', '节水灌溉', 'keyword', ['irrigation-river-basins'], []],
  ['zh', '防治荒漠化', 'keyword', ['land-restoration'], []],
  ['zh', '垃圾处理', 'keyword', ['solid-waste'], ['circular-economy']],
  ['zh', '电子废物', 'keyword', ['circular-economy'], ['solid-waste']],
  ['zh', '预警系统', 'keyword', ['early-warning'], []],
  ['zh', '渔业', 'keyword', ['small-scale-fisheries'], ['blue-economy']],
  ['zh', '出生登记', 'keyword', ['legal-identity'], []],
  ['zh', '电子政务', 'keyword', ['e-government'], []],
  ['zh', '技术转让', 'keyword', ['technology-transfer'], []],
  ['zh', '冷链减少粮食损失', 'keyword', ['cold-chains'], []],
  ['zh', '引用水安全', 'typo', ['rural-drinking-water'], ['sanitation-hygiene']],

  /* ------------------------------ Portuguese ------------------------------ */
  ['pt', 'água potável', 'keyword', ['rural-drinking-water'], ['sanitation-hygiene']],
  ['pt', 'agua potavel', 'unaccented', ['rural-drinking-water'], ['sanitation-hygiene']],
  ['pt', 'energia solar', 'keyword', ['solar-mini-grids'], ['renewable-energy-auctions']],
  ['pt', 'alimentação escolar', 'keyword', ['school-feeding'], []],
  ['pt', 'agroindústria mulheres', 'keyword', ['agro-industrial-parks'], ['financial-inclusion-women']],
  ['pt', 'saúde materna', 'keyword', ['community-health-workers'], []],
  ['pt', 'vacinação', 'keyword', [], ['community-health-workers'], vaccination],
  ['pt', 'pesca artesanal comunitária', 'keyword', ['small-scale-fisheries'], []],
  ['pt', 'formação profissional', 'keyword', ['vocational-training'], ['youth-employment']],
  ['pt', 'gestão de resíduos', 'keyword', ['solid-waste'], ['circular-economy']],
  ['pt', 'alerta precoce', 'keyword', ['early-warning'], []],
  ['pt', 'registo civil', 'keyword', ['legal-identity'], []],
];

export const LABELLED_SEARCH_QUERIES: LabelledSearchQuery[] = ROWS.map(
  ([lang, q, kind, topics, related = [], solutions = {}]) => ({
    id: `${lang}:${q}`,
    lang,
    q,
    kind,
    topics,
    related,
    solutions,
  }),
);

/**
 * The relevant solutions of a query (externalId → grade), given the topic of every generated
 * solution (`generatedSolutionTopics(SEED_SIZE)`) and the hand-written ones' topics.
 */
export function relevantSolutions(
  query: Pick<LabelledSearchQuery, 'topics' | 'related' | 'solutions'>,
  generatedTopics: ReadonlyMap<string, string>,
  realTopics: Record<string, { main: string[]; side: string[] }> = REAL_INITIATIVE_TOPICS,
): Map<string, Grade> {
  const on = new Set(query.topics);
  const near = new Set(query.related);
  const out = new Map<string, Grade>();
  const put = (key: string, g: Grade) => {
    if ((out.get(key) ?? 0) < g) out.set(key, g);
  };
  for (const [key, topic] of generatedTopics) {
    if (on.has(topic)) put(key, 2);
    else if (near.has(topic)) put(key, 1);
  }
  for (const [key, { main, side }] of Object.entries(realTopics)) {
    if (main.some((t) => on.has(t))) put(key, 2);
    else if (main.some((t) => near.has(t)) || side.some((t) => on.has(t))) put(key, 1);
  }
  for (const [key, g] of Object.entries(query.solutions)) put(key, g);
  return out;
}
