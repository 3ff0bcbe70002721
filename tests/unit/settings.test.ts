import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LANGUAGE } from '@/utils/i18n/language-setting';
import { BLUR_MEDIA, DISCREET_MODE, NEUTRAL_FILE_NAMES, type Setting } from '@/utils/settings';

beforeEach(() => fakeBrowser.reset());

const stored = async () => browser.storage.local.get(null);

/** The values `watch` hands over until `stop`; waits for each change to be read. */
function follow<T>(setting: Setting<T>) {
  const seen: T[] = [];
  const stop = setting.watch((value) => seen.push(value));
  return { seen, stop, settle: () => new Promise((resolve) => setTimeout(resolve, 0)) };
}

describe('the settings', () => {
  it('have their defaults until set, in the form they were always stored in', async () => {
    expect(await BLUR_MEDIA.read()).toBe(true);
    expect(await DISCREET_MODE.read()).toBe(false);
    expect(await NEUTRAL_FILE_NAMES.read()).toBe(false);
    expect(await LANGUAGE.read()).toBe('auto');
    await BLUR_MEDIA.write(false);
    await DISCREET_MODE.write(true);
    await LANGUAGE.write('mk');
    expect(await stored()).toEqual({ blurMedia: false, discreetMode: true, language: 'mk' });
    // "auto" is kept as no value at all.
    await LANGUAGE.write('auto');
    expect(await stored()).toEqual({ blurMedia: false, discreetMode: true });
  });

  it('read what an earlier version stored, and take a stored value of another kind as none', async () => {
    await browser.storage.local.set({ blurMedia: 'no', discreetMode: 1, language: 'xx', neutralFileNames: null });
    expect(await BLUR_MEDIA.read()).toBe(true);
    expect(await DISCREET_MODE.read()).toBe(false);
    expect(await LANGUAGE.read()).toBe('auto');
    expect(await NEUTRAL_FILE_NAMES.read()).toBe(false);
  });

  it('give neutral file names as discreet mode does until they are set, then as set', async () => {
    await DISCREET_MODE.write(true);
    expect(await NEUTRAL_FILE_NAMES.read()).toBe(true);
    await NEUTRAL_FILE_NAMES.write(false);
    expect(await NEUTRAL_FILE_NAMES.read()).toBe(false);
  });

  it('are followed live, a setting that follows another with it, until the watch stops', async () => {
    const neutral = follow(NEUTRAL_FILE_NAMES);
    const language = follow(LANGUAGE);
    await DISCREET_MODE.write(true);
    await neutral.settle();
    await LANGUAGE.write('sq');
    await language.settle();
    await NEUTRAL_FILE_NAMES.write(false);
    await neutral.settle();
    expect(neutral.seen).toEqual([true, false]);
    expect(language.seen).toEqual(['sq']);
    neutral.stop();
    language.stop();
    await DISCREET_MODE.write(false);
    await LANGUAGE.write('auto');
    await neutral.settle();
    expect(neutral.seen).toEqual([true, false]);
    expect(language.seen).toEqual(['sq']);
  });
});
