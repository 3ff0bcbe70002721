import { describe, expect, it } from 'vitest';
import { TabGoneError } from '@/utils/errors';
import { explainBrowserError } from '@/utils/capture/page-access';

/** What the browsers throw when the tab (or its window) goes during a capture, said as what happened. */
describe('a tab gone during a capture', () => {
  it.each([
    'No tab with id: 12.',
    'Invalid tab ID: 12',
    'Frame with ID 0 was removed.',
    // Firefox, when the closed tab was its window's last: the screenshot names the window.
    'Invalid window ID: 84',
    'No window with id: 84.',
  ])('%s', (message) => {
    expect(explainBrowserError(new Error(message), 'https://example.org/')).toBeInstanceOf(TabGoneError);
  });
});
