import type { CustodyEvent } from '../../custody';
import { rotationProblem, type RotationDetails } from '../../crypto/key-rotation';
import { m, type CheckList } from './check-list';
import { knownFormat, ruleOf } from '../custody-events';
import { ROTATION_DETAILS_SCHEMA } from '../../evidence/manifest';
import { schemaProblems } from './schema';
import { PACK_FILES, type CheckMessage, type KeyHandOver, type PackManifest } from '../types';

/**
 * key-rotation (docs/PACK-FORMAT.md, "key-rotated"): the pack's `key-rotated`
 * events, in the log's order, are one line of hand-overs, each signed by the
 * key it replaced, the last to the key that signed the pack. Then a recipient
 * who holds an earlier key's fingerprint can be told that the pack's key is
 * the one it handed over to (signer.ts).
 *
 * Given the events one at a time as the log is read, it keeps what it needs
 * of the first MAX_ROTATIONS (a few hundred bytes each) and counts the rest;
 * the signatures are checked at the end, and only when there are no more than
 * that. A hostile log of 40,000 rotations costs 40,000 counts and no
 * signature check, and fails.
 */
const FILE = PACK_FILES.custody;
const subjectOf = (event: { seq: number }) => `${FILE} event #${event.seq}`;

/**
 * The most hand-overs checked. A store rotates its key when a passphrase is
 * set on a key kept without one: a few in a lifetime. A pack of more is no
 * genuine store's, and checking its signatures would cost a check each.
 */
export const MAX_ROTATIONS = 100;

const PROBLEMS = {
  key: 'keyRotation.key',
  fingerprint: 'keyRotation.fingerprint',
  signature: 'keyRotation.signature',
} as const;

/** What is kept of a `key-rotated` event: its details only when they are a hand-over's. */
interface KeptRotation {
  seq: number;
  at: string;
  actor: string;
  details: RotationDetails | null;
}

export interface RotationChecks {
  check(event: CustodyEvent): void;
  /** Reports the check (none for a pack without hand-overs); the hand-overs, oldest first, when every one holds. */
  end(): Promise<KeyHandOver[] | null>;
}

export function rotationChecks(manifest: Partial<PackManifest>, list: CheckList): RotationChecks {
  // A type a later format brought is unknown in an earlier one: custody-event fails it, and it proves nothing here.
  const known = ruleOf('key-rotated', knownFormat(manifest.format)) !== undefined;
  const kept: KeptRotation[] = [];
  let count = 0;

  return {
    check(event) {
      if (!known || event.type !== 'key-rotated') return;
      count += 1;
      if (count > MAX_ROTATIONS) return;
      const { seq, at, actor, details } = event;
      // custody-event names what is wrong with details that are not a hand-over's; here, that it cannot be followed.
      const valid = schemaProblems(details, ROTATION_DETAILS_SCHEMA, 'event.details').length === 0;
      kept.push({ seq, at, actor, details: valid ? (details as unknown as RotationDetails) : null });
    },

    async end() {
      if (count === 0) return null;
      if (count > MAX_ROTATIONS) {
        list.fail('key-rotation', FILE, m('keyRotation.tooMany', { count, limit: MAX_ROTATIONS }));
        return null;
      }
      const exporter = manifest.exporter?.installId;
      const packKey = manifest.exporter?.keyFingerprint;
      if (exporter === undefined || packKey === undefined) {
        list.fail('not-checked', FILE, m('notChecked.keyRotation'));
        return null;
      }
      // The statements are signed in the name of the event's actor, which must be the exporter (custody-actor too).
      const problems = await Promise.all(
        kept.map(({ actor, details }) => (details ? rotationProblem(actor, details) : null)),
      );
      let failed = false;
      const fail = (event: KeptRotation, message: CheckMessage, values?: { expected: string; actual: string }) => {
        failed = true;
        list.fail('key-rotation', subjectOf(event), message, values);
      };
      const handOvers: KeyHandOver[] = [];
      let previous: { seq: number; to: string } | null = null;
      for (const [i, event] of kept.entries()) {
        const { details } = event;
        if (!details) {
          fail(event, m('keyRotation.details'));
          previous = null;
          continue;
        }
        if (event.actor !== exporter) fail(event, m('keyRotation.actor'), { expected: exporter, actual: event.actor });
        if (previous && details.from !== previous.to) {
          fail(event, m('keyRotation.link', { seq: String(previous.seq) }), {
            expected: previous.to,
            actual: details.from,
          });
        }
        const problem = problems[i];
        if (problem) fail(event, m(PROBLEMS[problem]));
        previous = { seq: event.seq, to: details.to };
        handOvers.push({ fingerprint: details.from, to: details.to, at: event.at, seq: event.seq });
      }
      const last = kept.at(-1)!;
      if (previous && previous.to !== packKey) {
        fail(last, m('keyRotation.notPackKey'), { expected: packKey, actual: previous.to });
      }
      if (failed) return null;
      const chain = handOvers.map((handOver) => `${handOver.fingerprint} → ${handOver.to} (${handOver.at})`);
      list.pass('key-rotation', FILE, m('keyRotation.ok', { count, chain: chain.join(', ') }));
      return handOvers;
    },
  };
}
