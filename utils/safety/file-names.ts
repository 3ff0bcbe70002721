import { localIsoString } from '../capture/environment';

/**
 * The names of the files Dokaz saves (packs, CSV tables): by default they say
 * what they are (`dokaz-<case>-<date>.zip`), which the browser's download
 * list then shows to whoever opens it. Neutral names (`export-<date>-<time>`)
 * say neither Dokaz nor the case: the default in discreet mode, a choice of
 * its own in Settings (NEUTRAL_FILE_NAMES in utils/settings.ts). The pack's own
 * instructions (VERIFY.txt) use the name it is saved under, whichever it is.
 */
/**
 * A saved file's name: `dokaz-<label>-<date>.<extension>`, or neutrally
 * `export-<date>-<hhmm>.<extension>`, in the computer's local time.
 */
export function fileNameFor(label: string, extension: string, at: Date, neutral: boolean): string {
  const local = localIsoString(at);
  const date = local.slice(0, 10);
  return neutral
    ? `export-${date}-${local.slice(11, 13)}${local.slice(14, 16)}.${extension}`
    : `dokaz-${label}-${date}.${extension}`;
}
