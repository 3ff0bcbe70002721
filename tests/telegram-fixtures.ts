import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TelegramPost } from '@/utils/extract/telegram/types';

/**
 * The Telegram fixtures: a page that reproduces a client's real DOM, and
 * beside it a JSON file of cases (what to right-click, which element the
 * extractor must choose, and the structured post it must return). The unit
 * tests and the end-to-end tests read the same files.
 */
export type TelegramFixtureClient = 'web-k' | 'web-a' | 'tme';

export interface TelegramFixtureCase {
  name: string;
  /** CSS selector of the element to right-click (exactly one match). */
  target: string;
  /** CSS selector of the element the extractor must return; null with `expected: null` when it must return nothing. */
  element?: string | null;
  /** The date depends on "now" (Today, a weekday): the browser test skips its iso. */
  relativeDate?: boolean;
  expected?: TelegramPost | null;
  /** The extractor must give up (UnknownLayoutError) with a message containing this. */
  fallback?: string;
}

export interface TelegramFixture {
  client: TelegramFixtureClient;
  page: string;
  url: string;
  now: string;
  timeZone: string;
  cases: TelegramFixtureCase[];
  html: string;
}

export const TELEGRAM_FIXTURES_DIR = join(process.cwd(), 'tests/fixtures/telegram');

export function readTelegramFixtures(client: TelegramFixtureClient): TelegramFixture[] {
  const dir = join(TELEGRAM_FIXTURES_DIR, client);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => readTelegramFixture(client, file.replace(/\.json$/, '')));
}

export function readTelegramFixture(client: TelegramFixtureClient, page: string): TelegramFixture {
  const dir = join(TELEGRAM_FIXTURES_DIR, client);
  const json = JSON.parse(readFileSync(join(dir, `${page}.json`), 'utf8')) as Omit<
    TelegramFixture,
    'client' | 'page' | 'html'
  >;
  return { ...json, client, page, html: readFileSync(join(dir, `${page}.html`), 'utf8') };
}
