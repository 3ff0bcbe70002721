import { describe, expect, it } from 'vitest';
import { UnknownLayoutError, type SiteExtractor } from '@/utils/sites/site';
import { expectedAt, readTelegramFixtures, type TelegramFixtureClient } from '../../../telegram-fixtures';

/** Puts a fixture page into happy-dom's document, at its URL. */
export function loadIntoDocument(html: string, url: string): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  document.documentElement.innerHTML = html.replace(/^<!doctype html>\s*<html[^>]*>/i, '').replace(/<\/html>\s*$/, '');
}

/** The one element a selector matches; fails the test if there are none or several. */
export function onlyElement(selector: string): Element {
  const found = document.querySelectorAll(selector);
  expect(found.length, selector).toBe(1);
  return found[0]!;
}

/** Every case of every fixture of a client, against its extractor, in the fixture's time zone and "now". */
export function describeFixtureCases(client: TelegramFixtureClient, extractor: SiteExtractor): void {
  for (const fixture of readTelegramFixtures(client)) {
    describe(`${client} fixture ${fixture.page}`, () => {
      it.each(fixture.cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
        process.env.TZ = fixture.timeZone;
        loadIntoDocument(fixture.html, fixture.url);
        const target = onlyElement(c.target);
        const extract = () => extractor.extract(target, fixture.url, new Date(fixture.now));
        if (c.fallback !== undefined) {
          expect(extract).toThrow(UnknownLayoutError);
          expect(extract).toThrow(c.fallback);
          return;
        }
        const found = extract();
        if (c.element === null) {
          expect(found).toBeNull();
          return;
        }
        expect(found?.element).toBe(onlyElement(c.element!));
        expect(found?.post).toEqual(c.expected);
      });

      // The browser tests capture at whatever moment they run and work the expected date out with expectedAt: it
      // must agree with the fixture at the fixture's "now", and with the extractor at other moments.
      const relative = fixture.cases.filter((c) => c.relativeDate);
      it.each(relative.map((c) => [c.name, c] as const))('%s: expectedAt agrees with the fixture', (_, c) => {
        expect(expectedAt(fixture, c, fixture.now)).toEqual(c.expected);
      });
      it.each(relative.flatMap((c) => OTHER_MOMENTS.map((now) => [c.name, now, c] as const)))(
        '%s, captured at %s',
        (_, now, c) => {
          process.env.TZ = fixture.timeZone;
          loadIntoDocument(fixture.html, fixture.url);
          const found = extractor.extract(onlyElement(c.target), fixture.url, new Date(now));
          expect(found?.post).toEqual(expectedAt(fixture, c, now));
        },
      );
    });
  }
}

/** Moments other than the fixtures' own: a year away, a Friday, just past midnight, a new year, a daylight-saving day. */
const OTHER_MOMENTS = [
  '2027-12-03T13:00:00.000Z',
  '2026-11-27T12:00:00.000Z',
  '2026-12-04T23:30:00.000Z',
  '2027-01-01T06:00:00.000Z',
  '2027-03-28T10:00:00.000Z',
];
