/**
 * Feeds for tests. The sample feed is the demo's own (demo/public/feed.json): the demo, the
 * tests and the accessibility checks share one realistic example.
 */
export const SAMPLE_FEED_PATH = '/demo/public/feed.json';
let sample: Promise<Record<string, unknown>> | undefined;

/** A fresh deep copy of the demo's sample feed, for tests to mutate. */
export async function sampleFeed(): Promise<Record<string, any>> {
  sample ??= fetch(SAMPLE_FEED_PATH).then((r) => r.json());
  return structuredClone(await sample);
}

/** A small, hand-made feed for focused cases. */
export function tinyFeed(): Record<string, any> {
  return {
    version: 1,
    updated: '2026-11-01T09:00:00+05:00',
    publisher: { name: { kk: 'ШҚО әкімдігі', ru: 'Акимат ВКО', en: 'EKR akimat' }, url: 'https://example.kz/' },
    regions: [
      { id: '630000000', parent: null, kind: 'region', name: { kk: 'Шығыс Қазақстан облысы', ru: 'Восточно-Казахстанская область', en: 'East Kazakhstan Region' }, aliases: ['ВКО'] },
      { id: '631000000', parent: '630000000', kind: 'city', name: { kk: 'Өскемен қаласы', ru: 'г. Усть-Каменогорск', en: 'Oskemen' }, aliases: ['Ust-Kamenogorsk'] },
    ],
    bodies: [
      { id: 'vko-akimat', region: '630000000', level: 'regional', name: { kk: 'Шығыс Қазақстан облысының әкімдігі', ru: 'Акимат Восточно-Казахстанской области', en: 'Akimat of East Kazakhstan Region' }, url: 'https://example.kz/akimat' },
      { id: 'oskemen-akimat', region: '631000000', level: 'district', name: { kk: 'Өскемен қаласының әкімдігі', ru: 'Акимат города Усть-Каменогорска', en: 'Akimat of Oskemen' } },
    ],
    officers: [
      {
        id: 'o-1', body: 'vko-akimat',
        name: { kk: 'Айгүл Серікқызы Нұрланова', ru: 'Айгуль Сериковна Нурланова', en: 'Aigul Nurlanova' },
        position: { kk: 'Әкім аппараты басшысының орынбасары', ru: 'Заместитель руководителя аппарата акима', en: 'Deputy head of the akim’s office' },
        phones: ['8 (7232) 12-34-56', '+7 701 123 4567'], email: 'a.nurlanova@example.kz',
        address: { ru: 'г. Усть-Каменогорск, ул. Примерная, 1', kk: 'Өскемен қ., Үлгі к-сі, 1' },
        reception: [{ day: 2, from: '15:00', to: '18:00' }, { day: 4, from: '10:00', to: '12:00' }],
      },
      {
        id: 'o-2', body: 'oskemen-akimat',
        name: { kk: 'Ерлан Болатұлы Жақсыбеков', ru: 'Ерлан Болатович Жаксыбеков' },
        position: { kk: 'Қала әкімінің орынбасары', ru: 'Заместитель акима города' },
        phones: ['+77232765432'], reception: [],
      },
    ],
    councils: [],
  };
}

/** A deterministic feed with `officers` officers spread over `districts` districts of one region. */
export function scaleFeed(officers: number, districts = 50): Record<string, any> {
  const feed = tinyFeed();
  for (let d = 0; d < districts; d++) {
    const id = `d-${d}`;
    feed.regions.push({ id, parent: '630000000', kind: 'district', name: { ru: `Район ${d}`, kk: `${d} ауданы`, en: `District ${d}` }, aliases: [] });
    feed.bodies.push({ id: `b-${d}`, region: id, level: 'district', name: { ru: `Акимат района ${d}`, kk: `${d} ауданының әкімдігі`, en: `Akimat of district ${d}` } });
  }
  for (let i = 0; i < officers; i++) {
    feed.officers.push({
      id: `gen-${i}`, body: `b-${i % districts}`,
      name: { ru: `Сотрудник ${String(i).padStart(4, '0')}`, kk: `Қызметкер ${String(i).padStart(4, '0')}`, en: `Officer ${String(i).padStart(4, '0')}` },
      position: { ru: 'Заместитель акима района', kk: 'Аудан әкімінің орынбасары', en: 'Deputy akim of the district' },
      phones: [`+7723200${String(i).padStart(4, '0')}`], reception: [{ day: 1 + (i % 5), from: '15:00', to: '18:00' }],
    });
  }
  return feed;
}
