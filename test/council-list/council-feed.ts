/**
 * A hand-made feed for the council list: East Kazakhstan with a city and a district below
 * it, Abai region beside it, and a central body. Places and bodies are real names; every
 * person is invented. The clock NOW sits between the councils' past and next meetings.
 */
export const NOW = new Date('2026-11-22T09:00:00+05:00');

const person = (kk: string, ru: string, en: string, organization?: Record<string, string>, civilSociety = true) => ({
  name: { kk, ru, en },
  ...(organization ? { organization } : {}),
  civilSociety,
});

/** 12 members, 9 of them from civil society (as in the EKR council the domain notes cite). */
function vkoMembers() {
  const members = [
    person('Жанар Төлеуқызы Сәрсенова', 'Жанар Толеуовна Сарсенова', 'Zhanar Sarsenova', { kk: '«Ашық қоғам» қоғамдық бірлестігі', ru: 'ОО «Открытое общество»', en: 'Open Society NGO' }),
    person('Бауыржан Серікұлы Әлиев', 'Бауыржан Серикович Алиев', 'Baurzhan Aliev', { kk: 'Экология қоры', ru: 'Экологический фонд', en: 'Ecology Foundation' }),
  ];
  for (let i = 3; i <= 9; i++) members.push(person(`Мүше ${i}`, `Член ${i}`, `Member ${i}`, { ru: `ОО «Пример ${i}»` }));
  for (let i = 10; i <= 12; i++) members.push(person(`Мүше ${i}`, `Член ${i}`, `Member ${i}`, { ru: 'Акимат области' }, false));
  return members;
}

export function councilFeed(): Record<string, any> {
  return {
    version: 1,
    updated: '2026-11-01T09:00:00+05:00',
    publisher: { name: { kk: 'ШҚО әкімдігі', ru: 'Акимат ВКО', en: 'EKR akimat' }, url: 'https://example.kz/', email: 'info@example.kz' },
    regions: [
      { id: '630000000', parent: null, kind: 'region', name: { kk: 'Шығыс Қазақстан облысы', ru: 'Восточно-Казахстанская область', en: 'East Kazakhstan Region' }, aliases: [] },
      { id: '631000000', parent: '630000000', kind: 'city', name: { kk: 'Өскемен қаласы', ru: 'г. Усть-Каменогорск', en: 'Oskemen' }, aliases: [] },
      { id: '634000000', parent: '630000000', kind: 'district', name: { kk: 'Глубокое ауданы', ru: 'Глубоковский район', en: 'Glubokoe District' }, aliases: [] },
      { id: '100000000', parent: null, kind: 'region', name: { kk: 'Абай облысы', ru: 'область Абай', en: 'Abai Region' }, aliases: [] },
      { id: '101000000', parent: '100000000', kind: 'city', name: { kk: 'Семей қаласы', ru: 'г. Семей', en: 'Semey' }, aliases: [] },
    ],
    bodies: [
      { id: 'ministry', region: null, level: 'central', name: { kk: 'Ақпарат және қоғамдық даму министрлігі', ru: 'Министерство информации и общественного развития', en: 'Ministry of Information and Social Development' } },
      { id: 'vko-akimat', region: '630000000', level: 'regional', name: { kk: 'Шығыс Қазақстан облысының әкімдігі', ru: 'Акимат Восточно-Казахстанской области', en: 'Akimat of East Kazakhstan Region' }, url: 'https://example.kz/akimat' },
      { id: 'vko-health', region: '630000000', level: 'regional-department', name: { kk: 'Денсаулық сақтау басқармасы', ru: 'Управление здравоохранения', en: 'Health Department' }, phones: ['+7 7232 11-22-33'], email: 'health@example.kz' },
      { id: 'oskemen-akimat', region: '631000000', level: 'district', name: { kk: 'Өскемен қаласының әкімдігі', ru: 'Акимат города Усть-Каменогорска', en: 'Akimat of Oskemen' } },
      { id: 'glubokoe-akimat', region: '634000000', level: 'district', name: { kk: 'Глубокое ауданының әкімдігі', ru: 'Акимат Глубоковского района', en: 'Akimat of Glubokoe District' } },
      { id: 'abai-akimat', region: '100000000', level: 'regional', name: { kk: 'Абай облысының әкімдігі', ru: 'Акимат области Абай', en: 'Akimat of Abai Region' } },
      { id: 'semey-akimat', region: '101000000', level: 'district', name: { kk: 'Семей қаласының әкімдігі', ru: 'Акимат города Семей', en: 'Akimat of Semey' }, url: 'https://example.kz/semey', phones: ['+7 7222 52-00-00'], email: 'semey@example.kz' },
    ],
    officers: [],
    councils: [
      {
        id: 'c-vko', body: 'vko-akimat',
        name: { kk: 'Шығыс Қазақстан облысының қоғамдық кеңесі', ru: 'Общественный совет Восточно-Казахстанской области', en: 'Public Council of East Kazakhstan Region' },
        chair: { name: { kk: 'Мәди Қайратұлы Омаров', ru: 'Мади Кайратович Омаров', en: 'Madi Omarov' }, organization: { ru: 'Ассоциация НПО', en: 'NGO Association' } },
        members: vkoMembers(),
        email: 'council@example.kz', phones: ['+7 7232 55-66-77'], url: 'https://example.kz/council',
        meetings: [
          { date: '2026-12-05T10:00:00+05:00', agenda: { ru: 'Отчёт акима; бюджет, 2027\nРазное', en: 'Report of the akim; budget, 2027\nOther business' }, place: { ru: 'Усть-Каменогорск, ул. Примерная, 1, зал 2', en: 'Oskemen, 1 Example St, hall 2' } },
          { date: '2026-09-10T10:00:00+05:00', agenda: { en: 'Public hearing on parks' }, protocol: 'https://example.kz/protocols/2026-09-10.pdf' },
          { date: '2026-06-15T10:00:00+05:00', agenda: { en: 'Spring session' } },
          { date: '2027-02-01T10:00:00+05:00', agenda: { en: 'Winter session' } },
        ],
      },
      {
        id: 'c-oskemen', body: 'oskemen-akimat',
        name: { kk: 'Өскемен қаласының қоғамдық кеңесі', ru: 'Общественный совет города Усть-Каменогорска', en: 'Public Council of Oskemen' },
        members: [person('Айдана Нұрқызы Бекова', 'Айдана Нуровна Бекова', 'Aidana Bekova', { ru: 'ОО «Городские инициативы»', en: 'Urban Initiatives NGO' })],
        meetings: [
          { date: '2026-11-25T15:00:00+05:00', agenda: { ru: 'Благоустройство дворов' } },
          { date: '2026-10-01T15:00:00+05:00', agenda: { ru: 'Отопительный сезон' } },
        ],
      },
      {
        id: 'c-health', body: 'vko-health',
        name: { kk: 'Денсаулық сақтау басқармасының қоғамдық кеңесі', ru: 'Общественный совет управления здравоохранения', en: 'Public Council of the Health Department' },
        members: [], meetings: [],
      },
      {
        id: 'c-glubokoe', body: 'glubokoe-akimat',
        name: { kk: 'Глубокое ауданының қоғамдық кеңесі', ru: 'Общественный совет Глубоковского района', en: 'Public Council of Glubokoe District' },
        members: [person('Ерлан Болатұлы Жақсыбеков', 'Ерлан Болатович Жаксыбеков', 'Erlan Zhaksybekov', { ru: 'Фермерское хозяйство «Алтай»' })],
        meetings: [{ date: '2026-12-01T11:00:00+05:00' }],
      },
      {
        id: 'c-abai', body: 'abai-akimat',
        name: { kk: 'Абай облысының қоғамдық кеңесі', ru: 'Общественный совет области Абай', en: 'Public Council of Abai Region' },
        members: [], meetings: [{ date: '2026-11-23T10:00:00+05:00' }],
      },
      {
        id: 'c-ministry', body: 'ministry',
        name: { kk: 'Министрліктің қоғамдық кеңесі', ru: 'Общественный совет министерства', en: 'Public Council of the Ministry' },
        members: [], meetings: [],
      },
    ],
  };
}

/** `count` generated councils under East Kazakhstan, for paging and large-list behaviour. */
export function manyCouncilsFeed(count: number): Record<string, any> {
  const feed = councilFeed();
  feed.councils = Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(4, '0');
    return {
      id: `gen-${n}`,
      body: i % 2 ? 'oskemen-akimat' : 'vko-health',
      name: { kk: `Кеңес ${n}`, ru: `Совет ${n}`, en: `Council ${n}` },
      members: [person(`Адам ${n}`, `Человек ${n}`, `Person ${n}`)],
      meetings: [{ date: `2026-12-${String((i % 28) + 1).padStart(2, '0')}T10:00:00+05:00` }],
    };
  });
  return feed;
}
