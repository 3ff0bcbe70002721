import { describe, expect, it } from 'vitest';
import {
  createCheckList,
  createDeferredList,
  m,
  MAX_SHOWN_PER_KIND,
  type CheckList,
} from '@/utils/pack/verify/check-list';

/**
 * The check list: failures counted in O(1) a check, at most MAX_SHOWN_PER_KIND
 * of one kind listed one by one and the rest as one "and N more" line, and
 * warnings that are listed apart and never fail a pack.
 */
describe('createCheckList', () => {
  it('counts failures as they come, listed or not', () => {
    const list = createCheckList();
    list.pass('zip', 'pack', m('zip.opens', { count: 3 }));
    list.warn('custody-clock', 'custody.jsonl event #3', m('custody.clockOk'));
    expect(list.failures()).toBe(0);
    for (let i = 0; i < 1_000; i++) list.fail('custody-json', `custody.jsonl line ${i + 1}`, m('custody.notJson'));
    expect(list.failures()).toBe(1_000);
  });

  it('lists a kind of failure 100 times at most, then one line for the rest, worded when read', () => {
    const list = createCheckList();
    for (let i = 0; i < 40_000; i++) list.fail('custody-json', `custody.jsonl line ${i + 1}`, m('custody.notJson'));
    list.fail('custody-json', 'custody.jsonl line 7', m('custody.notCanonical'));
    const { checks } = list;
    expect(checks).toHaveLength(MAX_SHOWN_PER_KIND + 2);
    expect(checks[MAX_SHOWN_PER_KIND - 1]).toMatchObject({ subject: 'custody.jsonl line 100', message: 'is not JSON' });
    expect(checks[MAX_SHOWN_PER_KIND]).toMatchObject({
      id: 'custody-json',
      ok: false,
      subject: 'custody.jsonl line 101',
      key: 'checks.more',
      params: { count: 39_900 },
      message: 'and 39900 more like it, not listed one by one',
    });
    // Another kind of failure of the same check has its own hundred.
    expect(checks.at(-1)).toMatchObject({ message: 'is not in canonical JSON' });
    expect(list.failures()).toBe(40_001);
    list.fail('custody-json', 'custody.jsonl line 40002', m('custody.notJson'));
    expect(list.checks[MAX_SHOWN_PER_KIND]).toMatchObject({ params: { count: 39_901 } });
  });

  it('caps warnings and notes as it caps failures, and they fail nothing', () => {
    const list = createCheckList();
    for (let i = 0; i < 500; i++) {
      list.warn('custody-clock', `custody.jsonl event #${i}`, m('custody.clockOk'));
      list.pass('custody-gap', 'custody.jsonl', m('custody.gap', { count: 1, range: `#${i}` }));
    }
    const { checks } = list;
    expect(checks).toHaveLength(2 * (MAX_SHOWN_PER_KIND + 1));
    expect(checks.every((check) => check.ok)).toBe(true);
    expect(checks.filter((check) => check.warning)).toHaveLength(MAX_SHOWN_PER_KIND + 1);
    expect(checks.filter((check) => check.key === 'checks.more').map((check) => check.params)).toEqual([
      { count: 400 },
      { count: 400 },
    ]);
    expect(list.failures()).toBe(0);
  });

  it('lists every pass of a check that is not a note', () => {
    const list = createCheckList();
    for (let i = 0; i < 500; i++) list.pass('file-hash', `captures/${i}/post.png`, m('files.ok'));
    expect(list.checks).toHaveLength(500);
  });
});

/**
 * The deferred list: checks made during one pass, added to the verdict after
 * others, exactly as if made there, while holding at most what is shown.
 */
describe('createDeferredList', () => {
  /** Checks of several kinds, interleaved, with more than are shown of some, on `list`. */
  function makeChecks(list: CheckList): void {
    for (let i = 0; i < 3_000; i++) {
      list.fail('custody-actor', `custody.jsonl event #${i + 1}`, m('custody.actor'), {
        expected: 'a',
        actual: `b${i}`,
      });
      if (i % 7 === 0)
        list.fail('custody-event', `custody.jsonl event #${i + 1}`, m('custody.noDetails', { type: 'x' }));
      if (i % 500 === 0) list.warn('custody-clock', `custody.jsonl event #${i + 1}`, m('custody.clockOk'));
      if (i % 30 === 0) list.pass('custody-gap', 'custody.jsonl', m('custody.gap', { count: 1, range: `#${i}` }));
    }
    list.pass('custody-event', 'custody.jsonl', m('custody.eventsOk', { count: 3_000 }));
  }

  it('adds its checks as if they had been made on the list, in their order, after those made before', () => {
    const direct = createCheckList();
    direct.fail('custody-actor', 'custody.jsonl event #0', m('custody.actor'));
    makeChecks(direct);

    const list = createCheckList();
    const deferred = createDeferredList();
    makeChecks(deferred);
    expect(deferred.failures()).toBe(3_000 + Math.ceil(3_000 / 7));
    list.fail('custody-actor', 'custody.jsonl event #0', m('custody.actor'));
    deferred.addTo(list);
    expect(list.checks).toEqual(direct.checks);
    expect(list.failures()).toBe(direct.failures());
  });

  it('is read only through the list it is added to', () => {
    expect(() => createDeferredList().checks).toThrow();
  });
});
