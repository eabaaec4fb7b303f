// `akimat-widgets validate`: every kind of problem a webmaster can publish, the exit codes
// (0 valid, 1 problems, 2 no usable feed), the human and the --json output, files and URLs.
import { test, describe, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { fixture, run, validateJson, writeFiles, encode1251, ROOT } from '../support/cli.mjs';

/** The problem about `record`'s `field` in `collection`, or undefined. */
const find = (report, collection, record, field) =>
  report.problems.find((p) => p.collection === collection && p.record === record && p.field === field);

describe('a clean feed', () => {
  test('passes with exit code 0, no problems, and a summary of what was checked', async () => {
    const { code, stdout } = await run(['validate', fixture('clean.json')]);
    assert.equal(code, 0);
    assert.match(stdout, /^0 errors, 0 warnings in 2 officers, 2 bodies, 2 regions, 1 council$/m);
    assert.match(stdout, /^Valid\.$/m);
  });

  test('the demo sample feed is valid (warnings allowed)', async () => {
    const { code, report } = await validateJson('demo/public/feed.json');
    assert.equal(code, 0, JSON.stringify(report.problems, null, 2));
    assert.equal(report.valid, true);
    assert.equal(report.counts.errors, 0);
    assert.deepEqual(
      [report.counts.officers, report.counts.bodies, report.counts.regions, report.counts.councils],
      [20, 17, 49, 8],
    );
  });

  test('a UTF-8 byte order mark (Windows Notepad) is accepted', async () => {
    const text = await readFile(fixture('clean.json'), 'utf8');
    const { feed } = await writeFiles({ feed: `\ufeff${text}` });
    assert.equal((await run(['validate', feed])).code, 0);
  });
});

describe('references', () => {
  test('dangling ids, duplicates and parent cycles are errors: exit code 1', async () => {
    const { code, report } = await validateJson(fixture('references.json'));
    assert.equal(code, 1);
    assert.equal(report.valid, false);
    assert.match(find(report, 'regions', 'cycle-a', 'parent').message, /cycle/);
    assert.match(find(report, 'regions', 'orphan', 'parent').message, /unknown parent "999999999"/);
    assert.match(find(report, 'bodies', 'lost-body', 'region').message, /unknown region "no-such-region"/);
    assert.match(find(report, 'officers', 'o-3', 'body').message, /unknown body "no-such-body"/);
    assert.match(find(report, 'councils', 'council-x', 'body').message, /unknown body "gone"/);
    const duplicate = find(report, 'officers', 'o-1', 'id');
    assert.match(duplicate.message, /duplicate id "o-1"/);
    assert.equal(duplicate.effect, 'dropped');
    for (const problem of report.problems.filter((p) => p.field !== '')) assert.equal(problem.level, 'error', JSON.stringify(problem));
  });

  test('human output groups problems by collection, one line each with record and field', async () => {
    const { code, stdout } = await run(['validate', fixture('references.json')]);
    assert.equal(code, 1);
    const lines = stdout.split('\n');
    const at = (text) => lines.findIndex((line) => line.includes(text));
    assert.ok(at('regions') < at('"cycle-a" parent:') && at('"cycle-a" parent:') < at('bodies'));
    assert.ok(at('officers') < at('"o-3" body: unknown body "no-such-body"'));
    assert.ok(at('councils') < at('"council-x" body: unknown body "gone"'));
    assert.match(stdout, /^ {2}error +"lost-body" region: unknown region "no-such-region"/m);
    assert.match(stdout, /^6 errors, 1 warning in 4 officers, 3 bodies, 5 regions, 2 councils$/m);
    assert.match(stdout, /^Not valid/m);
  });
});

describe('records and fields', () => {
  test('a record missing a required field is dropped, unusable values are ignored: errors', async () => {
    const { code, report } = await validateJson(fixture('records.json'));
    assert.equal(code, 1);
    assert.equal(find(report, 'officers', 'o-9', 'position').effect, 'dropped');
    assert.match(find(report, 'officers', 'o-1', 'email').message, /not an e-mail address/);
    assert.match(find(report, 'officers', 'o-1', 'phones[1]').message, /not a Kazakhstan phone number/);
    assert.match(find(report, 'officers', 'o-1', 'photo').message, /not an http\(s\) or relative URL/);
    assert.ok(find(report, 'officers', 'o-1', 'reception[1]'));
    for (const field of ['email', 'phones[1]', 'photo', 'reception[1]']) assert.equal(find(report, 'officers', 'o-1', field).effect, 'mended');
  });

  test('what the widgets tolerate but feed.schema.json forbids is an error too', async () => {
    const { report } = await validateJson(fixture('records.json'));
    const schema = (collection, record, field) => {
      const problem = find(report, collection, record, field);
      assert.ok(problem, `${collection} ${record} ${field}`);
      assert.equal(problem.schema, true);
      assert.equal(problem.level, 'error');
      return problem.message;
    };
    assert.match(schema('feed', null, 'updated'), /date-time/);
    assert.match(schema('regions', '631000000', 'id'), /a number; write it as a string in quotes: "631000000"/);
    assert.match(schema('regions', '631000000', 'name'), /"kz" is not a language/);
    assert.match(schema('councils', 'council-oskemen', 'members[0].civilSociety'), /boolean/);
    assert.match(schema('councils', 'council-oskemen', 'meetings[1].date'), /offset/);
  });

  test('a problem both checks find is reported once', async () => {
    const { report } = await validateJson(fixture('records.json'));
    assert.equal(report.problems.filter((p) => p.record === 'o-1' && p.field === 'email').length, 1);
    assert.equal(report.problems.filter((p) => p.record === 'o-9' && p.field === 'position').length, 1);
  });
});

describe('warnings', () => {
  test('missing kk or ru, no contact, no officers, past meeting without protocol: exit code 0', async () => {
    const { code, report } = await validateJson(fixture('warnings.json'));
    assert.equal(code, 0);
    assert.equal(report.valid, true);
    assert.deepEqual([report.counts.errors, report.counts.warnings], [0, 5]);
    assert.ok(report.problems.every((p) => p.level === 'warning'));
    assert.match(find(report, 'regions', '631000000', 'name').message, /no Kazakh \(kk\) text/);
    assert.match(find(report, 'officers', 'o-2', 'position').message, /no Russian \(ru\) text/);
    assert.match(find(report, 'officers', 'o-2', 'phones').message, /no phone and no e-mail/);
    assert.match(find(report, 'bodies', 'empty-body', '').message, /no officer/);
    assert.match(find(report, 'councils', 'council-oskemen', 'meetings[0].protocol').message, /2020-08-27 is over but has no protocol/);
  });

  test('--strict makes warnings fail', async () => {
    assert.equal((await run(['validate', fixture('warnings.json'), '--strict'])).code, 1);
    assert.equal((await run(['validate', fixture('clean.json'), '--strict'])).code, 0);
  });

  test('a future meeting needs no protocol yet, and a plain-string text has no language to miss', async () => {
    const feed = JSON.parse(await readFile(fixture('clean.json'), 'utf8'));
    feed.regions[0].name = 'Шығыс Қазақстан облысы / Восточно-Казахстанская область';
    const { path } = await writeFiles({ path: JSON.stringify(feed) });
    const { code, report } = await validateJson(path);
    assert.equal(code, 0);
    assert.deepEqual(report.problems, []);
  });
});

describe('no usable feed: exit code 2', () => {
  const unusable = async (target, pattern) => {
    const { code, stderr } = await run(['validate', target]);
    assert.equal(code, 2, stderr);
    assert.match(stderr, pattern);
  };

  test('a missing file', () => unusable('no/such/feed.json', /no such file/));
  test('broken JSON, with the line and column', () => unusable(fixture('broken.json'), /not valid JSON: line 4, column 14/));
  test('an HTML page', () => unusable(fixture('not-json.html'), /HTML, not JSON/));
  test('a feed of another version', () => unusable(fixture('version-2.json'), /version 2/));
  test('a JSON document that is no feed', async () => {
    const { path } = await writeFiles({ path: '{"version": 1, "items": []}' });
    await unusable(path, /none of regions, bodies, officers, councils/);
  });
  test('a file saved as Windows-1251', async () => {
    const { path } = await writeFiles({ path: encode1251('{"version": 1, "regions": [], "bodies": [{"id": "б"}], "officers": [], "councils": []}') });
    await unusable(path, /not UTF-8/);
  });
  test('--json still answers in JSON', async () => {
    const { code, report } = await validateJson('no/such/feed.json');
    assert.equal(code, 2);
    assert.equal(report.valid, false);
    assert.match(report.error, /no such file/);
  });
  test('a command line it cannot follow', async () => {
    for (const args of [[], ['validate'], ['validate', 'a.json', 'b.json'], ['validate', 'a.json', '--nonsense'], ['validate', 'a.json', '--base', 'ftp://x/'], ['frobnicate']]) {
      const { code, stderr } = await run(args);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, /Usage:/);
    }
  });
});

describe('a feed at a URL', () => {
  let server;
  let origin;
  const clean = readFile(fixture('clean.json'));
  before(async () => {
    server = createServer(async (request, response) => {
      const body = await clean;
      if (request.url === '/open/feed.json') {
        response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'access-control-allow-origin': '*' });
        response.end(body);
      } else if (request.url === '/plain/feed.json') {
        response.writeHead(200, { 'content-type': 'text/html' });
        response.end(body);
      } else {
        response.writeHead(404, { 'content-type': 'text/html' });
        response.end('<h1>Not found</h1>');
      }
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${server.address().port}`;
  });
  after(() => new Promise((resolve) => server.close(resolve)));

  test('is downloaded and checked; relative links resolve against it', async () => {
    const { code, report } = await validateJson(`${origin}/open/feed.json`);
    assert.equal(code, 0, JSON.stringify(report.problems));
    assert.deepEqual(report.problems, []);
  });

  test('served without CORS or as text/html: warnings about serving', async () => {
    const { code, report } = await validateJson(`${origin}/plain/feed.json`);
    assert.equal(code, 0);
    assert.match(find(report, 'feed', null, 'Access-Control-Allow-Origin').message, /other sites cannot load/);
    assert.match(find(report, 'feed', null, 'Content-Type').message, /text\/html/);
  });

  test('an HTTP error or an unreachable server: exit code 2', async () => {
    const missing = await run(['validate', `${origin}/gone.json`]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /HTTP 404/);
    const closed = createServer();
    await new Promise((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = closed.address().port;
    await new Promise((resolve) => closed.close(resolve));
    const unreachable = await run(['validate', `http://127.0.0.1:${port}/feed.json`]);
    assert.equal(unreachable.code, 2);
    assert.match(unreachable.stderr, /cannot download it/);
  });
});

test('--version prints the package version', async () => {
  const pkg = JSON.parse(await readFile(`${ROOT}/package.json`, 'utf8'));
  const { code, stdout } = await run(['--version']);
  assert.equal(code, 0);
  assert.equal(stdout.trim(), pkg.version);
});
