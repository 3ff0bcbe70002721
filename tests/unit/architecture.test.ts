import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  listSources,
  readSource,
  roomArrows,
  roomCycles,
  roomOf,
  type Arrow,
  type SourceFile,
} from '../architecture/import-graph';

/**
 * The house's rules (docs/ARCHITECTURE.md, "Rooms and arrows"), checked on every import of the source: arrows point
 * down, so no room imports a room that imports it back; the evidence core runs the same in the browser and in Node;
 * the store alone owns IndexedDB. A failure names the file and the import to move.
 */
const ROOT = process.cwd();
const BROWSER_MODULES =
  /^(wxt\/browser|webextension-polyfill|@wxt-dev\/webextension-polyfill|wxt\/utils\/.*|#imports)$/;

interface Rule {
  why: string;
  /** The rooms the rule is about. */
  rooms: string[];
  /** Rooms they may not import. */
  notRooms?: string[];
  /** Modules they may not import. */
  notModules?: RegExp;
  /** Globals they may not use. */
  notGlobals?: string[];
  /** Files the rule leaves out, each with its reason. */
  except?: Record<string, string>;
}

const EVIDENCE_CORE = [
  'utils/hash',
  'utils/canonical-json',
  'utils/custody',
  'utils/schema',
  'utils/evidence',
  'utils/notes',
  'utils/sites',
  'utils/extract',
  'utils/pack',
  'utils/report',
  'utils/html',
  'utils/case-work',
];
const ALL_UTILS = (rooms: string[]) => rooms.filter((room) => room.startsWith('utils/'));

export const RULES: Rule[] = [
  {
    why: 'the evidence core (hashes, canonical JSON, custody, the model, extractors, packs, report, case work) runs in the page, the background and Node alike',
    rooms: EVIDENCE_CORE,
    notRooms: ['utils/store'],
    notModules: BROWSER_MODULES,
    notGlobals: ['browser', 'chrome', 'indexedDB'],
  },
  {
    why: 'crypto takes keys and bytes; where a key is kept is the store’s business',
    rooms: ['utils/crypto'],
    notRooms: ['utils/store'],
    notModules: BROWSER_MODULES,
    notGlobals: ['browser', 'chrome', 'indexedDB'],
  },
  {
    why: 'components render what they are given; pages connect them to the store and the browser',
    rooms: ['components'],
    notRooms: ['utils/store'],
    notModules: BROWSER_MODULES,
    notGlobals: ['browser', 'chrome', 'indexedDB'],
  },
  {
    why: 'the store is the only owner of IndexedDB',
    rooms: [], // every room but the store: filled below
    notModules: /^dexie$/,
    notGlobals: ['indexedDB'],
  },
  {
    why: 'entrypoints are wiring at the top: nothing imports them',
    rooms: [], // every room but the entrypoints: filled below
    notRooms: [], // every entrypoint: filled below
  },
  {
    why: 'utilities do not draw: the pages (entrypoints, pages/) compose components',
    rooms: [], // every room of utils: filled below
    notRooms: ['components', 'pages'],
  },
];

function fill(rules: Rule[], rooms: string[]): Rule[] {
  return rules.map((rule, i) => {
    if (i === 3) return { ...rule, rooms: rooms.filter((room) => room !== 'utils/store') };
    if (i === 4) {
      return {
        ...rule,
        rooms: rooms.filter((room) => !room.startsWith('entrypoints/')),
        notRooms: rooms.filter((room) => room.startsWith('entrypoints/')),
      };
    }
    if (i === 5) return { ...rule, rooms: ALL_UTILS(rooms) };
    return rule;
  });
}

/** Every way in which the files break the rules, one line each. */
export function breaches(files: SourceFile[], rules: Rule[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    const room = roomOf(file.path);
    for (const rule of rules) {
      if (!rule.rooms.includes(room) || rule.except?.[file.path]) continue;
      for (const { specifier, target, typeOnly } of file.imports) {
        // A type names a shape and calls nothing: a component may name the store's row type.
        if (target && !typeOnly && rule.notRooms?.includes(roomOf(target)))
          found.push(`${file.path} imports ${target}: ${rule.why}`);
        if (!target && rule.notModules?.test(specifier)) found.push(`${file.path} imports ${specifier}: ${rule.why}`);
      }
      for (const use of file.globals) {
        if (rule.notGlobals?.includes(use.name)) found.push(`${file.path}:${use.line} uses ${use.name}: ${rule.why}`);
      }
    }
  }
  return found;
}

export function describeCycles(cycles: Arrow[][]): string[] {
  return cycles.map((arrows) => arrows.map((a) => `${a.from} → ${a.to} (${a.via})`).join('\n  '));
}

describe('the rooms and their arrows', () => {
  const paths = listSources(ROOT, ['utils', 'components', 'pages', 'entrypoints', 'bin']);
  const files = paths.map((path) => readSource(ROOT, path, (p) => existsSync(join(ROOT, p))));
  const rooms = [...new Set(paths.map(roomOf))];

  it('has no cycle between rooms', () => {
    expect(describeCycles(roomCycles(roomArrows(files)))).toEqual([]);
  });

  it('keeps every rule', () => {
    expect(breaches(files, fill(RULES, rooms))).toEqual([]);
  });

  it('reads the whole source', () => {
    expect(rooms).toEqual(expect.arrayContaining(['utils/store', 'utils/evidence', 'utils/sites', 'components']));
    expect(files.flatMap((f) => f.imports).filter((i) => i.target && !existsSync(join(ROOT, i.target)))).toEqual([]);
  });
});

describe('the checker', () => {
  const file = (path: string, imports: [string, string | null][], globals: string[] = []): SourceFile => ({
    path,
    imports: imports.map(([specifier, target]) => ({ specifier, target, typeOnly: false })),
    globals: globals.map((name) => ({ name, line: 1 })),
  });

  it('finds a cycle, naming the imports that make it', () => {
    const files = [
      file('utils/pack/build.ts', [['../store', 'utils/store/index.ts']]),
      file('utils/store/index.ts', [['../pack/build', 'utils/pack/build.ts']]),
      file('utils/hash.ts', []),
    ];
    expect(describeCycles(roomCycles(roomArrows(files)))).toEqual([
      expect.stringContaining('utils/pack → utils/store (utils/pack/build.ts → utils/store/index.ts)'),
    ]);
  });

  it('finds a forbidden import, module and global', () => {
    const files = [
      file('utils/pack/build.ts', [
        ['../store', 'utils/store/index.ts'],
        ['wxt/browser', null],
      ]),
      file('components/X.tsx', [['dexie', null]], ['chrome']),
    ];
    const rooms = ['utils/pack', 'utils/store', 'components'];
    expect(breaches(files, fill(RULES, rooms))).toEqual([
      expect.stringMatching(/^utils\/pack\/build\.ts imports utils\/store\/index\.ts/),
      expect.stringMatching(/^utils\/pack\/build\.ts imports wxt\/browser/),
      expect.stringMatching(/^components\/X\.tsx:1 uses chrome/),
      expect.stringMatching(/^components\/X\.tsx imports dexie/),
    ]);
  });
});
