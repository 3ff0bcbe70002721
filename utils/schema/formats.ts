import type { Kit } from './kit';

/** The text formats of the evidence model: a hash, an id, an instant, a name or path inside a pack. */
const HEX64 = /^[0-9a-f]{64}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UTC_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const LANGUAGE_TAG = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;

/** One segment of a path inside the pack: no separators, no "." or "..", no control characters. */
export function isFileName(name: string): boolean {
  return name !== '' && name !== '.' && name !== '..' && !/[/\\\u0000-\u001f\u007f]/.test(name);
}

/** A relative path inside the pack, safe to unzip. */
export function isPackPath(path: string): boolean {
  return path.split('/').every(isFileName);
}

export const isUtcInstant = (value: string) =>
  UTC_MS.test(value) && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString() === value;

export function formats(k: Kit) {
  return {
    sha256: k.format('kind.sha256', (value) => HEX64.test(value)),
    uuid: k.format('kind.uuid', (value) => UUID.test(value)),
    utcInstant: k.format('kind.utcInstant', isUtcInstant),
    fileName: k.format('kind.fileName', isFileName),
    packPath: k.format('kind.packPath', isPackPath),
    language: k.format('kind.language', (value) => LANGUAGE_TAG.test(value)),
  };
}
