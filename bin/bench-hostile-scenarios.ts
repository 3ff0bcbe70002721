/**
 * The packs of the hostile-pack benchmark (bench-hostile.ts): each made from a genuine pack, under 10 MB, to cost the
 * verifier as much as it can in one way.
 */
import { deflateSync } from 'fflate';
import { canonicalJson } from '../utils/canonical-json';
import { limitsFor } from '../utils/pack/verify/read-limits';
import { bytes, entryOf, fileEntry, writeZip, type RawZip } from '../tests/unit/pack/hostile-zips';
import {
  fillKept,
  firstRecord,
  inflated,
  longString,
  manifestWith,
  padTo,
  replace,
  setSizes,
} from '../tests/unit/pack/kept-packs';

export const LIMIT_BYTES = 10 * 1024 * 1024;
const MB = 1024 * 1024;
/** The largest deflated file the reader inflates for a pack of 10 MB: the bombs that cost the most declare it. */
const LARGEST = limitsFor(9 * MB).inflatedFile;

/** A deflate bomb: `size` zeros deflated (about 1,000:1), made once per size. */
const bombs = new Map<number, Uint8Array>();
function bomb(size: number): Uint8Array {
  if (!bombs.has(size)) bombs.set(size, deflateSync(new Uint8Array(size), { level: 9 }));
  return bombs.get(size)!;
}

/** SHA256SUMS listing `names` as well (with wrong hashes): listed entries are the ones the verifier reads. */
function list(raw: RawZip, names: string[]): void {
  const sums = entryOf(raw, 'SHA256SUMS');
  const lines = names.map((name) => `${'0'.repeat(64)}  ${name}\n`).join('');
  replace(sums, bytes(lines));
}

/** Pads the pack to just under 10 MB with a stored, unlisted entry: the limits grow with the pack's size. */
function padTo10MB(raw: RawZip): void {
  padTo(raw, LIMIT_BYTES);
}

/** Adds bomb entries, each declaring `declared` bytes and inflating to `real`, while the pack stays under 10 MB. */
function addBombs(raw: RawZip, declared: number, real: number): string[] {
  const data = bomb(real);
  const names: string[] = [];
  const room = LIMIT_BYTES - writeZip(raw).length - 200_000;
  for (let i = 0; (i + 1) * (data.length + 200) < room; i++) {
    const name = `captures/bomb-${i}.html`;
    const entry = fileEntry(name, new Uint8Array(), { deflated: data });
    setSizes(entry, 0, declared);
    raw.entries.push(entry);
    names.push(name);
  }
  return names;
}

export type Scenario = [name: string, what: string, make: (raw: RawZip) => void];

export const SCENARIOS: Scenario[] = [
  [
    'bombs-listed',
    'deflate bombs listed in SHA256SUMS, each declaring and inflating to the most one file may (52 MiB)',
    (raw) => list(raw, addBombs(raw, LARGEST, LARGEST)),
  ],
  [
    'bombs-lying',
    'deflate bombs listed in SHA256SUMS, each declaring 1 KB and inflating to 60 MB',
    (raw) => list(raw, addBombs(raw, 1024, 60 * MB)),
  ],
  [
    'bombs-unlisted',
    'deflate bombs of 60 MB that SHA256SUMS does not list',
    (raw) => void addBombs(raw, 60 * MB, 60 * MB),
  ],
  [
    'manifest-bomb',
    'manifest.json: 50 MB of "{}," (1,000:1), 33 million JSON values',
    (raw) => {
      const junk = bytes(`{"a":[${'{},'.repeat((50 * MB) / 3)}{}]}`);
      replace(entryOf(raw, 'manifest.json'), junk);
      padTo10MB(raw);
    },
  ],
  [
    'manifest-at-limit',
    'manifest.json of "{}," just within the JSON values parsed (1.16 million objects)',
    (raw) => {
      const junk = bytes(`{"a":[${'{},'.repeat(580_000)}{}]}`);
      replace(entryOf(raw, 'manifest.json'), junk);
      padTo10MB(raw);
    },
  ],
  [
    'custody-40k',
    'custody.jsonl of 40,000 events, each to hash and link',
    (raw) => {
      const custody = entryOf(raw, 'custody.jsonl');
      const first = JSON.parse(new TextDecoder().decode(inflated(custody)).split('\n')[0]!) as Record<string, unknown>;
      const lines = Array.from({ length: 40_000 }, (_, i) => `${canonicalJson({ ...first, seq: i + 1 })}\n`).join('');
      replace(custody, bytes(lines));
      padTo10MB(raw);
    },
  ],
  [
    'entries-10k',
    '10,000 tiny entries listed in SHA256SUMS (each read, hashed, and extra)',
    (raw) => {
      const names = Array.from({ length: 10_000 }, (_, i) => `captures/f${i}.bin`);
      raw.entries.push(...names.map((name) => fileEntry(name, bytes('x'), { store: true })));
      list(raw, names);
    },
  ],
  [
    'entries-65k',
    '65,000 tiny entries that SHA256SUMS does not list',
    (raw) => {
      for (let i = 0; i < 65_000; i++) raw.entries.push(fileEntry(`captures/${i}`, new Uint8Array(), { store: true }));
    },
  ],
  [
    'deep-names',
    '10,000 entries named 120 folders deep (239 bytes)',
    (raw) => {
      for (let i = 0; i < 10_000; i++) {
        const name = `${'a/'.repeat(117)}${String(i).padStart(5, '0')}`;
        raw.entries.push(fileEntry(name, new Uint8Array(), { store: true }));
      }
    },
  ],
  [
    'sums-lines',
    'SHA256SUMS of 25 million empty lines (50 MB)',
    (raw) => {
      replace(entryOf(raw, 'SHA256SUMS'), bytes('\n'.repeat(25_000_000)));
      padTo10MB(raw);
    },
  ],
  [
    'custody-lines',
    'custody.jsonl of 25 million empty lines (50 MB)',
    (raw) => {
      replace(entryOf(raw, 'custody.jsonl'), bytes('\n'.repeat(25_000_000)));
      padTo10MB(raw);
    },
  ],
  // The adversarial review's packs, and their kin: a budget of kept files filled, to be parsed, serialized, hashed.
  [
    'manifest-html',
    "manifest.json filling the budget of files parsed whole, nearly all one record's post.html, with one Cyrillic letter at its end",
    (raw) => {
      fillKept(raw, 'manifest.json', (room, old) => longString(manifestWith(old, '@@'), room, 'ж'));
      padTo10MB(raw);
    },
  ],
  [
    'manifest-html-ascii',
    'the same in ASCII',
    (raw) => {
      fillKept(raw, 'manifest.json', (room, old) => longString(manifestWith(old, '@@'), room, ''));
      padTo10MB(raw);
    },
  ],
  [
    'manifest-member',
    'the same string in a member no manifest has',
    (raw) => {
      fillKept(raw, 'manifest.json', (room, old) => {
        const json = new TextDecoder().decode(old);
        return longString(`${json.slice(0, -1)},"x":"@@"}`, room, 'ж');
      });
      padTo10MB(raw);
    },
  ],
  [
    'record-json',
    'a record.json filling the budget of kept files, one string with one Cyrillic letter at its end',
    (raw) => {
      fillKept(raw, firstRecord(raw), (room) => longString('{"html":"@@"}', room, 'ж'));
      padTo10MB(raw);
    },
  ],
  [
    'manifest-records',
    'both: manifest.json as in manifest-html, and a record.json filling what is left of the kept files',
    (raw) => {
      fillKept(raw, 'manifest.json', (room, old) => longString(manifestWith(old, '@@'), room, 'ж'));
      fillKept(raw, firstRecord(raw), (room) => longString('{"html":"@@"}', room, 'ж'));
      padTo10MB(raw);
    },
  ],
  [
    'custody-line',
    'custody.jsonl filling the budget of files parsed whole, one event whose actor is one string with one Cyrillic letter at its end',
    (raw) => {
      fillKept(raw, 'custody.jsonl', (room, old) => {
        const [first, ...rest] = new TextDecoder().decode(old).split('\n');
        const event = { ...(JSON.parse(first!) as Record<string, unknown>), actor: '@@' };
        return longString([canonicalJson(event), ...rest].join('\n'), room, 'ж');
      });
      padTo10MB(raw);
    },
  ],
  [
    'custody-long-lines',
    'custody.jsonl filling the budget of files parsed whole, with events as long as a line may be, each with a Cyrillic letter',
    (raw) => {
      fillKept(raw, 'custody.jsonl', (room, old) => {
        const [first] = new TextDecoder().decode(old).split('\n');
        const event = { ...(JSON.parse(first!) as Record<string, unknown>), actor: '@@' };
        const line = longString(canonicalJson(event), limitsFor(LIMIT_BYTES).custodyLine - 16, 'ж');
        return bytes(`${new TextDecoder().decode(line)}\n`.repeat(Math.floor(room / (line.length + 1))));
      });
      padTo10MB(raw);
    },
  ],
  [
    'custody-events',
    'custody.jsonl filling the budget of files parsed whole, with events of a few hundred bytes',
    (raw) => {
      fillKept(raw, 'custody.jsonl', (room, old) => {
        const event = JSON.parse(new TextDecoder().decode(old).split('\n')[0]!) as Record<string, unknown>;
        const lines: string[] = [];
        for (let size = 0, seq = 1; size < room - 1024; seq++) {
          const line = `${canonicalJson({ ...event, seq, actor: `Обвинител ${seq}` })}\n`;
          lines.push(line);
          size += bytes(line).length;
        }
        return bytes(lines.join(''));
      });
      padTo10MB(raw);
    },
  ],
];
