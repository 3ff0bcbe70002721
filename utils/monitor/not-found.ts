import type { MessageEntry } from '../case-work/message-versions';

/**
 * The messages documented before that a run no longer found: each one whose place the run passed, its neighbours on
 * both sides shown by the page next to each other, and the message not between them. A gap in the ids alone proves
 * nothing (a chat's ids skip, a client had not loaded that part): only two messages the page showed side by side,
 * one older and one newer than it, do. A message recorded as not found since it was last documented is not
 * recorded again.
 */
export function notFoundIn(
  known: ReadonlyMap<number, MessageEntry>,
  present: ReadonlySet<number>,
  adjacent: ReadonlySet<string>,
): { entry: MessageEntry; before: number; after: number }[] {
  const shown = [...present].sort((a, b) => a - b);
  const found: { entry: MessageEntry; before: number; after: number }[] = [];
  for (const entry of known.values()) {
    const id = entry.messageId;
    // Already recorded since it was last documented: once is enough, until it comes back and goes again.
    const last = entry.versions.at(-1)?.capturedAt ?? '';
    if (present.has(id) || entry.notFound.some((n) => n.at > last)) continue;
    const at = lowerBound(shown, id);
    const before = shown[at - 1];
    const after = shown[at];
    if (before === undefined || after === undefined) continue;
    if (adjacent.has(`${before}:${after}`)) found.push({ entry, before, after });
  }
  return found.sort((a, b) => a.entry.messageId - b.entry.messageId);
}

/** The index of the first value not below `id`. */
function lowerBound(sorted: readonly number[], id: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < id) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
