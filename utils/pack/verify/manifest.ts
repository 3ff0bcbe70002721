import { recordVersionProblems } from '../../evidence/versions';
import { MANIFEST_MEMBERS } from '../../evidence/manifest';
import { knownFormat } from '../custody-events';
import { PACK_FILES, type CheckMessage, type PackManifest } from '../types';
import { because, m, type CheckList } from './check-list';
import { scanJson, type JsonScan } from './json-scan';
import { readText, type OpenedPack } from './pack-reader';
import { schemaProblems } from './schema';

/**
 * manifest.json read and checked against the evidence model: JSON without a member named twice, not nested deeper
 * than a record can be, every member of the format's schema and none other, every record as its version says
 * (utils/evidence/versions.ts), and which files the manifest and SHA256SUMS leave out.
 */
/** The four files that manifest.json's `files` leaves out. */
export const SIGNING_FILES: readonly string[] = [
  PACK_FILES.manifest,
  PACK_FILES.signature,
  PACK_FILES.sums,
  PACK_FILES.sumsSignature,
];
/** The three files that SHA256SUMS leaves out. */
export const NOT_IN_SUMS: readonly string[] = [PACK_FILES.sums, PACK_FILES.sumsSignature, PACK_FILES.signature];
export const ALWAYS = [
  ...SIGNING_FILES,
  PACK_FILES.publicKey,
  PACK_FILES.custody,
  PACK_FILES.report,
  PACK_FILES.verify,
];

/**
 * How deep manifest.json may nest: its deepest member, a Telegram post's
 * entity or reaction in a record ($.captures[0].record.post.structured.…),
 * is about ten levels down.
 */
const MAX_MANIFEST_DEPTH = 32;

/** The members of manifest.json that have their schema; the checks that need another one are reported as not run. */
export function readManifest(
  pack: OpenedPack,
  list: CheckList,
): { manifest: Partial<PackManifest>; format: string | null } {
  const read = parseManifest(pack, list);
  if (!read) return { manifest: {}, format: null };
  const { parsed: members, scan } = read;
  // JSON.parse keeps a member's last value, other readers its first: the signed bytes would say two things.
  for (const path of scan.duplicates) list.fail('manifest-json', PACK_FILES.manifest, m('json.duplicateKey', { path }));
  const unlisted = scan.duplicateCount - scan.duplicates.length;
  if (unlisted > 0) list.fail('manifest-json', PACK_FILES.manifest, m('manifest.moreProblems', { count: unlisted }));
  if (scan.duplicateCount === 0) list.pass('manifest-json', PACK_FILES.manifest, m('manifest.isJson'));
  const usable: Record<string, unknown> = {};
  const problems: CheckMessage[] = [];
  for (const [key, schema] of Object.entries(MANIFEST_MEMBERS)) {
    const before = problems.length;
    if (Object.hasOwn(members, key)) schemaProblems(members[key], schema, `$.${key}`, problems);
    else problems.push(m('schema.missing', { path: '$', member: key }));
    if (problems.length === before) usable[key] = members[key];
  }
  for (const key of Object.keys(members)) {
    if (!Object.hasOwn(MANIFEST_MEMBERS, key)) {
      problems.push(m('manifest.unknownMember', { path: `$.${key}`, format: knownFormat(members.format) }));
    }
  }
  for (const [i, { record }] of ((usable.captures as PackManifest['captures'] | undefined) ?? []).entries()) {
    problems.push(...(recordVersionProblems(record, `$.captures[${i}].record`) as CheckMessage[]));
  }
  const seen = new Set<string>();
  for (const { path } of (usable.files as PackManifest['files'] | undefined) ?? []) {
    if (SIGNING_FILES.includes(path)) problems.push(m('manifest.signingFile', { file: path }));
    if (seen.has(path)) problems.push(m('manifest.fileTwice', { file: path }));
    seen.add(path);
  }
  const shown = problems.slice(0, 50);
  for (const problem of shown) list.fail('manifest-schema', PACK_FILES.manifest, problem);
  if (problems.length > shown.length) {
    list.fail(
      'manifest-schema',
      PACK_FILES.manifest,
      m('manifest.moreProblems', { count: problems.length - shown.length }),
    );
  }
  if (problems.length === 0) list.pass('manifest-schema', PACK_FILES.manifest, m('manifest.schemaOk'));
  return { manifest: usable, format: typeof members.format === 'string' ? members.format : null };
}

/**
 * manifest.json parsed, when it is a JSON object. Its text is this function's
 * alone, so that it is garbage as soon as it is parsed: a manifest of 50 MB
 * with one Cyrillic letter is 100 MB of text, and as much again parsed.
 */
function parseManifest(pack: OpenedPack, list: CheckList): { parsed: Record<string, unknown>; scan: JsonScan } | null {
  const text = readText(pack, PACK_FILES.manifest, list, 'manifest-json');
  if (text === null) return null;
  // Before JSON.parse: a nesting no manifest has would cost it seconds and hundreds of MB.
  const scan = scanJson(text, { maxDepth: MAX_MANIFEST_DEPTH });
  if (scan.tooDeep) {
    list.fail('manifest-json', PACK_FILES.manifest, m('json.tooDeep', { count: MAX_MANIFEST_DEPTH }));
    return null;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    list.fail('manifest-json', PACK_FILES.manifest, because('manifest.notJson', error));
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    list.fail('manifest-json', PACK_FILES.manifest, m('manifest.notObject'));
    return null;
  }
  return { parsed: parsed as Record<string, unknown>, scan };
}
