/**
 * Region feeds for the region picker's tests: a slice of the real tree (names from
 * ../shared/data/kz-regions.json) with two equal district names in different oblasts and one
 * third-level unit, and a synthetic national-scale feed.
 */

type Names = readonly [kk: string, ru: string, en: string];

function region(id: string, parent: string | null, kind: string, [kk, ru, en]: Names, aliases: string[] = []) {
  return { id, parent, kind, name: { kk, ru, en }, aliases };
}

export const EKO = '630000000';
export const OSKEMEN = '631000000';
export const RIDDER = '632400000';
export const ULAN = '636200000';
export const ULAN_RURAL = '636230000';
export const ABAI_REGION = '100000000';
export const SEMEY = '101000000';
export const ABAI_DISTRICT = '103200000';
export const KARAGANDA = '350000000';
export const KARAGANDA_ABAI = '353200000';
export const ASTANA = '710000000';

export function regionFeed(): Record<string, any> {
  return {
    version: 1,
    regions: [
      region(EKO, null, 'region', ['Шығыс Қазақстан облысы', 'Восточно-Казахстанская область', 'East Kazakhstan Region'], ['ВКО', 'Shyghys Qazaqstan']),
      region(OSKEMEN, EKO, 'city', ['Өскемен қаласы', 'г. Усть-Каменогорск', 'Oskemen'], ['Ust-Kamenogorsk']),
      region(RIDDER, EKO, 'city', ['Риддер қаласы', 'г. Риддер', 'Ridder']),
      region('634000000', EKO, 'district', ['Глубокое ауданы', 'Глубоковский район', 'Glubokoe District']),
      region('635200000', EKO, 'district', ['Күршім ауданы', 'Курчумский район', 'Kurchum District']),
      region(ULAN, EKO, 'district', ['Ұлан ауданы', 'Уланский район', 'Ulan District']),
      region(ULAN_RURAL, ULAN, 'rural', ['Қасым Қайсенов кенті', 'посёлок Касыма Кайсенова', 'Kasym Kaisenov']),
      region(ABAI_REGION, null, 'region', ['Абай облысы', 'область Абай', 'Abai Region'], ['Abay', 'Абайская область']),
      region(SEMEY, ABAI_REGION, 'city', ['Семей қаласы', 'г. Семей', 'Semey']),
      region(ABAI_DISTRICT, ABAI_REGION, 'district', ['Абай ауданы', 'Абайский район', 'Abai District']),
      region('104000000', ABAI_REGION, 'district', ['Бородулиха ауданы', 'Бородулихинский район', 'Borodulikha District']),
      region(KARAGANDA, null, 'region', ['Қарағанды облысы', 'Карагандинская область', 'Karaganda Region'], ['Qaraghandy']),
      region(KARAGANDA_ABAI, KARAGANDA, 'district', ['Абай ауданы', 'Абайский район', 'Abai District']),
      region(ASTANA, null, 'city', ['Астана қаласы', 'город Астана', 'Astana']),
      region('750000000', null, 'city', ['Алматы қаласы', 'город Алматы', 'Almaty']),
      region('190000000', null, 'region', ['Алматы облысы', 'Алматинская область', 'Almaty Region']),
    ],
    bodies: [],
    officers: [],
    councils: [],
  };
}

/** 20 oblasts × 12 districts × 9 rural units plus the 20 + 240: 2,420 regions. */
export function nationalFeed(): Record<string, any> {
  const regions = [];
  for (let o = 1; o <= 20; o++) {
    const oblast = `o${o}`;
    regions.push(region(oblast, null, 'region', [`Облыс ${o}`, `Область ${o}`, `Region ${o}`]));
    for (let d = 1; d <= 12; d++) {
      const district = `${oblast}-d${d}`;
      regions.push(region(district, oblast, 'district', [`Аудан ${o}.${d}`, `Район ${o}.${d}`, `District ${o}.${d}`]));
      for (let r = 1; r <= 9; r++) {
        regions.push(region(`${district}-r${r}`, district, 'rural', [`Ауыл ${o}.${d}.${r}`, `Село ${o}.${d}.${r}`, `Village ${o}.${d}.${r}`]));
      }
    }
  }
  return { version: 1, regions, bodies: [], officers: [], councils: [] };
}
