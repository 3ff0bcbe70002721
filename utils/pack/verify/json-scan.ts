/**
 * A single pass over JSON text for what JSON.parse hides or pays dearly for:
 * an object that names a member twice (JSON.parse keeps the last value, other
 * readers the first, so two readers of one signed manifest could see two
 * different packs), and nesting deeper than a format ever goes (JSON.parse
 * of 10 MB of "[" takes seconds and hundreds of MB). It runs before
 * JSON.parse, so it must not trust the text to be JSON: whatever it cannot
 * make sense of, JSON.parse refuses next. Linear in the text; its memory is
 * one entry a level of nesting, and `maxDepth` bounds that.
 */
export interface JsonScan {
  /** The text nests deeper than `maxDepth`: scanning stopped there, and it should not be parsed. */
  tooDeep: boolean;
  /** Where a member is named a second time, as JSON paths ($.captures[0].record["a b"]), the first `maxReported`. */
  duplicates: string[];
  /** How many members are named a second time, those not in `duplicates` included. */
  duplicateCount: number;
}

export interface JsonScanOptions {
  maxDepth: number;
  maxReported?: number;
}

interface Level {
  /** null for an array. */
  keys: Set<string> | null;
  /** The member's name or the item's index under which the next value of this level sits. */
  at: string | number;
  expectKey: boolean;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

export function scanJson(text: string, { maxDepth, maxReported = 100 }: JsonScanOptions): JsonScan {
  const stack: Level[] = [];
  const result: JsonScan = { tooDeep: false, duplicates: [], duplicateCount: 0 };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      const top = stack.at(-1);
      if (top?.keys && top.expectKey) {
        const raw = text.slice(i + 1, end);
        const key = raw.includes('\\') ? decodeKey(raw) : raw;
        if (key !== null && top.keys.has(key)) {
          result.duplicateCount += 1;
          if (result.duplicates.length < maxReported) result.duplicates.push(pathOf(stack, key));
        } else if (key !== null) top.keys.add(key);
        top.at = key ?? raw;
        top.expectKey = false;
      }
      i = end;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (stack.length >= maxDepth) {
        result.tooDeep = true;
        return result;
      }
      stack.push({ keys: c === 0x7b ? new Set() : null, at: 0, expectKey: c === 0x7b });
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
    } else if (c === 0x2c /* , */) {
      const top = stack.at(-1);
      if (top?.keys) top.expectKey = true;
      else if (top) top.at = (top.at as number) + 1;
    }
  }
  return result;
}

/** Whether the text nests deeper than `maxDepth`: the depth alone, without the cost of remembering members. */
export function nestsDeeper(text: string, maxDepth: number): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) i = stringEnd(text, i);
    else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (++depth > maxDepth) return true;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) depth--;
  }
  return false;
}

/** The index of the quote that closes the string opened at `start` (or the text's end, for JSON.parse to refuse). */
function stringEnd(text: string, start: number): number {
  for (let j = start + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === BACKSLASH) j++;
    else if (c === QUOTE) return j;
  }
  return text.length;
}

/** A member name with escapes, as JSON.parse reads it ("\u0061" is "a"); null when it is no JSON string. */
function decodeKey(raw: string): string | null {
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return null;
  }
}

/** The path of a member of the innermost object; a path deeper than a format's is cut in its middle. */
function pathOf(stack: readonly Level[], key: string): string {
  const part = (at: string | number) =>
    typeof at === 'number' ? `[${at}]` : /^[A-Za-z_$][\w$]*$/.test(at) ? `.${at}` : `[${JSON.stringify(at)}]`;
  // Each level names where its child sits; the innermost level's child is the duplicate member itself.
  const names = stack.slice(0, -1).map((level) => part(level.at));
  const shown = names.length > 16 ? [...names.slice(0, 8), '…', ...names.slice(-8)] : names;
  return `$${shown.join('')}${part(key)}`;
}
