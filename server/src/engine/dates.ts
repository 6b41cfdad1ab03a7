/**
 * Dates written in files (a waiver's `until=`, a manifest exemption's
 * `expires`), judged alike: a YYYY-MM-DD that names a real day holds through
 * that day and has expired from the next; anything else is not a date.
 */

/** `2026-02-28` yes; `2026-02-30`, `2026-13-01`, `soon` no. */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const parsed = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === text;
}

/** A real date before `today` (YYYY-MM-DD): the last day it covered has passed. */
export function hasExpired(date: string, today: string): boolean {
  return isCalendarDate(date) && date < today;
}

const DAY_MS = 86_400_000;
/** The last day asked for: every lint asks, and formatting a Date each time showed in profiles of small files. */
let lastDay: { index: number; text: string } | undefined;

/** Today in UTC as YYYY-MM-DD. JavaScript time has no leap seconds, so a UTC day is exactly DAY_MS long. */
export function todayUtc(now: number = Date.now()): string {
  const index = Math.floor(now / DAY_MS);
  if (lastDay?.index !== index) lastDay = { index, text: new Date(index * DAY_MS).toISOString().slice(0, 10) };
  return lastDay.text;
}
