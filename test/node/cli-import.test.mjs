// `akimat-widgets import`: spreadsheets as Excel exports them (UTF-8 with BOM or Windows-1251,
// comma or semicolon; headers in kk, ru or en) into a feed that passes feed.schema.json and
// the validator; bad rows are named by file, row and column and left out.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { fixture, run, writeFiles, encode1251, utf8WithBom, ROOT, tempDir } from '../support/cli.mjs';

const schema = JSON.parse(await readFile(join(ROOT, 'feed.schema.json'), 'utf8'));
const validateSchema = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
const assertSchemaValid = (feed) => assert.equal(validateSchema(feed), true, JSON.stringify(validateSchema.errors, null, 2));

const csv = (name) => fixture(`csv/${name}`);
const UPDATED = '2026-11-01T09:00:00+05:00';

async function importFeed(files, ...extra) {
  const args = ['import', ...Object.entries(files).flatMap(([kind, path]) => [`--${kind}`, path]), '--updated', UPDATED, ...extra];
  const result = await run(args);
  return { ...result, feed: result.stdout ? JSON.parse(result.stdout) : undefined };
}

const byId = (list, id) => list.find((item) => item.id === id);

describe('the sample CSVs in docs/csv', () => {
  const docs = (name) => join(ROOT, 'docs/csv', `${name}.csv`);
  const all = Object.fromEntries(['regions', 'bodies', 'officers', 'councils', 'members', 'meetings'].map((k) => [k, docs(k)]));

  test('import into a feed that passes the schema, with exit code 0', async () => {
    const { code, feed, stderr } = await importFeed(all);
    assert.equal(code, 0, stderr);
    assert.doesNotMatch(stderr, /^(error|warning):/m);
    assertSchemaValid(feed);
    assert.equal(feed.version, 1);
    assert.equal(feed.updated, UPDATED);
    assert.ok(feed.officers.length >= 5 && feed.bodies.length >= 5 && feed.councils.length >= 2);
  });

  test('and the validator finds no error in that feed', async () => {
    const dir = await tempDir();
    const out = join(dir, 'feed.json');
    assert.equal((await run(['import', ...Object.entries(all).flatMap(([k, p]) => [`--${k}`, p]), '--out', out])).code, 0);
    const { code, stdout } = await run(['validate', out, '--json']);
    assert.equal(code, 0);
    assert.equal(JSON.parse(stdout).counts.errors, 0);
  });
});

describe('UTF-8 with BOM, comma-separated, headers in Russian, Kazakh and English', () => {
  const files = {
    regions: csv('regions.csv'), bodies: csv('bodies.csv'), officers: csv('officers.csv'),
    councils: csv('councils.csv'), members: csv('members.csv'), meetings: csv('meetings.csv'),
  };

  test('every column lands in its field and language', async () => {
    const { feed } = await importFeed(files);
    assertSchemaValid(feed);
    const officer = byId(feed.officers, 'o-1');
    assert.deepEqual(officer.name, { kk: 'Нұрланова Айгүл Серікқызы', ru: 'Нурланова Айгуль Сериковна', en: 'Aigul Nurlanova' });
    assert.deepEqual(officer.position, { kk: 'Әкім аппараты басшысының орынбасары', ru: 'Заместитель руководителя аппарата акима' });
    assert.equal(officer.email, 'a.nurlanova@example.kz');
    assert.deepEqual(byId(feed.regions, '630000000'), {
      id: '630000000', parent: null, kind: 'region',
      name: { kk: 'Шығыс Қазақстан облысы', ru: 'Восточно-Казахстанская область', en: 'East Kazakhstan Region' },
      aliases: ['ВКО', 'ШҚО'],
    });
    assert.equal(byId(feed.regions, '631000000').kind, 'city', 'город → city');
    assert.equal(byId(feed.bodies, 'vko-akimat').level, 'regional', 'областной → regional');
  });

  test('quoted cells keep separators, doubled quotes and line breaks', async () => {
    const { feed } = await importFeed(files);
    assert.deepEqual(byId(feed.officers, 'o-1').note, { ru: 'Работа с НПО, "Молодёжь Востока"\nи гранты' });
    assert.deepEqual(byId(feed.bodies, 'vko-akimat').address, { ru: 'г. Усть-Каменогорск, ул. Горького, 40' });
  });

  test('phones from several columns and several per cell; reception hours in ru and kk', async () => {
    const { feed } = await importFeed(files);
    assert.deepEqual(byId(feed.officers, 'o-1').phones, ['+7 7232 12-34-56', '+7 701 123-45-67', '+7 705 123-45-67']);
    assert.deepEqual(byId(feed.officers, 'o-1').reception, [{ day: 2, from: '15:00', to: '18:00' }, { day: 4, from: '10:00', to: '12:00' }]);
    assert.deepEqual(byId(feed.officers, 'o-2').reception, [{ day: 2, from: '10:00', to: '12:00' }], 'Сс 10.00–12.00 is Tuesday');
  });

  test('members and meetings join their council; bad rows among them are named', async () => {
    const { code, feed, stderr } = await importFeed(files);
    assert.equal(code, 1);
    const council = byId(feed.councils, 'council-oskemen');
    assert.deepEqual(council.chair, {
      name: { kk: 'Ысқақов Ерлан Серікұлы', ru: 'Искаков Ерлан Серикович' },
      organization: { ru: 'ОФ "Центр правовой помощи"' },
    });
    assert.deepEqual(council.members.map((m) => m.civilSociety), [true, false, false]);
    assert.deepEqual(council.meetings.map((m) => m.date), ['2026-08-27T15:00:00+05:00', '2099-12-03T15:00:00+05:00']);
    assert.match(stderr, /members\.csv row 4, column Совет: unknown council "council-nowhere"/);
    assert.match(stderr, /members\.csv row 5, column Гражданское общество: "может быть" is neither yes nor no/);
    assert.match(stderr, /meetings\.csv row 4, column date: "12\/03\/2026" is not a date/);
  });
});

describe('Windows-1251, semicolon-separated (an older Excel\'s "CSV")', () => {
  const regions = 'id;parent;kind;Наименование (рус);Name (en)\r\n630000000;;область;Восточно-Казахстанская область;East Kazakhstan Region\r\n631000000;630000000;город;г. Усть-Каменогорск;Oskemen\r\n';
  const bodies = 'id;region;level;Наименование (рус)\r\nvko-akimat;630000000;regional;Акимат Восточно-Казахстанской области\r\n';
  const officers = 'id;body;ФИО (рус);Должность (рус);Телефоны;Приём\r\no-1;vko-akimat;Щербакова Юлия Эдуардовна;Заместитель руководителя аппарата акима;"8 (7232) 12-34-56; 8 701 123 45 67";Ср 15:00-18:00\r\n';

  test('is decoded and split correctly', async () => {
    const paths = await writeFiles({ 'r.csv': encode1251(regions), 'b.csv': encode1251(bodies), 'o.csv': encode1251(officers) });
    const { code, feed, stderr } = await importFeed({ regions: paths['r.csv'], bodies: paths['b.csv'], officers: paths['o.csv'] });
    assert.equal(code, 0, stderr);
    assertSchemaValid(feed);
    assert.deepEqual(byId(feed.regions, '630000000').name, { ru: 'Восточно-Казахстанская область', en: 'East Kazakhstan Region' });
    const officer = byId(feed.officers, 'o-1');
    assert.deepEqual(officer.name, { ru: 'Щербакова Юлия Эдуардовна' });
    assert.deepEqual(officer.phones, ['+7 7232 12-34-56', '+7 701 123-45-67']);
    assert.deepEqual(officer.reception, [{ day: 3, from: '15:00', to: '18:00' }]);
  });

  test('gives the same feed as the same sheet in UTF-8 with BOM', async () => {
    const old = await writeFiles({ 'r.csv': encode1251(regions), 'o.csv': encode1251(officers), 'b.csv': encode1251(bodies) });
    const modern = await writeFiles({ 'r.csv': utf8WithBom(regions), 'o.csv': utf8WithBom(officers), 'b.csv': utf8WithBom(bodies) });
    const a = await importFeed({ regions: old['r.csv'], bodies: old['b.csv'], officers: old['o.csv'] });
    const b = await importFeed({ regions: modern['r.csv'], bodies: modern['b.csv'], officers: modern['o.csv'] });
    assert.deepEqual(a.feed, b.feed);
  });

  test('Kazakh letters lost in Windows-1251 are an error that says to save as CSV UTF-8', async () => {
    const paths = await writeFiles({ 'r.csv': encode1251('id;parent;kind;name_kk\r\n630000000;;region;Шығыс Қазақстан облысы\r\n') });
    const { code, stderr, feed } = await importFeed({ regions: paths['r.csv'] });
    assert.equal(code, 1);
    assert.match(stderr, /r\.csv row 2, column name_kk: .*Kazakh letters look lost.*CSV UTF-8/);
    assert.equal(feed.regions.length, 1);
  });
});

describe('bad rows', () => {
  const files = { bodies: csv('bodies.csv'), officers: csv('officers-bad.csv') };

  test('are named by file, row and column; the feed keeps the good rows; exit code 1', async () => {
    const { code, stderr, feed } = await importFeed(files);
    assert.equal(code, 1);
    const file = 'officers-bad.csv';
    assert.match(stderr, new RegExp(`${file} row 3, column phones: "8 123" is not a Kazakhstan phone number`));
    assert.match(stderr, new RegExp(`${file} row 4, column name_ru, name_kk: empty; the row was skipped`));
    assert.match(stderr, new RegExp(`${file} row 5, column id: duplicate id "o-1" \\(first used in row 2\\)`));
    assert.match(stderr, new RegExp(`${file} row 6, column body: unknown body "no-such-body", not in .*bodies\\.csv`));
    assert.match(stderr, new RegExp(`${file} row 7, column email: "not-an-address" is not an e-mail address`));
    assert.match(stderr, new RegExp(`${file} row 7, column reception: "Xx" is not a day of the week`));
    assert.match(stderr, new RegExp(`${file} row 8, column id: "6.3E\\+08" is a number Excel wrote in scientific notation`));
    assert.deepEqual(feed.officers.map((o) => o.id), ['o-1', 'o-2', 'o-5', 'o-6']);
    assert.equal(byId(feed.officers, 'o-1').name.ru, 'Нурланова Айгуль', 'the first row with an id wins');
    assert.equal(byId(feed.officers, 'o-2').phones, undefined);
    assert.equal(byId(feed.officers, 'o-6').email, undefined);
    assertSchemaValid(feed);
  });

  test('a cycle of parents is named at its row', async () => {
    const { code, stderr } = await importFeed({ regions: csv('regions-cycle.csv') });
    assert.equal(code, 1);
    assert.match(stderr, /regions-cycle\.csv row 2, column parent: parent chain forms a cycle/);
  });

  test('a summary on stderr; the feed alone on stdout', async () => {
    const { stderr, stdout } = await importFeed(files);
    assert.match(stderr, /^Imported 0 regions, 2 bodies, 4 officers, 0 councils \(0 members, 0 meetings\); 7 errors, 1 warning\.$/m);
    assert.match(stderr, /no --regions file was given/);
    assert.doesNotThrow(() => JSON.parse(stdout));
  });
});

describe('unusable input: exit code 2', () => {
  test('a missing file', async () => {
    const { code, stderr, stdout } = await run(['import', '--officers', 'no/such/officers.csv']);
    assert.equal(code, 2);
    assert.match(stderr, /no\/such\/officers\.csv: no such file/);
    assert.equal(stdout, '');
  });

  test('a file without a required column says which column and how to name it', async () => {
    const { code, stderr } = await run(['import', '--officers', csv('officers-no-position.csv')]);
    assert.equal(code, 2);
    assert.match(stderr, /officers-no-position\.csv: no column for position \(name it position_kk, position_ru or position_en/);
  });

  test('a quoted cell that never closes', async () => {
    const { code, stderr } = await run(['import', '--officers', csv('officers-unclosed.csv')]);
    assert.equal(code, 2);
    assert.match(stderr, /officers-unclosed\.csv: row 2: a quoted cell is never closed/);
  });

  test('no files, or a file without its option', async () => {
    assert.equal((await run(['import'])).code, 2);
    const stray = await run(['import', 'officers.csv']);
    assert.equal(stray.code, 2);
    assert.match(stray.stderr, /--officers officers\.csv/);
  });
});

test('--out writes the feed as UTF-8 and leaves stdout empty', async () => {
  const dir = await tempDir();
  const out = join(dir, 'feed.json');
  const { code, stdout } = await run(['import', '--regions', csv('regions.csv'), '--out', out, '--updated', '2026-11-01T09:00+0500']);
  assert.equal(code, 0);
  assert.equal(stdout, '');
  const feed = JSON.parse(await readFile(out, 'utf8'));
  assert.equal(feed.updated, '2026-11-01T09:00+05:00');
  assert.equal(feed.regions.length, 2);
  assertSchemaValid(feed);
});
