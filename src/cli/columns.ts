/**
 * Column headers as people write them. A header names a field and, for texts, a language:
 * "name_ru", "ФИО (рус)", "Аты-жөні (қаз)", "Name (en)", "Телефон 2". Case, punctuation,
 * "ё", a trailing "*" and a trailing number are ignored; the tables below are the documented
 * vocabulary (docs/csv-import.md), so extend both together.
 */
import type { Locale } from '../feed/types.js';

export const FIELDS = {
  id: ['id', 'ид', 'код', 'като', 'код като', 'kato', 'kato code', 'идентификатор', 'коды', 'сәйкестендіргіш'],
  parent: ['parent', 'parent id', 'родитель', 'родительская единица', 'входит в', 'вышестоящая единица', 'жоғары тұрған бірлік', 'құрамына кіреді'],
  kind: ['kind', 'type', 'тип', 'вид', 'түрі', 'түр'],
  name: ['name', 'full name', 'наименование', 'название', 'фио', 'ф и о', 'имя', 'атауы', 'атау', 'аты жөні', 'аты'],
  aliases: ['aliases', 'alias', 'other names', 'синонимы', 'другие названия', 'варианты написания', 'басқа атаулары', 'балама атаулар', 'синонимдер'],
  iso: ['iso', 'iso code', 'iso 3166 2', 'код iso'],
  region: ['region', 'region id', 'регион', 'область', 'территория', 'өңір', 'аймақ', 'аумақ'],
  level: ['level', 'уровень', 'деңгей', 'деңгейі'],
  url: ['url', 'website', 'web site', 'site', 'link', 'сайт', 'веб сайт', 'интернет ресурс', 'ссылка', 'сілтеме'],
  address: ['address', 'адрес', 'мекенжай', 'мекен жай', 'мекенжайы'],
  phones: ['phone', 'phones', 'telephone', 'тел', 'телефон', 'телефоны', 'телефондар', 'телефон нөмірі', 'рабочий телефон', 'контактный телефон', 'байланыс телефоны'],
  email: ['email', 'e mail', 'mail', 'почта', 'эл почта', 'электронная почта', 'пошта', 'эл пошта', 'электрондық пошта'],
  body: ['body', 'body id', 'орган', 'госорган', 'государственный орган', 'ведомство', 'мемлекеттік орган', 'органы'],
  position: ['position', 'post', 'job title', 'должность', 'лауазым', 'лауазымы'],
  photo: ['photo', 'photo url', 'фото', 'фотография', 'сурет', 'суреті', 'фотосурет'],
  reception: ['reception', 'reception hours', 'прием', 'часы приема', 'график приема', 'время приема', 'қабылдау', 'қабылдау кестесі', 'қабылдау уақыты'],
  reception_place: ['reception place', 'место приема', 'қабылдау орны'],
  reception_note: ['reception note', 'примечание к приему', 'қабылдау туралы ескерту'],
  note: ['note', 'notes', 'примечание', 'комментарий', 'ескерту', 'ескертпе'],
  description: ['description', 'описание', 'сипаттама'],
  chair_name: ['chair', 'chair name', 'председатель', 'фио председателя', 'председатель фио', 'төраға', 'төраға аты жөні', 'төрағаның аты жөні'],
  chair_org: ['chair org', 'chair organization', 'chair organisation', 'организация председателя', 'председатель организация', 'төраға ұйымы', 'төрағаның ұйымы'],
  chair_role: ['chair role', 'роль председателя', 'төрағаның рөлі'],
  council: ['council', 'council id', 'совет', 'общественный совет', 'кеңес', 'қоғамдық кеңес'],
  organization: ['organization', 'organisation', 'org', 'организация', 'место работы', 'ұйым', 'ұйымы'],
  role: ['role', 'роль', 'статус', 'рөл', 'рөлі'],
  civil_society: ['civil society', 'ngo', 'гражданское общество', 'представитель гражданского общества', 'нпо', 'нко', 'азаматтық қоғам', 'үеұ'],
  date: ['date', 'date and time', 'datetime', 'дата', 'дата и время', 'күні', 'күн', 'күні мен уақыты'],
  time: ['time', 'время', 'уақыты', 'уақыт'],
  agenda: ['agenda', 'повестка', 'повестка дня', 'күн тәртібі'],
  place: ['place', 'venue', 'место', 'место проведения', 'орны', 'өтетін орны', 'өткізілетін орны'],
  protocol: ['protocol', 'minutes', 'protocol url', 'протокол', 'ссылка на протокол', 'хаттама'],
} as const;
export type Field = keyof typeof FIELDS;

const LANGUAGE_WORDS: Readonly<Record<Locale, readonly string[]>> = {
  kk: ['kk', 'kz', 'kaz', 'kazakh', 'қаз', 'каз', 'қазақ', 'казах', 'қазақша', 'казахский', 'казахском'],
  ru: ['ru', 'rus', 'russian', 'рус', 'орыс', 'орысша', 'русский', 'русском'],
  en: ['en', 'eng', 'english', 'англ', 'английский', 'английском', 'ағыл', 'ағылш', 'ағылшын', 'ағылшынша'],
};
/** Words around a language name that carry no meaning: "на русском языке", "in English". */
const FILLER = new Set(['на', 'языке', 'язык', 'тілінде', 'тілі', 'тілде', 'in', 'lang', 'language']);

const PHRASES: ReadonlyMap<string, Field> = new Map(
  (Object.entries(FIELDS) as [Field, readonly string[]][]).flatMap(([field, phrases]) => phrases.map((p) => [p, field] as const)),
);
const LANGUAGE_OF: ReadonlyMap<string, Locale> = new Map(
  (Object.entries(LANGUAGE_WORDS) as [Locale, readonly string[]][]).flatMap(([locale, words]) => words.map((w) => [w, locale] as const)),
);

export interface ColumnName {
  readonly field: Field;
  readonly lang?: Locale;
}

/** Lower case, "ё" as "е", anything but letters and digits as a single space. */
export function normalizeHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The field and language a header names, or null when it names nothing we know. */
export function parseHeader(header: string): ColumnName | null {
  const words = normalizeHeader(header).split(' ').filter(Boolean);
  const langs = new Set<Locale>();
  const rest: string[] = [];
  for (const word of words) {
    const lang = LANGUAGE_OF.get(word);
    if (lang) langs.add(lang);
    else if (!FILLER.has(word)) rest.push(word);
  }
  // "Телефон 2", "phone 3": several columns for one list.
  while (rest.length > 1 && /^\d+$/.test(rest[rest.length - 1]!)) rest.pop();
  if (langs.size > 1) return null;
  const field = PHRASES.get(rest.join(' '));
  if (!field) return null;
  const [lang] = langs;
  return lang ? { field, lang } : { field };
}

/** How a header for `field` may be written, for error messages: "name_kk, name_ru, name_en". */
export function exampleHeaders(field: Field, text: boolean): string {
  return text ? `${field}_kk, ${field}_ru or ${field}_en` : field;
}
