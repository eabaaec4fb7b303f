// The pieces of `akimat-widgets import` that read spreadsheets: the CSV reader (RFC 4180,
// encodings, separators), header names in three languages, and reception hours.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { decodeCsv, parseCsv, readCsv, sniffSeparator, parseHeader, parseReception } from '../../dist/cli.js';
import { encode1251, utf8WithBom } from '../support/cli.mjs';

describe('CSV reader', () => {
  test('RFC 4180 quoting: separators, doubled quotes and line breaks inside quoted cells', () => {
    assert.deepEqual(parseCsv('a,"b, c","say ""hi""","two\nlines"\r\nx,y,z,w\r\n', ','), [
      ['a', 'b, c', 'say "hi"', 'two\nlines'],
      ['x', 'y', 'z', 'w'],
    ]);
  });

  test('a line break inside a cell reads as \\n whatever the line ends', () => {
    assert.deepEqual(parseCsv('"a\r\nb";"c\rd"\r', ';'), [['a\nb', 'c\nd']]);
  });

  test('CR-only line ends (Excel for Mac), empty cells, no final line break', () => {
    assert.deepEqual(parseCsv('a;;c\r1;2;', ';'), [['a', '', 'c'], ['1', '2', '']]);
  });

  test('a quote inside an unquoted cell is an ordinary character, as in Excel', () => {
    assert.deepEqual(parseCsv('ОО «Жастар» "Болашақ",x', ','), [['ОО «Жастар» "Болашақ"', 'x']]);
  });

  test('an unclosed quote is an error naming the row', () => {
    assert.throws(() => parseCsv('a,b\n"c,d\ne,f\n', ','), /row 2: a quoted cell is never closed/);
  });

  test('the separator is sniffed from the header row, outside quotes', () => {
    assert.equal(sniffSeparator('id;name_ru;phones\n1;"a, b, c, d";x'), ';');
    assert.equal(sniffSeparator('id,name_ru,"phones; mobile"\n1;2;3;4;5'), ',');
    assert.equal(sniffSeparator('id\tname\n'), '\t');
    assert.equal(sniffSeparator('id\n1\n'), ',');
  });

  test('encodings: BOM, valid UTF-8, otherwise Windows-1251; UTF-16 with BOM', () => {
    assert.deepEqual(decodeCsv(utf8WithBom('ФИО')), { text: 'ФИО', encoding: 'utf-8' });
    assert.deepEqual(decodeCsv(Buffer.from('Аты-жөні', 'utf8')), { text: 'Аты-жөні', encoding: 'utf-8' });
    assert.deepEqual(decodeCsv(encode1251('Должность')), { text: 'Должность', encoding: 'windows-1251' });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id\tname\r\n1\tӘ\r\n', 'utf16le')]);
    const table = readCsv(utf16);
    assert.equal(table.encoding, 'utf-16le');
    assert.deepEqual([table.header, table.rows[0].cells], [['id', 'name'], ['1', 'Ә']]);
  });

  test('rows keep the numbers Excel shows; rows with only empty cells are left out', () => {
    const table = readCsv(utf8WithBom('id;name\n;\n"a\nb";c\n;;\nd;e\n'));
    assert.deepEqual(table.rows.map((r) => [r.row, r.cells[0]]), [[3, 'a\nb'], [5, 'd']]);
    assert.equal(table.header[0], 'id', 'the BOM is not part of the first header');
  });
});

describe('column headers', () => {
  const cases = {
    name_kk: { field: 'name', lang: 'kk' },
    'ФИО (рус)': { field: 'name', lang: 'ru' },
    'Аты-жөні (қаз)': { field: 'name', lang: 'kk' },
    'Name (en)': { field: 'name', lang: 'en' },
    'Наименование на казахском языке': { field: 'name', lang: 'kk' },
    'Должность*': { field: 'position' },
    'Лауазымы (орыс)': { field: 'position', lang: 'ru' },
    'Телефон 2': { field: 'phones' },
    'E-mail': { field: 'email' },
    'Эл. пошта': { field: 'email' },
    'Часы приёма': { field: 'reception' },
    'Қабылдау кестесі': { field: 'reception' },
    chair_org_ru: { field: 'chair_org', lang: 'ru' },
    'Гражданское общество': { field: 'civil_society' },
    'Күн тәртібі (қаз)': { field: 'agenda', lang: 'kk' },
    'Хаттама': { field: 'protocol' },
    'Код КАТО': { field: 'id' },
  };
  for (const [header, expected] of Object.entries(cases)) {
    test(`"${header}"`, () => assert.deepEqual(parseHeader(header), expected));
  }
  test('unknown or two-language headers name nothing', () => {
    assert.equal(parseHeader('№ п/п'), null);
    assert.equal(parseHeader('name ru kk'), null);
  });
});

describe('reception hours', () => {
  const slots = (cell) => parseReception(cell).slots.map((s) => `${s.day} ${s.from}-${s.to}`);

  test('Russian abbreviations, several slots', () => {
    assert.deepEqual(slots('Вт 15:00-18:00; Чт 10:00-12:00'), ['2 15:00-18:00', '4 10:00-12:00']);
  });
  test('Kazakh abbreviations: Дс Сс Ср Бс Жм Сн Жс', () => {
    assert.deepEqual(slots('Дс 9:00-10:00, Сс 9:00-10:00; Ср 9:00-10:00; Бс 9:00-10:00; Жм 9:00-10:00; Сн 9:00-10:00; Жс 9:00-10:00'),
      ['1 09:00-10:00', '2 09:00-10:00', '3 09:00-10:00', '4 09:00-10:00', '5 09:00-10:00', '6 09:00-10:00', '7 09:00-10:00']);
  });
  test('English, full names, dotted times, dashes, "с … до", ranges and lists of days', () => {
    assert.deepEqual(slots('Mon 15:00-18:00; Fri 10:00-11:00'), ['1 15:00-18:00', '5 10:00-11:00']);
    assert.deepEqual(slots('вторник с 15.00 до 18.00'), ['2 15:00-18:00']);
    assert.deepEqual(slots('Пн–Ср 9:00–13:00'), ['1 09:00-13:00', '2 09:00-13:00', '3 09:00-13:00']);
    assert.deepEqual(slots('Вт, Чт 15:00-17:00'), ['2 15:00-17:00', '4 15:00-17:00']);
    assert.deepEqual(slots('бейсенбі 10:00-12:00'), ['4 10:00-12:00']);
  });
  test('what cannot be read is reported, the rest kept', () => {
    const parsed = parseReception('Вт 15:00-18:00; по записи');
    assert.deepEqual(parsed.slots.map((s) => s.day), [2]);
    assert.match(parsed.errors[0], /cannot read "по записи"/);
    assert.match(parseReception('Вт 18:00-15:00').errors[0], /earlier to later/);
    assert.match(parseReception('Пт-Пн 10:00-12:00').errors[0], /Monday towards Sunday/);
  });
});
