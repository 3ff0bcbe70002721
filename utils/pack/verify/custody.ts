import { canonicalJson } from '../../canonical-json';
import { GENESIS_HASH, hashEvent, type CustodyEvent, type CustodyEventType } from '../../custody';
import { sha256Hex } from '../../hash';
import { createDeferredList, m, type CheckList } from './check-list';
import { knownFormat, ruleOf } from '../custody-events';
import { nestsDeeper, scanJson } from './json-scan';
import { CUSTODY_EVENT_SCHEMA } from '../../evidence/manifest';
import { readLines, type OpenedPack } from './pack-reader';
import { schemaProblems } from './schema';
import { PACK_FILES, type CheckMessage, type KeyHandOver, type PackFormat, type PackManifest } from '../types';
import { checkEventTimes, checkExport, eventRules } from './custody-rules';
import { rotationChecks } from './key-rotation';

/**
 * custody.jsonl against the rules of docs/PACK-FORMAT.md ("The export's
 * custody events", "Custody event types"): the events are a subset of one
 * chain, so a gap in `seq` is reported, not failed; every link between
 * consecutive events is checked, and every event against the one list of
 * event types. Every step is linear in the file: a hostile log of 40,000
 * lines costs 40,000 steps, and the check list shows a bounded few of them.
 */
const FILE = PACK_FILES.custody;
/** An event nests four levels at most (event, details, selection, captureIds); deeper is no event, and not parsed. */
const MAX_EVENT_DEPTH = 8;
/**
 * After this many lines that are not custody events the file is no custody
 * log, and reading it stops: a million lines of "{x}" would otherwise cost a
 * million parser exceptions (4 s) to fail a pack that has failed already.
 */
export const MAX_BAD_LINES = 1_000;

/**
 * What the checks after the first pass need of an event: its place in the
 * chain, what it is about and when; each member is bounded by the event's
 * schema. A type the list of event types does not name is null. The actor
 * and the details, which may be a line long, are checked during that pass.
 */
export type ChainEvent = Pick<CustodyEvent, 'seq' | 'at' | 'captureId' | 'payloadSha256' | 'prevHash' | 'hash'> & {
  type: CustodyEventType | null;
};

/**
 * Checks custody.jsonl; returns the key hand-overs its `key-rotated` events
 * prove, oldest first (check key-rotation), or null when it has none or one
 * does not hold.
 */
export async function checkCustody(
  pack: OpenedPack,
  manifest: Partial<PackManifest>,
  list: CheckList,
): Promise<KeyHandOver[] | null> {
  const log = readLines(pack, FILE, list, 'custody-json');
  if (log === null) return null;
  // The hashes and the event rules are checked a batch of events at a time, as the file is read, and reported after it.
  const [hashes, rules] = [createDeferredList(), createDeferredList()];
  const hashing = hashChecks(hashes);
  const ruling = eventRules(manifest, rules);
  // What the hand-overs need of each event is kept as it is read; their signatures are checked once the log is.
  const rotations = rotationChecks(manifest, list);
  const format = knownFormat(manifest.format);
  const { events, last, lines } = await readEvents(log, list, format, async (batch) => {
    await hashing.check(batch);
    for (const event of batch) {
      ruling.check(event);
      rotations.check(event);
    }
  });
  if (!last) return null;
  hashing.end(events.length);
  ruling.end();
  hashes.addTo(list);
  checkLinks(events, list);
  const captureIds = manifest.captures?.map((capture) => capture.id);
  if (captureIds) checkCaptured(pack, events, captureIds, list);
  else list.fail('not-checked', FILE, m('notChecked.custodyCaptures'));
  rules.addTo(list);
  const keyHistory = await rotations.end();
  checkEventTimes(events, manifest, list);
  checkExport(last, lines, manifest, list);
  return keyHistory;
}

/**
 * Every line parsed and held against the event schema, a batch at a time;
 * each batch goes to `each` whole, then only what the later checks need of
 * its events is kept, and the last event whole. The custody-json checks are
 * made on `list` as the lines are read.
 */
async function readEvents(
  log: Iterable<string>,
  list: CheckList,
  format: PackFormat,
  each: (batch: CustodyEvent[]) => Promise<void>,
): Promise<{ events: ChainEvent[]; last: CustodyEvent | undefined; lines: number }> {
  const events: ChainEvent[] = [];
  let batch: CustodyEvent[] = [];
  let last: CustodyEvent | undefined;
  const flush = async () => {
    await each(batch);
    for (const event of batch) events.push(chainEventOf(event, format));
    batch = [];
  };
  const failures = list.failures();
  let [lines, bad] = [0, 0];
  for (const line of log) {
    lines += 1;
    if (bad === MAX_BAD_LINES) {
      list.fail('custody-json', `${FILE} line ${lines}`, m('custody.tooManyBad', { count: MAX_BAD_LINES }));
      // Nothing of a file that is no custody log is checked further: its events would only add noise.
      return { events: [], last: undefined, lines };
    }
    const event = readEvent(line, `${FILE} line ${lines}`, list);
    if (event.bad) bad += 1;
    if (event.value === null) continue;
    batch.push(event.value);
    last = event.value;
    if (batch.length === HASHED_AT_ONCE) await flush();
  }
  await flush();
  if (lines === 0) list.fail('custody-json', FILE, m('custody.empty'));
  else if (list.failures() === failures) list.pass('custody-json', FILE, m('custody.ok', { count: events.length }));
  return { events, last, lines };
}

/** One line as an event, null when it is none; `bad` when it is not one as Dokaz writes it. */
function readEvent(line: string, where: string, list: CheckList): { value: CustodyEvent | null; bad: boolean } {
  const event = parseLine(line, where, list);
  if (event === null) return { value: null, bad: true };
  const problems = schemaProblems(event, CUSTODY_EVENT_SCHEMA, 'event');
  for (const problem of problems) list.fail('custody-json', where, problem);
  if (problems.length > 0) return { value: null, bad: true };
  if (canonicalJson(event) !== line) {
    // A member named twice is one way to differ from the canonical form: JSON.parse kept the last, another reader the first.
    const [twice] = scanJson(line, { maxDepth: MAX_EVENT_DEPTH, maxReported: 1 }).duplicates;
    list.fail('custody-json', where, twice ? m('json.duplicateKey', { path: twice }) : m('custody.notCanonical'));
    return { value: event as CustodyEvent, bad: true };
  }
  return { value: event as CustodyEvent, bad: false };
}

function chainEventOf(
  { seq, type, at, captureId, payloadSha256, prevHash, hash }: CustodyEvent,
  format: PackFormat,
): ChainEvent {
  return { seq, type: ruleOf(type, format) ? type : null, at, captureId, payloadSha256, prevHash, hash };
}

/** A line's JSON value, or null (and a failed check) when it is not JSON or nests too deep to be an event. */
function parseLine(line: string, where: string, list: CheckList): unknown {
  // Every event is an object, its line begins with "{": anything else fails without the cost of a parser's exception.
  if (!line.startsWith('{')) {
    list.fail('custody-json', where, m('manifest.notObject'));
    return null;
  }
  if (nestsDeeper(line, MAX_EVENT_DEPTH)) {
    list.fail('custody-json', where, m('json.tooDeep', { count: MAX_EVENT_DEPTH }));
    return null;
  }
  try {
    return JSON.parse(line);
  } catch {
    list.fail('custody-json', where, m('custody.notJson'));
    return null;
  }
}

/**
 * How many events are hashed at once: enough to keep WebCrypto's threads
 * busy, few enough that tens of thousands of events do not hold tens of
 * thousands of pending promises and their strings at once.
 */
const HASHED_AT_ONCE = 512;

/** Rule 1: every event's hash recomputes, and `details` hash to `payloadSha256` where the log says they must. */
function hashChecks(list: CheckList): { check(batch: CustodyEvent[]): Promise<void>; end(count: number): void } {
  let failed = false;
  return {
    async check(batch) {
      // A batch's hashes asked for at once (one after another, each would wait for WebCrypto's thread), then checked.
      const hashed = await Promise.all(
        batch.map(async (event) => {
          const [actual, payload] = await Promise.all([
            hashEvent(event),
            event.details !== undefined && event.type !== 'captured'
              ? sha256Hex(canonicalJson(event.details))
              : undefined,
          ]);
          return { actual, payload };
        }),
      );
      for (const [i, { hash, ...rest }] of batch.entries()) {
        const subject = `${FILE} event #${rest.seq}`;
        const { actual, payload } = hashed[i]!;
        if (actual !== hash) {
          failed = true;
          list.fail('custody-hash', subject, m('custody.hashWrong'), { expected: hash, actual });
        }
        if (payload !== undefined && payload !== rest.payloadSha256) {
          failed = true;
          list.fail('custody-hash', subject, m('custody.payloadWrong'), {
            expected: rest.payloadSha256,
            actual: payload,
          });
        }
      }
    },
    end(count) {
      if (!failed) list.pass('custody-hash', FILE, m('custody.hashesOk', { count }));
    },
  };
}

/** Rule 2: `seq` increases; consecutive events are linked; a gap is information, not a failure. */
function checkLinks(events: ChainEvent[], list: CheckList): void {
  let failed = false;
  let previous: ChainEvent | undefined;
  for (const event of events) {
    const subject = `${FILE} event #${event.seq}`;
    const after = previous?.seq ?? 0;
    if (event.seq <= after) {
      failed = true;
      list.fail('custody-chain', subject, m('custody.order', { seq: String(after) }));
    } else if (event.seq === after + 1) {
      const expected = previous?.hash ?? GENESIS_HASH;
      if (event.prevHash !== expected) {
        failed = true;
        const what = previous ? m('custody.prevHash', { seq: String(after) }) : m('custody.prevHashFirst');
        list.fail('custody-chain', subject, what, { expected, actual: event.prevHash });
      }
    } else {
      const left = event.seq - after - 1;
      const range = left === 1 ? `#${after + 1}` : `#${after + 1}–#${event.seq - 1}`;
      list.pass('custody-gap', FILE, m('custody.gap', { count: left, range }));
    }
    previous = event.seq > after ? event : previous;
  }
  if (!failed) list.pass('custody-chain', FILE, m('custody.chainOk'));
}

/** Rule 3: one `captured` event per capture, holding its record.json's hash; none deleted; no other capture's events. */
function checkCaptured(pack: OpenedPack, events: ChainEvent[], captureIds: string[], list: CheckList): void {
  let failed = false;
  const fail = (subject: string, message: CheckMessage, values?: { expected: string; actual: string }): void => {
    failed = true;
    list.fail('custody-captures', subject, message, values);
  };
  const included = new Set(captureIds);
  // The first `captured` event of each capture, and how many it has: no list of them, which would grow with each.
  const capturedEvents = new Map<string, { first: ChainEvent; count: number }>();
  for (const event of events) {
    if (event.type !== 'captured' || event.captureId === null) continue;
    const seen = capturedEvents.get(event.captureId);
    if (seen) seen.count += 1;
    else capturedEvents.set(event.captureId, { first: event, count: 1 });
  }
  for (const id of included) {
    const captured = capturedEvents.get(id);
    const event = captured?.first;
    if (!captured) fail(FILE, m('custody.noCaptured', { id }));
    else if (captured.count > 1) fail(FILE, m('custody.capturedTwice', { count: captured.count, id }));
    const recordPath = `captures/${id}/record.json`;
    const recordSha256 = pack.files.get(recordPath)?.sha256;
    if (event && recordSha256 !== undefined && event.payloadSha256 !== recordSha256) {
      fail(`${FILE} event #${event.seq}`, m('custody.recordHash', { path: recordPath }), {
        expected: event.payloadSha256,
        actual: recordSha256,
      });
    }
  }
  for (const event of events) {
    if (event.captureId === null) continue;
    const subject = `${FILE} event #${event.seq}`;
    if (!included.has(event.captureId)) fail(subject, m('custody.otherCapture', { id: event.captureId }));
    else if (event.type === 'deleted') fail(subject, m('custody.deleted', { id: event.captureId }));
  }
  if (!failed) list.pass('custody-captures', FILE, m('custody.capturesOk'));
}
