// Generated feeds for the bench: national scale (2,500 regions in a 4-level tree, 3,000
// officers, 300 councils with 15 members and 10 meetings each) and multiples of it, built
// deterministically from a seed so that every run of the bench measures the same document.
//
// Names are made from syllables in Kazakh Cyrillic, then spelled in Russian and in Latin the
// way feeds actually spell them (ә → а, қ → к, ң → н…; Latin by ICAO-like rules), so that the
// search workloads meet the same cross-script matches real users hit. Ids are KATO-like
// 9-digit codes (oblast AA, district BB, rural district CCC, village DD). Every record is
// valid per feed.schema.json and src/feed/validate.ts (test/node/generate-feed.test.mjs
// checks the schema; the bench checks the validator in the browser).
//
// Plain JS, no dependencies: `node bench/generate-feed.js --scale 1 --out feed.json`.

/** The national-scale counts; `scale` multiplies every one but the top level. */
export const NATIONAL = Object.freeze({ regions: 2500, officers: 3000, councils: 300, members: 15, meetings: 10 });

// --- deterministic randomness ----------------------------------------------------------

/** mulberry32: small, fast, good enough to pick syllables; same seed, same feed. */
function random(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  return { next, int, pick: (list) => list[int(list.length)], chance: (p) => next() < p };
}

// --- spelling ----------------------------------------------------------------------------

const KK_TO_RU = { ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и' };
const KK_TO_LATIN = {
  а: 'a', ә: 'a', б: 'b', в: 'v', г: 'g', ғ: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i',
  й: 'i', к: 'k', қ: 'k', л: 'l', м: 'm', н: 'n', ң: 'n', о: 'o', ө: 'o', п: 'p', р: 'r', с: 's',
  т: 't', у: 'u', ұ: 'u', ү: 'u', ф: 'f', х: 'kh', һ: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', і: 'i', ь: '', э: 'e', ю: 'yu', я: 'ya',
};
// Kazakh Latin (2021): what some people type and some feeds list as aliases.
const KK_TO_LATIN_2021 = { ...KK_TO_LATIN, ә: 'ä', ғ: 'ğ', қ: 'q', ң: 'ñ', ө: 'ö', ұ: 'ū', ү: 'ü', ы: 'y', і: 'ı', ш: 'ş', ч: 'ç', х: 'h', й: 'i', у: 'u' };

const capital = (word) => word.charAt(0).toUpperCase() + word.slice(1);
const spell = (text, table) => [...text].map((ch) => {
  const lower = ch.toLowerCase();
  const out = table[lower];
  if (out === undefined) return ch;
  return ch === lower ? out : capital(out);
}).join('');
const toRu = (kk) => spell(kk, KK_TO_RU);
const toLatin = (kk) => spell(kk, KK_TO_LATIN);
const toLatin2021 = (kk) => spell(kk, KK_TO_LATIN_2021);

// --- names ---------------------------------------------------------------------------------

const PLACE_SYLLABLES = [
  'ақ', 'қара', 'көк', 'сары', 'жаңа', 'ұзын', 'тал', 'бұлақ', 'су', 'тау', 'көл', 'бел', 'өзек',
  'жар', 'қоңыр', 'ала', 'ой', 'құм', 'терек', 'шоқы', 'бай', 'ер', 'қайың', 'арал', 'сай', 'бас',
  'төбе', 'жол', 'қызыл', 'алма', 'есіл', 'нұр', 'шар', 'үлкен', 'кіші', 'сор', 'тас', 'бидай',
  'жел', 'орман', 'қорған', 'шыған', 'мойын', 'бөрі', 'кен', 'түбек',
];

function placeName(rng) {
  const count = rng.chance(0.7) ? 2 : 3;
  let name = '';
  for (let i = 0; i < count; i++) name += rng.pick(PLACE_SYLLABLES);
  return capital(name);
}

const MALE = [
  ['Данияр', 'Данияр', 'Daniyar'], ['Ерлан', 'Ерлан', 'Yerlan'], ['Нұрлан', 'Нурлан', 'Nurlan'],
  ['Асқар', 'Аскар', 'Askar'], ['Серік', 'Серик', 'Serik'], ['Марат', 'Марат', 'Marat'],
  ['Қайрат', 'Кайрат', 'Kairat'], ['Бауыржан', 'Бауржан', 'Baurzhan'], ['Ғалым', 'Галым', 'Galym'],
  ['Арман', 'Арман', 'Arman'], ['Дәурен', 'Даурен', 'Dauren'], ['Ержан', 'Ержан', 'Yerzhan'],
  ['Болат', 'Болат', 'Bolat'], ['Мұрат', 'Мурат', 'Murat'], ['Тимур', 'Тимур', 'Timur'],
  ['Олжас', 'Олжас', 'Olzhas'], ['Сергей', 'Сергей', 'Sergei'], ['Андрей', 'Андрей', 'Andrei'],
];
const FEMALE = [
  ['Гүлнара', 'Гульнара', 'Gulnara'], ['Айгерім', 'Айгерим', 'Aigerim'], ['Жұлдыз', 'Жулдыз', 'Zhuldyz'],
  ['Ақмарал', 'Акмарал', 'Akmaral'], ['Динара', 'Динара', 'Dinara'], ['Сәуле', 'Сауле', 'Saule'],
  ['Әсел', 'Асель', 'Assel'], ['Мадина', 'Мадина', 'Madina'], ['Айнұр', 'Айнур', 'Ainur'],
  ['Гүлмира', 'Гульмира', 'Gulmira'], ['Салтанат', 'Салтанат', 'Saltanat'], ['Камила', 'Камила', 'Kamila'],
  ['Ольга', 'Ольга', 'Olga'], ['Наталья', 'Наталья', 'Natalya'],
];
const SURNAME_ROOTS = [
  'Ахмет', 'Ермек', 'Нұрлан', 'Сейіт', 'Қасым', 'Бек', 'Тұрсын', 'Есім', 'Жақып', 'Мұхамет', 'Бейсен',
  'Қожахмет', 'Омар', 'Сапар', 'Әбді', 'Тоқтар', 'Иса', 'Жұма', 'Құдайберген', 'Сұлтан', 'Әлім',
  'Кенжебай', 'Оспан', 'Байжан', 'Темір', 'Ысқақ', 'Рахым', 'Садық', 'Шәкен', 'Төлеген',
];

function person(rng) {
  const female = rng.chance(0.5);
  const [kkFirst, ruFirst, enFirst] = rng.pick(female ? FEMALE : MALE);
  // Patronymics from Kazakh fathers' names only (the first 16 in MALE).
  const [kkFather, ruFather] = MALE[rng.int(16)];
  let root = rng.pick(SURNAME_ROOTS);
  if (rng.chance(0.3)) root += rng.pick(['бай', 'бек', 'жан']);
  const soft = /[аеәіыиоөұүу]$/.test(root);
  const ending = soft ? (female ? 'ева' : 'ев') : female ? 'ова' : 'ов';
  const kkPatronymic = `${kkFather}${female ? 'қызы' : 'ұлы'}`;
  const ruPatronymic = `${ruFather.replace(/й$/, '')}${ruFather.endsWith('й') ? (female ? 'евна' : 'евич') : female ? 'овна' : 'ович'}`;
  return {
    kk: `${root}${ending} ${kkFirst} ${kkPatronymic}`,
    ru: `${toRu(root)}${ending} ${ruFirst} ${ruPatronymic}`,
    en: `${enFirst} ${toLatin(root)}${toLatin(ending)}`,
    latin: toLatin(root).toLowerCase(),
  };
}

// --- the region tree -------------------------------------------------------------------------

// KATO oblast codes (first two digits) of 17 regions and the three cities of republican status.
const OBLAST_CODES = ['10', '11', '15', '19', '23', '27', '31', '33', '35', '39', '43', '47', '55', '59', '61', '62', '63'];
const CITY_CODES = ['71', '75', '79'];

const KIND_NAMES = {
  region: (n) => ({ kk: `${n} облысы`, ru: `область ${toRu(n)}`, en: `${toLatin(n)} Region` }),
  city: (n) => ({ kk: `${n} қаласы`, ru: `город ${toRu(n)}`, en: toLatin(n) }),
  district: (n) => ({ kk: `${n} ауданы`, ru: `район ${toRu(n)}`, en: `${toLatin(n)} District` }),
  okrug: (n) => ({ kk: `${n} ауылдық округі`, ru: `${toRu(n)} сельский округ`, en: `${toLatin(n)} Rural District` }),
  village: (n) => ({ kk: `${n} ауылы`, ru: `село ${toRu(n)}`, en: `${toLatin(n)} village` }),
};

/** Splits `total` into `parts` counts that differ by at most one, shuffled a little. */
function spread(total, parts) {
  const base = Math.floor(total / parts);
  return Array.from({ length: parts }, (_, i) => base + (i < total % parts ? 1 : 0));
}

function region(id, parent, kind, flavour, rng, withAliases) {
  const stem = placeName(rng);
  const name = KIND_NAMES[flavour](stem);
  const aliases = [];
  if (withAliases) {
    aliases.push(toLatin2021(stem), toRu(stem));
    if (rng.chance(0.3)) aliases.push(`${toLatin(stem)} ${kind === 'city' ? 'qalasy' : kind === 'region' ? 'oblysy' : 'audany'}`);
  }
  return { id, parent, kind, name, aliases: [...new Set(aliases)].filter((a) => a !== name.kk) };
}

function buildRegions(total, rng) {
  const regions = [];
  const tops = [];
  OBLAST_CODES.forEach((code) => {
    const r = region(`${code}0000000`, null, 'region', 'region', rng, true);
    r.iso = `KZ-${code}`;
    tops.push(r);
  });
  CITY_CODES.forEach((code) => {
    const r = region(`${code}0000000`, null, 'city', 'city', rng, true);
    r.iso = `KZ-${code}`;
    tops.push(r);
  });
  regions.push(...tops);
  // Level sizes at national scale: 20 / 200 / 1,400 / 880; larger feeds keep the proportions.
  const rest = total - tops.length;
  // A KATO district code has two digits: at most 99 districts and cities per oblast.
  const level2 = Math.min(Math.round(rest * 0.081), 99 * tops.length);
  const level3 = Math.round(rest * 0.566);
  const level4 = rest - level2 - level3;

  const seconds = [];
  spread(level2, tops.length).forEach((count, t) => {
    const top = tops[t];
    for (let i = 1; i <= count; i++) {
      const city = top.kind === 'city' || rng.chance(0.15);
      const kind = top.kind === 'city' ? 'district' : city ? 'city' : 'district';
      const r = region(`${top.id.slice(0, 2)}${String(i).padStart(2, '0')}00000`, top.id, kind, kind, rng, true);
      seconds.push(r);
    }
  });
  regions.push(...seconds);

  const thirds = [];
  spread(level3, seconds.length).forEach((count, s) => {
    const second = seconds[s];
    for (let i = 1; i <= count; i++) {
      const town = rng.chance(0.06);
      const r = region(`${second.id.slice(0, 4)}${String(i).padStart(3, '0')}00`, second.id, town ? 'city' : 'rural', town ? 'city' : 'okrug', rng, false);
      thirds.push(r);
    }
  });
  regions.push(...thirds);

  const rural = thirds.filter((r) => r.kind === 'rural');
  spread(level4, rural.length).forEach((count, t) => {
    const third = rural[t];
    for (let i = 1; i <= count; i++) {
      regions.push(region(`${third.id.slice(0, 7)}${String(i).padStart(2, '0')}`, third.id, 'rural', 'village', rng, false));
    }
  });
  return { regions, tops, seconds };
}

// --- bodies, officers, councils ---------------------------------------------------------------

const MINISTRIES = [
  ['Мәдениет және ақпарат министрлігі', 'Министерство культуры и информации', 'Ministry of Culture and Information', 'mci'],
  ['Денсаулық сақтау министрлігі', 'Министерство здравоохранения', 'Ministry of Health', 'dsm'],
  ['Оқу-ағарту министрлігі', 'Министерство просвещения', 'Ministry of Education', 'edu'],
  ['Еңбек және халықты әлеуметтік қорғау министрлігі', 'Министерство труда и социальной защиты населения', 'Ministry of Labour and Social Protection', 'enbek'],
  ['Ішкі істер министрлігі', 'Министерство внутренних дел', 'Ministry of Internal Affairs', 'qriim'],
  ['Әділет министрлігі', 'Министерство юстиции', 'Ministry of Justice', 'adilet'],
  ['Экология және табиғи ресурстар министрлігі', 'Министерство экологии и природных ресурсов', 'Ministry of Ecology and Natural Resources', 'ecogeo'],
  ['Ауыл шаруашылығы министрлігі', 'Министерство сельского хозяйства', 'Ministry of Agriculture', 'moa'],
  ['Цифрлық даму министрлігі', 'Министерство цифрового развития', 'Ministry of Digital Development', 'mdai'],
  ['Туризм және спорт министрлігі', 'Министерство туризма и спорта', 'Ministry of Tourism and Sports', 'tsm'],
];
const DEPARTMENTS = [
  ['ішкі саясат басқармасы', 'управление внутренней политики', 'Internal Policy Department', 'ip'],
  ['білім басқармасы', 'управление образования', 'Education Department', 'edu'],
  ['денсаулық сақтау басқармасы', 'управление здравоохранения', 'Health Department', 'dz'],
  ['мәдениет басқармасы', 'управление культуры', 'Culture Department', 'cult'],
  ['жастар саясаты басқармасы', 'управление молодёжной политики', 'Youth Policy Department', 'youth'],
];
const POSITIONS = [
  ['Бас маман', 'Главный специалист', 'Chief Specialist'],
  ['Бөлім басшысы', 'Руководитель отдела', 'Head of Division'],
  ['Басшының орынбасары', 'Заместитель руководителя', 'Deputy Head'],
  ['Азаматтық қоғаммен өзара іс-қимыл жөніндегі кеңесші', 'Советник по взаимодействию с гражданским обществом', 'Adviser on Interaction with Civil Society'],
  ['Әкімнің орынбасары', 'Заместитель акима', 'Deputy Akim'],
  ['Қоғаммен байланыс бөлімінің басшысы', 'Руководитель отдела по связям с общественностью', 'Head of Public Relations'],
];
const AGENDAS = [
  ['Әкімдіктің жылдық есебін тыңдау', 'Заслушивание годового отчёта акимата', 'Hearing the akimat’s annual report'],
  ['Жергілікті бюджеттің жобасын талқылау', 'Обсуждение проекта местного бюджета', 'Discussion of the draft local budget'],
  ['Ауыз сумен қамтамасыз ету мәселелері', 'Вопросы обеспечения питьевой водой', 'Drinking-water supply'],
  ['Мемлекеттік әлеуметтік тапсырыстың қорытындылары', 'Итоги государственного социального заказа', 'Results of the state social order'],
  ['Жолдарды жөндеу жоспары', 'План ремонта дорог', 'Road repair plan'],
  ['Жастар саясатын іске асыру', 'Реализация молодёжной политики', 'Implementation of youth policy'],
  ['Қоғамдық бақылаудың нәтижелері', 'Результаты общественного контроля', 'Results of public control'],
];
const ORGANIZATIONS = [
  ['«Құқықтық көмек орталығы» қоғамдық қоры', 'ОФ «Центр правовой помощи»', 'Public Foundation “Legal Aid Centre”'],
  ['«Жастар бастамасы» қоғамдық бірлестігі', 'ОО «Молодёжная инициатива»', 'NGO “Youth Initiative”'],
  ['«Тең мүмкіндік» қоғамдық бірлестігі', 'ОО «Равные возможности»', 'NGO “Equal Opportunities”'],
  ['Кәсіпкерлер палатасы', 'Палата предпринимателей', 'Chamber of Entrepreneurs'],
  ['«Таза орта» экологиялық қоры', 'Экологический фонд «Чистая среда»', 'Ecological Foundation “Clean Environment”'],
  ['Ардагерлер кеңесі', 'Совет ветеранов', 'Council of Veterans'],
];
const AREA_CODES = ['7172', '727', '7232', '7222', '7252', '7212', '7182', '7112', '7132', '7142', '7152', '7162', '7242', '7262', '7272', '7282', '7292', '71455', '72336'];
const MOBILE_CODES = ['701', '702', '705', '707', '747', '771', '775', '777', '778'];

const triple = ([kk, ru, en]) => ({ kk, ru, en });
const digits = (rng, n) => Array.from({ length: n }, () => rng.int(10)).join('');

/** A Kazakhstan number in one of the spellings feeds use (all normalise to E.164). */
function phone(rng) {
  if (rng.chance(0.3)) return `+7${rng.pick(MOBILE_CODES)}${digits(rng, 7)}`;
  const area = rng.pick(AREA_CODES);
  const rest = digits(rng, 10 - area.length);
  const grouped = `${rest.slice(0, -4)}-${rest.slice(-4, -2)}-${rest.slice(-2)}`;
  return rng.chance(0.5) ? `+7 ${area} ${grouped}` : `8 (${area}) ${grouped}`;
}

function reception(rng, place) {
  const slots = [];
  const count = 1 + rng.int(2);
  const days = new Set();
  while (days.size < count) days.add(1 + rng.int(5));
  for (const day of [...days].sort()) {
    const start = 9 + rng.int(7);
    slots.push({ day, from: `${String(start).padStart(2, '0')}:00`, to: `${String(start + 2).padStart(2, '0')}:00`, ...(rng.chance(0.5) ? { place } : {}) });
  }
  return slots;
}

const DAY = 86_400_000;
const isoDate = (ms, hour) => `${new Date(ms).toISOString().slice(0, 10)}T${String(hour).padStart(2, '0')}:00:00+05:00`;

/**
 * The feed. `scale` 1 is national scale; 10 is ten times as many regions (below the top
 * level), officers and councils.
 */
export function generateFeed({ scale = 1, seed = 2026 } = {}) {
  const rng = random(seed * 7919 + scale);
  const { regions, tops, seconds } = buildRegions(Math.round(NATIONAL.regions * scale), rng);
  const byId = new Map(regions.map((r) => [r.id, r]));
  const nameOf = (id) => byId.get(id)?.name;

  const bodies = MINISTRIES.map(([kk, ru, en, slug]) => ({
    id: `kz-${slug}`, region: null, level: 'central',
    name: { kk: `Қазақстан Республикасы ${kk}`, ru: `${ru} Республики Казахстан`, en: `${en} of the Republic of Kazakhstan` },
    url: `https://www.gov.kz/memleket/entities/${slug}`,
    phones: [phone(rng)], email: `kense@${slug}.example.kz`,
  }));
  const local = [];
  for (const top of tops) {
    const code = top.id.slice(0, 2);
    const akimat = {
      id: `akimat-${code}`, region: top.id, level: 'regional',
      name: { kk: `${top.name.kk} әкімдігі`, ru: `Акимат: ${top.name.ru}`, en: `Akimat of ${top.name.en}` },
      url: `https://www.gov.kz/memleket/entities/akimat-${code}`,
      address: { kk: `${top.name.kk}, Бейбітшілік көшесі, ${1 + rng.int(90)}`, ru: `${top.name.ru}, ул. Бейбитшилик, ${1 + rng.int(90)}`, en: `${1 + rng.int(90)} Beibitshilik St, ${top.name.en}` },
      phones: [phone(rng), phone(rng)], email: `info@akimat${code}.example.kz`,
    };
    local.push(akimat);
    for (const [kk, ru, en, slug] of DEPARTMENTS) {
      local.push({
        id: `${slug}-${code}`, region: top.id, level: 'regional-department',
        name: { kk: `${top.name.kk} ${kk}`, ru: `${capital(ru)}: ${top.name.ru}`, en: `${en}, ${top.name.en}` },
        phones: [phone(rng)], email: `${slug}@akimat${code}.example.kz`,
      });
    }
  }
  for (const second of seconds) {
    local.push({
      id: `akimat-${second.id}`, region: second.id, level: 'district',
      name: { kk: `${second.name.kk} әкімдігі`, ru: `Акимат: ${second.name.ru}`, en: `Akimat of ${second.name.en}` },
      phones: [phone(rng)], email: `akimat-${second.id}@example.kz`,
    });
  }
  bodies.push(...local);

  const officerCount = Math.round(NATIONAL.officers * scale);
  const officers = [];
  for (let i = 0; i < officerCount; i++) {
    // Every body gets one officer first, then the rest go to local bodies at random.
    const body = i < bodies.length ? bodies[i] : local[rng.int(local.length)];
    const name = person(rng);
    const room = rng.int(400) + 100;
    const place = { kk: `${room}-кабинет`, ru: `кабинет ${room}`, en: `room ${room}` };
    officers.push({
      id: `o-${i + 1}`, body: body.id, name: { kk: name.kk, ru: name.ru, en: name.en },
      position: triple(rng.pick(POSITIONS)),
      phones: rng.chance(0.4) ? [phone(rng), phone(rng)] : [phone(rng)],
      email: `${name.latin}.${i + 1}@${body.email.split('@')[1]}`,
      reception: reception(rng, place),
      ...(rng.chance(0.3) ? { note: { ru: 'Предварительная запись по телефону', kk: 'Телефон арқылы алдын ала жазылу' } } : {}),
    });
  }

  const councilCount = Math.round(NATIONAL.councils * scale);
  const councils = [];
  const start = Date.UTC(2025, 8, 1);
  for (let i = 0; i < councilCount; i++) {
    const body = local[rng.int(local.length)];
    const where = nameOf(body.region) ?? body.name;
    const member = () => {
      const p = person(rng);
      const civil = rng.chance(0.7);
      return {
        name: { kk: p.kk, ru: p.ru, en: p.en },
        ...(civil ? { organization: triple(rng.pick(ORGANIZATIONS)) } : { organization: body.name }),
        civilSociety: civil,
      };
    };
    const chair = person(rng);
    const meetings = [];
    for (let m = 0; m < NATIONAL.meetings; m++) {
      const ms = start + (m * 61 + rng.int(20)) * DAY;
      meetings.push({
        date: isoDate(ms, rng.pick([10, 11, 15])),
        agenda: triple(rng.pick(AGENDAS)),
        place: { kk: 'Әкімдіктің мәжіліс залы', ru: 'Зал заседаний акимата', en: 'Akimat assembly hall' },
        ...(m < 4 ? { protocol: `https://example.kz/councils/c-${i + 1}/protocol-${m + 1}.pdf` } : {}),
      });
    }
    councils.push({
      id: `c-${i + 1}`, body: body.id,
      name: { kk: `${where.kk} қоғамдық кеңесі`, ru: `Общественный совет: ${where.ru}`, en: `Public Council of ${where.en}` },
      description: { kk: 'Консультативтік-кеңесші және байқаушы орган.', ru: 'Консультативно-совещательный и наблюдательный орган.', en: 'A consultative, advisory and supervisory body.' },
      chair: { name: { kk: chair.kk, ru: chair.ru, en: chair.en }, role: { kk: 'Төраға', ru: 'Председатель', en: 'Chair' } },
      members: Array.from({ length: NATIONAL.members }, member),
      meetings,
      email: `council-${i + 1}@example.kz`,
      phones: [phone(rng)],
      url: `https://example.kz/councils/c-${i + 1}`,
    });
  }

  return {
    version: 1,
    updated: '2026-11-01T09:00:00+05:00',
    publisher: {
      name: { kk: 'Бенчмарк деректері', ru: 'Данные бенчмарка', en: 'Benchmark data' },
      url: 'https://example.kz/', email: 'bench@example.kz', phones: ['+77172000000'],
    },
    regions, bodies, officers, councils,
  };
}

/** Queries the bench types: names that exist in the feed, in Cyrillic and in Latin. */
export function benchQueries(feed) {
  const second = feed.regions.find((r) => r.kind === 'district');
  const stem = second.name.kk.replace(/ ауданы$/, '');
  const officer = feed.officers[Math.floor(feed.officers.length / 2)];
  const council = feed.councils[Math.floor(feed.councils.length / 2)];
  return {
    regionCyrillic: stem.toLowerCase(),
    regionLatin: toLatin(stem).toLowerCase(),
    officerCyrillic: officer.name.ru.split(' ')[0].toLowerCase(),
    officerLatin: officer.name.en.split(' ').pop().toLowerCase(),
    // A council by a word of its name and its place, "Общественный совет: район Кенарал":
    // "совет кенарал" / "council kenaral".
    councilCyrillic: `совет ${council.name.ru.split(' ').pop().toLowerCase()}`,
    councilLatin: `council ${council.name.en.replace(/^Public Council of /, '').split(' ')[0].toLowerCase()}`,
    officerId: officer.id,
  };
}

// CLI: node bench/generate-feed.js [--scale N] [--seed N] [--out file]
if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, fallback) => {
    const at = process.argv.indexOf(`--${name}`);
    return at > 0 ? process.argv[at + 1] : fallback;
  };
  const feed = generateFeed({ scale: Number(arg('scale', 1)), seed: Number(arg('seed', 2026)) });
  const json = JSON.stringify(feed);
  const out = arg('out', null);
  if (out) {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(out, json);
    console.log(`${out}: ${feed.regions.length} regions, ${feed.bodies.length} bodies, ${feed.officers.length} officers, ${feed.councils.length} councils, ${(json.length / 1e6).toFixed(1)} MB`);
  } else {
    process.stdout.write(json);
  }
}
