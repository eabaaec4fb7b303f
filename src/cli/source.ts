/// <reference types="node" />
/**
 * Getting the feed document to check: a local file (works offline) or a URL fetched the way a
 * browser would. Anything that leaves us without a JSON document is an `UnusableInput`
 * (exit code 2), with a message that says what to fix.
 */
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { locateJsonError } from './json-error.js';

export class UnusableInput extends Error {
  override readonly name = 'UnusableInput';
}

/** What the server said about the feed, for the serving checks. */
export interface Served {
  readonly contentType: string | null;
  readonly allowOrigin: string | null;
}

export interface FeedSource {
  /** How to name the input in messages: the path or URL as given. */
  readonly label: string;
  /** The URL relative links in the feed resolve against. */
  readonly base: string;
  readonly doc: unknown;
  readonly served?: Served;
}

/** Any site's origin: a server that allows cross-origin use answers it with the CORS header. */
const PROBE_ORIGIN = 'https://widgets-check.example';

export function isUrl(target: string): boolean {
  return /^https?:\/\//i.test(target);
}

export function parseJson(text: string, label: string): unknown {
  const clean = text.startsWith('\ufeff') ? text.slice(1) : text;
  if (/^\s*</.test(clean)) throw new UnusableInput(`${label} is HTML, not JSON (an error page, or the wrong address?)`);
  try {
    return JSON.parse(clean);
  } catch (error) {
    const place = locateJsonError(clean);
    const detail = place ? `line ${place.line}, column ${place.column}: ${place.message}` : (error as Error).message;
    throw new UnusableInput(`${label} is not valid JSON: ${detail}`);
  }
}

function decodeUtf8(bytes: Uint8Array, label: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UnusableInput(`${label} is not UTF-8 text (saved as Windows-1251?): save it as UTF-8, which browsers expect of JSON`);
  }
}

/** The bytes of a local file; a missing or unreadable one is an UnusableInput. */
export async function readLocalFile(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UnusableInput(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot read it (${code ?? (error as Error).message})`);
  }
}

async function fromFile(path: string, base: string | undefined): Promise<FeedSource> {
  const bytes = await readLocalFile(path);
  // Relative links are resolved against where the feed will be published; without --base a
  // stand-in http(s) address keeps them checkable without treating them as errors.
  const stand = `https://feed.invalid/${encodeURIComponent(basename(resolve(path)))}`;
  return { label: path, base: base ?? stand, doc: parseJson(decodeUtf8(bytes, path), path) };
}

async function fromUrl(url: string, timeoutSeconds: number): Promise<FeedSource> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { accept: 'application/json', origin: PROBE_ORIGIN },
      signal: AbortSignal.timeout(timeoutSeconds * 1000),
    });
  } catch (error) {
    const cause = error as Error & { cause?: { code?: string; message?: string } };
    const reason = cause.name === 'TimeoutError' ? `no answer within ${timeoutSeconds} s` : (cause.cause?.code ?? cause.cause?.message ?? cause.message);
    throw new UnusableInput(`${url}: cannot download it (${reason})`);
  }
  if (!response.ok) throw new UnusableInput(`${url}: the server answered HTTP ${response.status} ${response.statusText}`.trim());
  const bytes = new Uint8Array(await response.arrayBuffer());
  return {
    label: url,
    base: response.url || url,
    doc: parseJson(decodeUtf8(bytes, url), url),
    served: {
      contentType: response.headers.get('content-type'),
      allowOrigin: response.headers.get('access-control-allow-origin'),
    },
  };
}

export function loadSource(target: string, options: { base?: string; timeoutSeconds: number }): Promise<FeedSource> {
  return isUrl(target) ? fromUrl(target, options.timeoutSeconds) : fromFile(target, options.base);
}
