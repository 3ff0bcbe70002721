import {
  localToIso,
  parseClockTime,
  parseDateGroup,
  resolvedAgainstNow,
  unixToIso,
  type CalendarDay,
  type ClockTime,
} from './dates';
import type { TelegramDate } from './types';
import { parseWebKNumber } from './web-k-ids';
import { WEB_K } from './web-k-selectors';
import { note, type Note } from '../../notes/note';

const MONTHS = 'january february march april may june july august september october november december'.split(' ');

/**
 * "23 November 2026, 14:05:33" — tweb's getFullDate() (src/helpers/date/getFullDate.ts),
 * always English month names, local time, with seconds.
 */
export function parseWebKFullDate(text: string): { day: CalendarDay; time: ClockTime } | null {
  const m = /^\s*(\d{1,2}) ([A-Za-z]+) (\d{4}), (\d{1,2}:\d{2}(?::\d{2})?)\s*$/.exec(text);
  const month = m ? MONTHS.indexOf(m[2]!.toLowerCase()) + 1 : 0;
  const time = m ? parseClockTime(m[4]!) : null;
  if (!m || month === 0 || !time) return null;
  return { day: { year: Number(m[3]), month, day: Number(m[1]) }, time };
}

/** The lines of the time's title (messageRender.ts setTime()): sent, "Edited: …", "Original: …" (forward). */
export function timeTitleLines(title: string | null): {
  sent: string | null;
  edited: string | null;
  original: string | null;
} {
  const lines = (title ?? '').split('\n').map((l) => l.trim());
  const after = (prefix: string) =>
    lines
      .find((l) => l.startsWith(prefix))
      ?.slice(prefix.length)
      .trim() ?? null;
  return { sent: lines[0] || null, edited: after('Edited:'), original: after('Original:') };
}

/** A full-date line to UTC ISO, in the runtime's time zone (the one the page drew it in). */
export function fullDateToIso(text: string | null): string | null {
  const parsed = text ? parseWebKFullDate(text) : null;
  // tweb writes `saved_date` without ×1000 into "Original:", which shows as 1970: not a real date.
  return parsed && parsed.day.year > 1970 ? localToIso(parsed.day, parsed.time).iso : null;
}

/** "14:05" from the time element (the last clock time in it, after views, author and "edited"). */
function clockText(time: Element | null): string | null {
  const matches = (time?.textContent ?? '').match(/\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?/g);
  return matches ? matches[matches.length - 1]! : null;
}

/** The label of the date group around a bubble ("Today", "November 18"). */
function dateGroupLabel(bubble: Element): string | null {
  const group = bubble.closest(WEB_K.dateGroup);
  const label = Array.from(group?.children ?? [])
    .find((child) => child.matches(WEB_K.dateBubble))
    ?.querySelector(WEB_K.serviceText);
  return label?.textContent?.trim() || null;
}

/**
 * When a message was sent: the bubble's data-timestamp (bubbles.ts
 * safeRenderMessage(), Unix seconds) first; else the full date in the time's
 * title; else the clock shown plus its date group, to the minute.
 */
export function readDate(bubble: Element, time: Element | null, now: Date, notes: Note[]): TelegramDate {
  const text = clockText(time?.querySelector(WEB_K.timeInner) ?? time);
  const timestamp = parseWebKNumber(bubble.getAttribute('data-timestamp'));
  if (timestamp !== null && timestamp > 0) {
    return { iso: unixToIso(timestamp), text, precision: 'second', source: 'data-timestamp', reference: null };
  }
  const title = time?.querySelector(`${WEB_K.timeInner}[title]`)?.getAttribute('title') ?? null;
  const sent = timeTitleLines(title).sent;
  const fromTitle = fullDateToIso(sent);
  if (fromTitle) return { iso: fromTitle, text: sent, precision: 'second', source: 'time title', reference: null };

  const label = dateGroupLabel(bubble);
  const day = label ? parseDateGroup(label, now) : null;
  const clock = text ? parseClockTime(text) : null;
  if (day && clock) {
    notes.push(note('webKDateFromGroup', { time: text!, label: label! }));
    const reference = resolvedAgainstNow(label!) ? now.toISOString() : null;
    return { ...localToIso(day, clock), text, source: `time + date group '${label}'`, reference };
  }
  notes.push(label && !day ? note('webKDateGroupUnreadable', { label }) : note('webKNoDate'));
  return { iso: null, text, precision: null, source: null, reference: null };
}
