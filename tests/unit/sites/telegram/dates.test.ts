import { afterEach, describe, expect, it } from 'vitest';
import { localToIso, parseClockTime, parseDateGroup, unixToIso } from '@/utils/sites/telegram/dates';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('clock times', () => {
  it('reads 24-hour and 12-hour clocks, with or without seconds', () => {
    expect(parseClockTime('14:05')).toEqual({ hours: 14, minutes: 5, seconds: null });
    expect(parseClockTime('09:07:33')).toEqual({ hours: 9, minutes: 7, seconds: 33 });
    expect(parseClockTime('2:05 PM')).toEqual({ hours: 14, minutes: 5, seconds: null });
    expect(parseClockTime('12:30 am')).toEqual({ hours: 0, minutes: 30, seconds: null });
    expect(parseClockTime('12:30 p.m.')).toEqual({ hours: 12, minutes: 30, seconds: null });
    expect(parseClockTime('00:05 AM')).toEqual({ hours: 0, minutes: 5, seconds: null });
  });

  it('refuses what is not a time', () => {
    for (const text of ['', 'edited', '25:00', '13:00 PM', '14:5', '1405'])
      expect(parseClockTime(text), text).toBeNull();
  });
});

describe('date groups', () => {
  // Monday 23 November 2026, 10:00 in Skopje.
  const now = () => new Date(2026, 10, 23, 10, 0);

  it('reads Today, Yesterday and weekdays of the last week', () => {
    process.env.TZ = 'Europe/Skopje';
    expect(parseDateGroup('Today', now())).toEqual({ year: 2026, month: 11, day: 23 });
    expect(parseDateGroup('Yesterday', now())).toEqual({ year: 2026, month: 11, day: 22 });
    expect(parseDateGroup('Friday', now())).toEqual({ year: 2026, month: 11, day: 20 });
    expect(parseDateGroup('Monday', now())).toEqual({ year: 2026, month: 11, day: 16 });
  });

  it('reads full dates, in either order, with or without a year', () => {
    process.env.TZ = 'Europe/Skopje';
    expect(parseDateGroup('March 12', now())).toEqual({ year: 2026, month: 3, day: 12 });
    expect(parseDateGroup('12 March', now())).toEqual({ year: 2026, month: 3, day: 12 });
    expect(parseDateGroup('December 30', now())).toEqual({ year: 2025, month: 12, day: 30 });
    expect(parseDateGroup('December 30, 2024', now())).toEqual({ year: 2024, month: 12, day: 30 });
    expect(parseDateGroup('5 Sep 2023', now())).toEqual({ year: 2023, month: 9, day: 5 });
  });

  it('says nothing of what it cannot read', () => {
    for (const text of ['Данас', 'someday', '12', 'March', '40 March'])
      expect(parseDateGroup(text, now()), text).toBeNull();
  });
});

describe('local time to UTC', () => {
  it('uses the time zone the clock was drawn in, including summer time', () => {
    process.env.TZ = 'Europe/Belgrade';
    expect(localToIso({ year: 2026, month: 11, day: 23 }, { hours: 14, minutes: 5, seconds: null })).toEqual({
      iso: '2026-11-23T13:05:00.000Z',
      precision: 'minute',
    });
    expect(localToIso({ year: 2026, month: 7, day: 1 }, { hours: 14, minutes: 5, seconds: 9 })).toEqual({
      iso: '2026-07-01T12:05:09.000Z',
      precision: 'second',
    });
    process.env.TZ = 'America/New_York';
    expect(localToIso({ year: 2026, month: 11, day: 23 }, { hours: 14, minutes: 5, seconds: null }).iso).toBe(
      '2026-11-23T19:05:00.000Z',
    );
  });

  it('reads Unix seconds', () => {
    expect(unixToIso(1795435200)).toBe('2026-11-23T12:00:00.000Z');
  });
});
