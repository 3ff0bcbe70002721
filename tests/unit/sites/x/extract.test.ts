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

describe('X pages built to mislead', () => {
  /** A post in a row of a list, as X lays out a conversation. */
  const row = (handle: string, id: string, inner = '') =>
    `<div data-testid="cellInnerDiv"><article data-testid="tweet"><div data-testid="User-Name"><a href="/${handle}"><span>${handle}</span></a><a href="/${handle}/status/${id}"><time datetime="2026-11-23T08:00:00.000Z">1 ч.</time></a></div><div data-testid="tweetText" id="t${id}">x</div>${inner}</article></div>`;
  const read = (id: string, url: string) => xWeb.extract(document.getElementById(`t${id}`)!, url, new Date())!.post;

  it('takes the post it answers only from the row right above, never itself, never behind a photo viewer', () => {
    const page = 'https://x.com/b/status/2';
    loadIntoDocument(`<body>${row('a', '1')}${row('b', '2')}</body>`, page);
    expect(read('2', page).replyTo).toEqual({ statusId: '1', handles: [] });
    // A placeholder row (a deleted post) between: the post above it is not the one answered.
    loadIntoDocument(
      `<body>${row('a', '1')}<div data-testid="cellInnerDiv">Овој пост е избришан.</div>${row('b', '2')}</body>`,
      page,
    );
    expect(read('2', page).replyTo).toBeNull();
    // The same post drawn twice: it does not answer itself.
    loadIntoDocument(`<body>${row('b', '2')}${row('b', '2').replace('id="t2"', 'id="tx"')}</body>`, page);
    expect(xWeb.extract(document.getElementById('tx')!, page, new Date())!.post.replyTo).toBeNull();
    // The photo viewer over a timeline: the address names a photo, not the post's page.
    const viewer = 'https://x.com/b/status/2/photo/1';
    loadIntoDocument(`<body>${row('a', '1')}${row('b', '2')}</body>`, viewer);
    expect(read('2', viewer).replyTo).toBeNull();
    // X's address without the handle is the post's page too.
    loadIntoDocument(`<body>${row('a', '1')}${row('b', '2')}</body>`, 'https://x.com/i/web/status/2');
    expect(read('2', 'https://x.com/i/web/status/2')).toMatchObject({ view: 'status', replyTo: { statusId: '1' } });
  });

  it('takes the row shown above, where X places its rows in another order than the page’s', () => {
    const page = 'https://x.com/b/status/2';
    const at = (y: number, html: string) =>
      html.replace(
        'data-testid="cellInnerDiv"',
        `data-testid="cellInnerDiv" style="transform: translateY(${y}px); position: absolute;"`,
      );
    // In the page: the reply, then the post it answers, then an unrelated one; on screen: 1 at the top, then 2, then 3.
    loadIntoDocument(
      `<body><div>${at(300, row('b', '2'))}${at(0, row('a', '1'))}${at(600, row('c', '3'))}</div></body>`,
      page,
    );
    expect(read('2', page).replyTo).toEqual({ statusId: '1', handles: [] });
  });

  it("names a quoted post's author by the handle, not by a display name that reads like one", () => {
    const page = 'https://x.com/home';
    const quote = `<div role="link"><div data-testid="UserAvatar-Container-real_one"></div><div data-testid="User-Name"><span>@victim</span><span>@real_one</span><time datetime="2026-11-20T00:00:00.000Z">1</time></div><div data-testid="tweetText">q</div></div>`;
    loadIntoDocument(`<body>${row('a', '1', quote)}</body>`, page);
    expect(read('1', page).quoted?.author.handle).toBe('real_one');
    loadIntoDocument(
      `<body>${row('a', '1', quote.replace('<div data-testid="UserAvatar-Container-real_one"></div>', ''))}</body>`,
      page,
    );
    expect(read('1', page).quoted?.author.handle).toBe('real_one');
  });

  it('reads a count only when the label begins with the plain number', () => {
    const page = 'https://x.com/home';
    for (const [label, count] of [
      ['12 Replies. Reply', 12],
      ['12', 12],
      ['12K Replies', null],
      ["1'234 Likes", null],
      ['1,2 илј. Допаѓања', null],
      ['12万件のいいね', null],
      ['1 234 Likes', null],
    ] as const) {
      loadIntoDocument(
        `<body>${row('a', '1', `<button data-testid="reply" aria-label="${label}"></button>`)}</body>`,
        page,
      );
      expect(read('1', page).counts.replies.count, label).toBe(count);
    }
  });

  it('fails no capture on an address that is not one, and keeps nothing of it', () => {
    const page = 'https://x.com/home';
    const inner = '<div data-testid="tweetPhoto"><video src="https://[x" poster="https://[y"></video></div>';
    loadIntoDocument(
      `<body>${row('a', '1', inner).replace('>x</div>', '>see <a href="https://[x">this</a></div>')}</body>`,
      page,
    );
    const post = read('1', page);
    expect(post.links).toEqual([]);
    expect(post.media).toEqual([{ kind: 'video', src: null, shownSrc: null, alt: null }]);
    expect(xMedia(post, page)).toEqual([]);
  });

  it('says when the page shows the text cut short, and keeps the links and handles within the record’s bounds', () => {
    const page = 'https://x.com/home';
    const links = Array.from({ length: 1001 }, (_, i) => `<a href="/hashtag/t${i}">#t${i}</a>`).join(' ');
    const replying = Array.from({ length: 51 }, (_, i) => `<a href="/u${i}">@u${i}</a>`).join(' ');
    loadIntoDocument(
      `<body>${row('a', '1', `<div>${replying}</div><span data-testid="tweet-text-show-more-link">Прикажи повеќе</span>`).replace('>x</div>', `>${links}</div>`)}</body>`,
      page,
    );
    const post = read('1', page);
    expect(post.links).toHaveLength(1000);
    expect(post.replyTo?.handles).toHaveLength(50);
    expect(post.warnings).toEqual(
      expect.arrayContaining([
        'Only the first 1000 links of the post were kept.',
        'Only the first 50 accounts it replies to were kept.',
        'The page shows the text cut short ("Show more"); the rest is not in the page.',
      ]),
    );
    expect(schemaProblems(post, xPostSchema(STRICT))).toEqual([]);
  });

  it('never asks for a full-size photo on a server other than X’s photos', () => {
    const post = {
      ...readXFixtures()[0]!.cases[0]!.expected!,
      media: [{ kind: 'photo' as const, src: 'https://evil.example/media/a?name=orig', shownSrc: null, alt: null }],
    };
    expect(xMedia(post, 'https://x.com/home')).toEqual([]);
  });
});
