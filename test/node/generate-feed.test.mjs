// The bench's generated feeds must be valid feeds and the same on every run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import Ajv2020 from 'ajv/dist/2020.js';
import { generateFeed, NATIONAL } from '../../bench/generate-feed.js';

test('the national-scale bench feed validates against feed.schema.json', async () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
  const validate = ajv.compile(JSON.parse(await readFile(new URL('../../feed.schema.json', import.meta.url), 'utf8')));
  const feed = generateFeed({ scale: 1 });
  assert.equal(validate(feed), true, JSON.stringify(validate.errors?.slice(0, 5), null, 2));
  assert.equal(feed.regions.length, NATIONAL.regions);
  assert.equal(feed.officers.length, NATIONAL.officers);
  assert.equal(feed.councils.length, NATIONAL.councils);
  assert.ok(feed.councils.every((c) => c.members.length === NATIONAL.members && c.meetings.length === NATIONAL.meetings));
});

for (const scale of [1, 10]) {
  test(`the region tree at ${scale}× has four levels, unique KATO-like ids and parents that exist`, () => {
    const { regions } = generateFeed({ scale });
    const byId = new Map(regions.map((r) => [r.id, r]));
    assert.equal(byId.size, regions.length);
    assert.equal(regions.length, NATIONAL.regions * scale);
    assert.ok(regions.every((r) => /^\d{9}$/.test(r.id)));
    const depth = (r) => (r.parent === null ? 1 : 1 + depth(byId.get(r.parent)));
    assert.deepEqual([...new Set(regions.map(depth))].sort(), [1, 2, 3, 4]);
  });
}

test('the same seed gives the same feed; another seed another one', () => {
  const a = JSON.stringify(generateFeed({ scale: 0.2, seed: 7 }));
  assert.equal(JSON.stringify(generateFeed({ scale: 0.2, seed: 7 })), a);
  assert.notEqual(JSON.stringify(generateFeed({ scale: 0.2, seed: 8 })), a);
});
