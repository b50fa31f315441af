import {
  conceptVector,
  detectLanguage,
  expandQuery,
  GLOSSARY,
  GLOSSARY_LOAD_MS,
  SDG_MODEL_LOAD_MS,
  normalizeForSearch,
  topTargets,
  type SearchLang,
} from '@galaxy/language';

/**
 * Cost of query understanding (libs/language) per call, in microseconds, on mixed queries in the
 * seven search languages and on record-length texts; the baseline in the same run is plain
 * normalization (what indexing any text costs anyway). `npm run bench:language`.
 */
const QUERIES: readonly [string, SearchLang][] = [
  ['drinking water', 'en'],
  ['smallholder farmers climate adaptation', 'en'],
  ['solar mini-grids for rural clinics', 'en'],
  ['vaccination', 'en'],
  ['youth unemployment', 'en'],
  ['eau potable', 'fr'],
  ['petits exploitants agricoles', 'fr'],
  ['alimentation scolaire', 'fr'],
  ["énergie solaire pour l'irrigation", 'fr'],
  ['agua potable', 'es'],
  ['vacunación infantil', 'es'],
  ['inclusión financiera de las mujeres rurales', 'es'],
  ['gestión de residuos sólidos', 'es'],
  ['água potável', 'pt'],
  ['segurança alimentar', 'pt'],
  ['agricultura familiar e mercados', 'pt'],
  ['التطعيم', 'ar'],
  ['مياه الشرب في المناطق الريفية', 'ar'],
  ['تمكين المرأة اقتصاديا', 'ar'],
  ['الطاقة الشمسية', 'ar'],
  ['питьевая вода', 'ru'],
  ['продовольственная безопасность', 'ru'],
  ['цифровые навыки молодежи', 'ru'],
  ['太阳能', 'zh'],
  ['饮用水', 'zh'],
  ['农村电气化', 'zh'],
  ['妇女赋权 小额信贷', 'zh'],
];

const RECORDS: readonly [string, SearchLang][] = [
  [
    'Community water committees in rural districts repaired boreholes, installed solar pumps and trained caretakers, so that households no longer walk hours to fetch unsafe water from rivers. Chlorination at the water point and hygiene promotion in schools reduced diarrhoea among children.',
    'en',
  ],
  [
    'Les coopératives de petits producteurs ont reçu des semences améliorées, une formation en agriculture de conservation et un accès au crédit, ce qui a augmenté les rendements et réduit les pertes après récolte dans les zones touchées par la sécheresse.',
    'fr',
  ],
  [
    'El programa de alimentación escolar compra alimentos a la agricultura familiar local, mejora la nutrición de los niños y niñas y aumenta la asistencia escolar, con huertos escolares y educación nutricional.',
    'es',
  ],
  [
    'أنشأت البلديات نظاما للإنذار المبكر بالفيضانات يربط محطات الرصد الجوي بالرسائل النصية، ودربت المتطوعين على الإجلاء، مما قلل الخسائر في الأرواح والممتلكات في المجتمعات الساحلية.',
    'ar',
  ],
  [
    'Региональные центры занятости предложили молодежи профессиональное обучение, стажировки на предприятиях и микрогранты для начала собственного дела; две трети участников нашли работу в течение года.',
    'ru',
  ],
  [
    '合作伙伴在偏远村庄建设太阳能微电网，为诊所和学校供电，并培训当地技术员负责运行维护，减少了对柴油发电机的依赖。',
    'zh',
  ],
];

/** Runs `fn` (one pass over `items` texts) `rounds` times; prints and returns microseconds per text. */
function perCall(label: string, rounds: number, items: number, fn: () => void, baseline?: number): number {
  for (let i = 0; i < 50; i++) fn();
  const start = process.hrtime.bigint();
  for (let i = 0; i < rounds; i++) fn();
  const us = Number(process.hrtime.bigint() - start) / 1000 / rounds / items;
  const vs = baseline ? `  (${(us / baseline).toFixed(1)} x baseline)` : '';
  console.log(`${label.padEnd(44)} ${us.toFixed(1).padStart(8)} µs per text${vs}`);
  return us;
}

function main(): void {
  // Module load builds the glossary index and the SDG models: measured from process start.
  console.log(`process start to first line (node start + module load): ${(process.uptime() * 1000).toFixed(0)} ms`);
  console.log(
    `of which building the glossary index ${GLOSSARY_LOAD_MS.toFixed(0)} ms, the SDG models ${SDG_MODEL_LOAD_MS.toFixed(0)} ms`,
  );
  console.log(`glossary: ${GLOSSARY.length} concepts; ${QUERIES.length} queries, ${RECORDS.length} records\n`);
  const q = (f: (text: string, lang: SearchLang) => unknown) => () => {
    for (const [text, lang] of QUERIES) f(text, lang);
  };
  const r = (f: (text: string, lang: SearchLang) => unknown) => () => {
    for (const [text, lang] of RECORDS) f(text, lang);
  };
  const rounds = 200;
  const nq = QUERIES.length;
  const nr = RECORDS.length;
  const base = perCall('baseline: normalizeForSearch(query)', rounds, nq, q(normalizeForSearch));
  console.log('per query:');
  perCall(
    '  detectLanguage(query)',
    rounds,
    nq,
    q((t) => detectLanguage(t)),
    base,
  );
  perCall(
    '  expandQuery(query) (detects the language)',
    rounds,
    nq,
    q((t) => expandQuery(t)),
    base,
  );
  perCall('  conceptVector(query, lang)', rounds, nq, q(conceptVector), base);
  perCall(
    '  expandQuery + conceptVector(query)',
    rounds,
    nq,
    q((t) => conceptVector(t, expandQuery(t).lang ?? 'en')),
    base,
  );
  console.log('');
  const baseRecord = perCall('baseline: normalizeForSearch(record)', rounds, nr, r(normalizeForSearch));
  perCall('conceptVector(record, lang)', rounds, nr, r(conceptVector), baseRecord);
  console.log('');
  for (const [text, lang] of RECORDS) {
    console.log(
      `${lang}: ${topTargets(conceptVector(text, lang), 3)
        .map((t) => `${t.id} ${t.score.toFixed(2)}`)
        .join(', ')}`,
    );
  }
}

main();
