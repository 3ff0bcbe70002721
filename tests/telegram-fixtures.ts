import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TelegramPost } from '@/utils/sites/telegram/types';

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
  /** The date depends on the moment of capture (Today, a weekday, a day without its year): see expectedAt. */
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

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/**
 * A case's expected post as it must come out of a capture made at `capturedAt`
 * (the clock under test): a date the page gives only as a time under a date
 * group ("Today", "Friday", "November 18") names a day relative to that
 * instant, in the fixture's time zone, so its expected instant is worked out
 * here anew, and not copied from what the extractor said. Other cases are as
 * the fixture has them.
 */
export function expectedAt(fixture: TelegramFixture, testCase: TelegramFixtureCase, capturedAt: string): TelegramPost {
  const expected = structuredClone(testCase.expected!);
  if (expected.kind !== 'message') return expected;
  const group = /^time \+ date group '([^']+)'$/.exec(expected.date.source ?? '')?.[1];
  if (group === undefined || /\d{4}/.test(group)) return expected;
  // Resolved against the capture's time, which the date records.
  expected.date.reference = capturedAt;
  const today = zonedParts(new Date(capturedAt), fixture.timeZone);
  const name = group.toLowerCase();
  let day: { year: number; month: number; day: number };
  if (name === 'today' || name === 'yesterday') {
    day = addDays(today, name === 'today' ? 0 : -1);
  } else if (WEEKDAYS.includes(name)) {
    day = addDays(today, -((today.weekday - WEEKDAYS.indexOf(name) + 7) % 7 || 7));
  } else {
    const [monthName, dayText] = name.split(' ') as [string, string];
    const month = MONTHS.indexOf(monthName) + 1;
    const later = month > today.month || (month === today.month && Number(dayText) > today.day);
    day = { year: today.year - (later ? 1 : 0), month, day: Number(dayText) };
  }
  const [hours, minutes] = expected.date.text!.split(':').map(Number) as [number, number];
  expected.date.iso = zonedToIso({ ...day, hours, minutes }, fixture.timeZone);
  return expected;
}

interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hours: number;
  minutes: number;
  weekday: number;
}

function zonedParts(instant: Date, timeZone: string): ZonedParts {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      weekday: 'long',
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hours: Number(parts.hour),
    minutes: Number(parts.minute),
    weekday: WEEKDAYS.indexOf(parts.weekday!.toLowerCase()),
  };
}

function addDays(day: { year: number; month: number; day: number }, days: number) {
  const date = new Date(Date.UTC(day.year, day.month - 1, day.day + days));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The UTC instant of a wall-clock time in a time zone (the zone's offset read back from Intl). */
function zonedToIso(local: Omit<ZonedParts, 'weekday'>, timeZone: string): string {
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hours, local.minutes);
  let instant = asUtc;
  for (let i = 0; i < 2; i++) {
    const seen = zonedParts(new Date(instant), timeZone);
    instant -= Date.UTC(seen.year, seen.month - 1, seen.day, seen.hours, seen.minutes) - asUtc;
  }
  return new Date(instant).toISOString();
}
