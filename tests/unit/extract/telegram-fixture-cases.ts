import { describe, expect, it } from 'vitest';
import { UnknownLayoutError, type SiteExtractor } from '@/utils/extract/site';
import { readTelegramFixtures, type TelegramFixtureClient } from '../../telegram-fixtures';

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
    });
  }
}
