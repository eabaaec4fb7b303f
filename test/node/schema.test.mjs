// The sample feed the demo ships must be a valid feed v1 by the published schema.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import Ajv2020 from 'ajv/dist/2020.js';

const read = async (path) => JSON.parse(await readFile(new URL(`../../${path}`, import.meta.url), 'utf8'));

test('demo/public/feed.json validates against feed.schema.json', async () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
  const validate = ajv.compile(await read('feed.schema.json'));
  const ok = validate(await read('demo/public/feed.json'));
  assert.equal(ok, true, JSON.stringify(validate.errors, null, 2));
});

test('the schema rejects an unsafe URL and a missing collection', async () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
  const validate = ajv.compile(await read('feed.schema.json'));
  const feed = await read('demo/public/feed.json');
  feed.officers[0].photo = 'javascript:alert(1)';
  assert.equal(validate(feed), false);
  const noCouncils = await read('demo/public/feed.json');
  delete noCouncils.councils;
  assert.equal(validate(noCouncils), false);
});
