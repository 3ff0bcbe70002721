import { describe, expect, it } from 'vitest';
import { chatWalkerFor } from '@/utils/sites';

/**
 * A run reads a chat's whole history only where the page shows it: a search's results, a thread's replies or the
 * pinned messages show two messages side by side that are not neighbours in the chat, and a run there must never
 * claim that what lies between them is gone.
 */
describe('the chat walkers', () => {
  const whole = (url: string) => chatWalkerFor(new URL(url))?.wholeHistory(new URL(url)) ?? null;

  it('read a chat’s whole history in the three clients', () => {
    expect(whole('https://web.telegram.org/k/#@smokva_grupa')).toBe(true);
    expect(whole('https://web.telegram.org/k/#-1987654321')).toBe(true);
    expect(whole('https://web.telegram.org/a/#-1001987654321')).toBe(true);
    expect(whole('https://t.me/s/smokva_grupa')).toBe(true);
    expect(whole('https://t.me/s/smokva_grupa?before=1200')).toBe(true);
  });

  it('know a filtered list for what it is: a search, a thread, a topic, the pinned messages', () => {
    expect(whole('https://t.me/s/smokva_grupa?q=adresa')).toBe(false);
    expect(whole('https://t.me/s/smokva_grupa?q=%23tag')).toBe(false);
    expect(whole('https://web.telegram.org/a/#-1001987654321_pinned')).toBe(false);
    expect(whole('https://web.telegram.org/a/#-1001987654321_77')).toBe(false);
    expect(whole('https://web.telegram.org/k/#-1987654321_77')).toBe(false);
  });

  it('go nowhere else', () => {
    expect(whole('https://t.me/smokva_grupa/2047')).toBeNull();
    expect(whole('https://example.org/s/smokva')).toBeNull();
  });
});
