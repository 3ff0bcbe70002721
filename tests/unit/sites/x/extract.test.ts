import { describe, expect, it } from 'vitest';
import { UnknownLayoutError } from '@/utils/sites/site';
import { xWeb } from '@/utils/sites/x/extract';
import { originalPhoto, parseProfileUrl, parseStatusUrl, viewOf } from '@/utils/sites/x/ids';
import { xMedia } from '@/utils/sites/x/media-rule';
import { xPostSchema } from '@/utils/sites/x/schema';
import { BOUNDED, STRICT } from '@/utils/schema/kit';
import { parseWith, schemaProblems } from '@/utils/schema/problems';
import { readXFixtures } from '../../../x-fixtures';
import { loadIntoDocument, onlyElement } from '../telegram/fixture-cases';

const fixtures = readXFixtures();

describe.each(fixtures.map((f) => [f.page, f] as const))('X fixture %s', (_, fixture) => {
  it.each(fixture.cases.map((c) => [c.name, c] as const))('%s', (__, c) => {
    loadIntoDocument(fixture.html, fixture.url);
    const found = xWeb.extract(onlyElement(c.target), fixture.url, new Date(fixture.now));
    if (c.element === null) {
      expect(found).toBeNull();
      return;
    }
    expect(found?.element).toBe(onlyElement(c.element));
    expect(found?.post).toEqual(c.expected);
    // What the page hands over passes the background's copy unchanged, and a pack's strict check.
    expect(parseWith(xPostSchema(BOUNDED), found?.post)).toEqual(c.expected);
    expect(schemaProblems(found?.post, xPostSchema(STRICT))).toEqual([]);
  });
});

it('has a status page, a timeline and search results', () => {
  const views = fixtures.flatMap((f) => f.cases.map((c) => c.expected?.view)).filter(Boolean);
  expect(new Set(views)).toEqual(new Set(['status', 'timeline', 'search']));
});

describe('X addresses', () => {
  it('keeps ids above 2^53 exact, as digits', () => {
    const id = '1862345678901234567';
    expect(String(Number(id))).not.toBe(id); // a number would round it
    expect(parseStatusUrl(`/marko_vel/status/${id}`, 'https://x.com/home')).toEqual({
      handle: 'marko_vel',
      statusId: id,
    });
    expect(parseStatusUrl(`https://twitter.com/marko_vel/status/${id}/photo/1`, 'https://x.com/')?.statusId).toBe(id);
  });

  it('refuses what is not a post of X', () => {
    for (const href of [
      'https://evil.example/marko_vel/status/1',
      'https://x.com.evil.example/a/status/1',
      'javascript:alert(1)//x.com/a/status/1',
      '/this_handle_is_too_long/status/1',
      '/a/status/123456789012345678901',
      '/a/status/12x',
    ]) {
      expect(parseStatusUrl(href, 'https://x.com/home'), href).toBeNull();
    }
    expect(parseProfileUrl('/home', 'https://x.com/')).toBeNull();
    expect(parseProfileUrl('/ana_gev', 'https://x.com/')).toBe('ana_gev');
  });

  it('knows the views by the address', () => {
    expect(viewOf('https://x.com/a/status/1')).toBe('status');
    expect(viewOf('https://x.com/search?q=x')).toBe('search');
    expect(viewOf('https://x.com/home')).toBe('timeline');
    expect(viewOf('https://x.com/ana_gev')).toBe('timeline');
  });

  it('asks for a photo at its original size, on the same server, and for nothing else', () => {
    expect(originalPhoto('https://pbs.twimg.com/media/Gd1?format=webp&name=900x900')).toBe(
      'https://pbs.twimg.com/media/Gd1?format=webp&name=orig',
    );
    expect(originalPhoto('https://pbs.twimg.com/profile_images/1/a_normal.jpg')).toBeNull();
    expect(originalPhoto('https://evil.example/media/Gd1?name=small')).toBeNull();
  });
});

describe('the X media rule', () => {
  it("keeps each photo as shown and at full size, a GIF's file, a streamed video's poster", () => {
    const [home] = fixtures.filter((f) => f.page === 'home-timeline');
    const byName = (name: string) => home!.cases.find((c) => c.name === name)!.expected!;
    expect(xMedia(byName('the third of four photos'), home!.url)).toHaveLength(4);
    expect(xMedia(byName('the third of four photos'), home!.url)[0]).toEqual({
      kind: 'image',
      src: 'https://pbs.twimg.com/media/GdA1aaaWAAAb111?format=jpg&name=orig',
      shownSrc: 'https://pbs.twimg.com/media/GdA1aaaWAAAb111?format=jpg&name=small',
      width: null,
      height: null,
    });
    expect(xMedia(byName('a GIF'), home!.url)).toEqual([
      { kind: 'video', src: 'https://video.twimg.com/tweet_video/GdGifAbcWAAxyz1.mp4', width: null, height: null },
    ]);
    expect(xMedia(byName('a streamed video'), home!.url)).toEqual([
      {
        kind: 'image',
        src: 'https://pbs.twimg.com/ext_tw_video_thumb/1861222222222222222/pu/img/Zq1VideoThumb.jpg',
        width: null,
        height: null,
      },
    ]);
    // The quoted post's photo is the quoted post's, not this one's.
    expect(xMedia(byName('the quoted card documents the post that quotes it'), home!.url)).toEqual([]);
  });
});

describe('X pages that are not as expected', () => {
  const url = 'https://x.com/home';
  const post = (inner: string) =>
    `<article data-testid="tweet"><div data-testid="User-Name"><a href="/ana_gev"><span>Ана</span></a>${inner}</div><div data-testid="tweetText" id="t">текст</div></article>`;

  it('gives up on a post without a time, so the generic extractor takes it', () => {
    loadIntoDocument(`<body>${post('')}</body>`, url);
    expect(() => xWeb.extract(document.getElementById('t')!, url, new Date())).toThrow(UnknownLayoutError);
    expect(() => xWeb.extract(document.getElementById('t')!, url, new Date())).toThrow('the post shows no time');
  });

  it('takes no time, address or photo from the text of a post', () => {
    loadIntoDocument(
      `<body><article data-testid="tweet"><div data-testid="User-Name"><a href="/ana_gev"><span>Ана</span></a>
        <a href="/ana_gev/status/1862400000000000042"><time datetime="2026-11-23T08:00:00.000Z">1 ч.</time></a></div>
        <div data-testid="tweetText" id="t">лажно <a href="/prostor_mk/status/1"><time datetime="2020-01-01T00:00:00.000Z">x</time></a>
        <img alt="🙂" src="https://pbs.twimg.com/media/Fake?name=small"></div></article></body>`,
      url,
    );
    const found = xWeb.extract(document.getElementById('t')!, url, new Date())!.post;
    expect(found.statusId).toBe('1862400000000000042');
    expect(found.date.iso).toBe('2026-11-23T08:00:00.000Z');
    expect(found.media).toEqual([]);
    expect(found.text).toContain('🙂');
  });

  it('says so when the post’s link names another account than its author', () => {
    loadIntoDocument(
      `<body>${post('<a href="/someone_else/status/7"><time datetime="2026-11-23T08:00:00.000Z">1 ч.</time></a>')}</body>`,
      url,
    );
    const found = xWeb.extract(document.getElementById('t')!, url, new Date())!.post;
    expect(found.statusId).toBe('7');
    expect(found.warnings).toContain("The post's link names @someone_else, not its author @ana_gev.");
  });

  it('keeps no handle that is not a handle, and no post of another site', () => {
    loadIntoDocument(
      `<body><article data-testid="tweet"><div data-testid="User-Name"><a href="/not a handle!"><span>Ана</span></a>
        <a href="https://evil.example/ana/status/5"><time datetime="2026-11-23T08:00:00.000Z">1 ч.</time></a></div>
        <div data-testid="tweetText" id="t">x</div></article></body>`,
      url,
    );
    const found = xWeb.extract(document.getElementById('t')!, url, new Date())!.post;
    expect(found.author.handle).toBeNull();
    expect(found.statusId).toBeNull();
    expect(found.warnings).toEqual([
      'The page shows no handle for the author.',
      'The page shows no link to the post, so its id is unknown.',
    ]);
  });

  it('is not asked about pages of other sites', () => {
    expect(xWeb.matches(new URL('https://x.com.evil.example/home'))).toBe(false);
    expect(xWeb.matches(new URL('https://mobile.twitter.com/home'))).toBe(true);
  });
});
