import { describe, expect, it } from 'vitest';
import { parseRoute } from '@/entrypoints/dashboard/route';
import { entryAddress, listAddress } from '@/utils/page/address';

/**
 * The dashboard's addresses, which Chromium keeps in the browser's history:
 * a search, its filters and catalogue keys are there only as handles this
 * page resolves (utils/page/address.ts).
 */
describe('the dashboard’s addresses', () => {
  it('hold a search and a catalogue key only as a handle, which the page reads back', () => {
    const query = 'q=%D0%BF%D0%B0%D1%80%D1%82%D0%B8%D0%B7%D0%B0%D0%BD%D1%81%D0%BA%D0%B0&account=peer%3A5551234';
    const list = listAddress(query);
    expect(list).toMatch(/^#\/\?~[0-9a-f]{16}$/);
    expect(parseRoute(list)).toEqual({ name: 'captures', query });
    expect(listAddress(query)).toBe(list);
    expect(listAddress('')).toBe('#/');

    const account = entryAddress('account', 'username:smokva_grupa');
    expect(account).not.toContain('smokva');
    expect(parseRoute(account)).toEqual({ name: 'account', key: 'username:smokva_grupa' });
    expect(parseRoute(entryAddress('group', 'peer:-1001987654321'))).toEqual({
      name: 'group',
      key: 'peer:-1001987654321',
    });
  });

  it('resolve to the unfiltered view once the page that made them is gone', () => {
    expect(parseRoute('#/?~0123456789abcdef')).toEqual({ name: 'captures', query: '' });
    expect(parseRoute('#/account/~0123456789abcdef')).toEqual({ name: 'accounts' });
    expect(parseRoute('#/group/~0123456789abcdef')).toEqual({ name: 'groups' });
  });

  it('are still read when written plainly, as an old bookmark is', () => {
    expect(parseRoute('#/?case=c1')).toEqual({ name: 'captures', query: 'case=c1' });
    expect(parseRoute('#/account/username%3Aa')).toEqual({ name: 'account', key: 'username:a' });
  });
});
