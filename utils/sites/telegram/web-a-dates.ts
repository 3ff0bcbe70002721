import {
  localToIso,
  parseClockTime,
  parseDateGroup,
  resolvedAgainstNow,
  type CalendarDay,
  type ClockTime,
} from './dates';
import type { TelegramDate } from './types';

/**
 * Dates as Telegram Web A shows them (src/components/middle/message/MessageMeta.tsx).
 * The bubble shows "14:05" (src/util/dates/dateFormat.ts formatTime: 24 h, or
 * "02:05 PM", and "00:05 AM" after midnight), prefixed with "edited " when
 * edited. Once the mouse has been over the time, its title holds the full
 * date to the second (formatDateTimeToString: "Nov 23, 2026, 14:05:33" in
 * English), then "Edited: …" and, for a forward, "Original: …" lines
 * (src/assets/localization/fallback.strings). The day otherwise comes from the
 * date group above (MessageListContent.tsx, formatHumanDate).
 */

const CLOCK = /(\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?\s?[Mm]\.?)?)\s*$/;

/** A clock time as Web A writes it; its 12-hour format says "00:05 AM" for 12:05 AM. */
export function parseWebAClock(text: string): ClockTime | null {
  const clock = CLOCK.exec(text)?.[1];
  if (!clock) return null;
  return parseClockTime(/[AaPp]/.test(clock) ? clock.replace(/^0?0:/, '12:') : clock);
}

/** "Nov 23, 2026, 14:05:33" (or "23 Nov 2026, 14:05:33") → UTC ISO and its precision; null if not that. */
export function parseFullDateTime(text: string, now: Date): { iso: string; precision: 'second' | 'minute' } | null {
  const clock = CLOCK.exec(text.trim());
  if (!clock?.[1]) return null;
  const day = parseDateGroup(
    text
      .trim()
      .slice(0, clock.index)
      .replace(/[,\s]+$/, ''),
    now,
  );
  const time = parseWebAClock(clock[1]);
  return day && time ? localToIso(day, time) : null;
}

export interface MetaTitle {
  /** The first line: when the message was sent. */
  sent: { iso: string; precision: 'second' | 'minute'; text: string } | null;
  /** The "Original: …" line of a forward: when the forwarded message was first sent. */
  originalIso: string | null;
}

/** The title of .message-time, line by line. Lines in another language than English give nulls. */
export function parseMetaTitle(title: string, now: Date): MetaTitle {
  const [first = '', ...rest] = title.split('\n').map((line) => line.trim());
  const sent = parseFullDateTime(first, now);
  const original = rest.find((line) => /^Original:/i.test(line));
  return {
    sent: sent ? { ...sent, text: first } : null,
    originalIso: original ? (parseFullDateTime(original.replace(/^Original:\s*/i, ''), now)?.iso ?? null) : null,
  };
}

/**
 * The date of a bubble that shows only its time: the clock shown, on the day
 * the date group above it names ("Today", "Friday", "November 16").
 */
export function dateFromTimeAndGroup(timeText: string, groupText: string | null, now: Date): TelegramDate {
  const clock = CLOCK.exec(timeText)?.[1]?.trim() ?? null;
  const time = clock === null ? null : parseWebAClock(clock);
  const group = groupText?.trim() || null;
  const day: CalendarDay | null = group === null ? null : parseDateGroup(group, now);
  if (!time || !day || group === null) {
    return { iso: null, text: clock ?? (timeText.trim() || null), precision: null, source: null, reference: null };
  }
  const { iso, precision } = localToIso(day, time);
  const reference = resolvedAgainstNow(group) ? now.toISOString() : null;
  return { iso, text: clock, precision, source: `time + date group '${group}'`, reference };
}
