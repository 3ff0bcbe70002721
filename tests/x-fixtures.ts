import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { XStatusPost } from '@/utils/sites/x/types';

/**
 * The X fixtures: a page built from X's public markup and, beside it, a JSON file of cases (what to right-click,
 * which element the extractor must choose, and the structured post it must return). The unit tests and the
 * end-to-end tests read the same files; the test server serves each page under its `url`.
 */
export interface XFixtureCase {
  name: string;
  /** CSS selector of the element to right-click (exactly one match). */
  target: string;
  /** CSS selector of the post the extractor must return; null when it must return nothing. */
  element: string | null;
  expected: XStatusPost | null;
}

export interface XFixture {
  page: string;
  url: string;
  now: string;
  timeZone: string;
  cases: XFixtureCase[];
  html: string;
}

export const X_FIXTURES_DIR = join(process.cwd(), 'tests/fixtures/x');

export function readXFixtures(): XFixture[] {
  return readdirSync(X_FIXTURES_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const page = file.replace(/\.json$/, '');
      const json = JSON.parse(readFileSync(join(X_FIXTURES_DIR, file), 'utf8')) as Omit<XFixture, 'page' | 'html'>;
      return { ...json, page, html: readFileSync(join(X_FIXTURES_DIR, `${page}.html`), 'utf8') };
    });
}
