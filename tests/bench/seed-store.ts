/**
 * Seeds the extension's own store with realistic fake case work: captures of
 * Telegram messages across some thirty groups (Cyrillic and Latin, renamed
 * groups, accounts posting in several of them), a few generic web pages,
 * cases, tags, categories and notes, all written through createStore() as
 * the background writes them (custody chain included). Bundled and run in an
 * extension page by bin/bench-dashboard.ts.
 */
import { CATEGORY_KEYS } from '../../utils/case-work/types';
import { createStore } from '../../utils/store';
import { makeCapture, telegramMessage } from '../factories';

const GROUPS = [
  'Balkan Room',
  'Public Room',
  'Serbian Room',
  'Smokva',
  'GevgelijaHub',
  'Јавна соба',
  'Скопје 18+',
  'Bitola Girls',
  'Ohrid Leaks',
  'Novi Sad Room',
  'Београд ноћу',
  'Zagreb Exposed',
  'Sarajevo Room',
  'Tuzla 18',
  'Mostar Leaks',
  'Tirana Room',
  'Prishtina Leaks',
  'Kumanovo Room',
  'Тетово 18+',
  'Nis Room',
  'Kragujevac',
  'Podgorica Room',
  'Banja Luka 18',
  'Split Room',
  'Rijeka Leaks',
  'Osijek Room',
  'Shkodra Room',
  'Durres 18',
  'Struga Room',
  'Veles',
];
const FIRST = [
  'Марко',
  'Petar',
  'Никола',
  'Stefan',
  'Ивана',
  'Ana',
  'Дејан',
  'Luka',
  'Alban',
  'Arben',
  'Besnik',
  'Goran',
  'Зоран',
  'Ilir',
  'Dritan',
];
const LAST = [
  'Петровски',
  'Jovanović',
  'Николовски',
  'Horvat',
  'Стојановиќ',
  'Hoxha',
  'Krasniqi',
  'Kovačević',
  'Трајковски',
  'Berisha',
];
const WORDS = [
  'слики',
  'адреса',
  'телефон',
  'slike',
  'adresa',
  'broj',
  'Смоква',
  'Smokva',
  'ko je ova',
  'кој ја знае',
  'nudes',
  'leak',
  'foto',
  'video',
  'pishe',
  'ku jeton',
  'numri',
  'Skopje',
  'Beograd',
  'Tirana',
  'Sarajevo',
  'инстаграм',
  'instagram',
];

/** A small deterministic random, so that two runs seed the same data. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export async function seedStore(count: number): Promise<{ captures: number; cases: number; seconds: number }> {
  const start = performance.now();
  const store = createStore();
  const next = random(7);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const cases = [];
  for (const name of ['Smokva — A.', 'Public Room — M.', 'Balkan Room', 'Јавна соба — Е.']) {
    cases.push(await store.createCase({ name, personAlias: name.split('— ')[1] ?? '' }));
  }
  const accounts = Array.from({ length: 300 }, (_, i) => ({
    peerId: 500_000 + i,
    name: `${pick(FIRST)} ${pick(LAST)}`,
    username: next() < 0.6 ? `user_${i}` : null,
  }));
  const base = Date.parse('2026-01-01T00:00:00.000Z');
  for (let i = 0; i < count; i++) {
    const at = new Date(base + Math.floor((i / count) * 320 * 86_400_000) + Math.floor(next() * 3_600_000));
    const text = Array.from({ length: 6 + Math.floor(next() * 30) }, () => pick(WORDS)).join(' ');
    const { record, data } = await makeCapture({ capturedAt: at.toISOString() }, ['viewport', 'post']);
    if (next() < 0.9) {
      const group = Math.floor(next() * GROUPS.length);
      const renamed = next() < 0.1 ? ' 2' : '';
      const account = pick(accounts);
      record.page.url = `https://web.telegram.org/k/#-${1_000_000_000 + group}`;
      record.page.title = 'Telegram Web';
      record.post.text = text;
      record.post.structured = telegramMessage({
        chat: { peerId: -1_001_000_000_000 - group, title: `${GROUPS[group]}${renamed}`, username: `room_${group}` },
        sender: { peerId: account.peerId, name: account.name, username: account.username },
        text,
        messageId: 1000 + i,
      });
    } else {
      record.page.url = `https://forum.example.org/thread/${i}`;
      record.page.title = `Forum thread ${i}`;
      record.post.text = text;
    }
    await store.saveCapture(record, data);
    if (next() < 0.3) {
      await store.annotate(record.id, {
        caseId: pick(cases).id,
        tags: next() < 0.5 ? ['reported'] : [],
        categories: [pick(CATEGORY_KEYS), pick(CATEGORY_KEYS)],
        note: next() < 0.3 ? `Белешка ${i}: ${pick(WORDS)}` : '',
      });
    }
  }
  return { captures: count, cases: cases.length, seconds: (performance.now() - start) / 1000 };
}
