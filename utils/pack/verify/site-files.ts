import { siteFiles } from '../../sites';
import { m, type CheckList } from './check-list';
import type { PackHasher } from './pack-input';
import type { OpenedPack } from './pack-reader';
import { PACK_FORMATS, SITE_FILES_SINCE, type PackFormat, type PackManifest } from '../types';
import { PACK_FILE_ORDER } from '../zip/order';
import { SHARED_FOLDER } from '../build/shared-files';

const encoder = new TextEncoder();

/**
 * The files sites derive from the captures (dokaz-pack/3: each Telegram chat's
 * `result.json`, in Telegram Desktop's export format) are made again here from
 * manifest.json's records and must be the pack's byte for byte: a tool that
 * reads `result.json` then reads exactly what the verified records say, and a
 * signer cannot make it say anything else. Any other file outside `captures/`
 * and the pack's own files is one no capture makes; in an earlier format, every
 * such file is.
 */
export async function checkSiteFiles(
  pack: OpenedPack,
  manifest: Partial<PackManifest>,
  format: PackFormat,
  list: CheckList,
  hasher: PackHasher,
): Promise<void> {
  const derives = PACK_FORMATS.indexOf(format) >= PACK_FORMATS.indexOf(SITE_FILES_SINCE);
  // Without the captures nothing can be made again (`notChecked.captures` said so already).
  const expected = derives && manifest.captures ? siteFiles(manifest.captures) : [];
  const paths = new Set(expected.map((file) => file.path));
  for (const file of expected) {
    const found = pack.files.get(file.path);
    if (found === undefined) {
      list.fail('site-file', file.path, m('siteFile.missing'));
      continue;
    }
    if (found === null) continue;
    const sha256 = await hasher.sha256(encoder.encode(file.text));
    if (found.sha256 === sha256) list.pass('site-file', file.path, m('siteFile.ok'));
    else list.fail('site-file', file.path, m('siteFile.differs'), { expected: sha256, actual: found.sha256 });
  }
  for (const path of pack.files.keys()) {
    if (path.startsWith('captures/') || path.startsWith(SHARED_FOLDER) || PACK_FILE_ORDER.includes(path)) continue;
    if (paths.has(path)) continue;
    if (derives || !manifest.captures) list.fail('extra-file', path, m('siteFile.stray'));
    else list.fail('extra-file', path, m('siteFile.notInFormat', { format }));
  }
}
