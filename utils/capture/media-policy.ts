import { note, type Note } from '../notes/note';
/**
 * When the extension itself may fetch a post's media item, which the page
 * could not hand over (a cross-origin photo without CORS). A hostile post can
 * name any address as a photo: the extension, with its host permission, would
 * fetch it where the page may not, and keep the answer as evidence. So it
 * fetches without her cookies (`credentials: 'omit'`, in media.ts), keeps only
 * photos, videos and sounds, and never asks an address of her own network —
 * loopback, link-local, private, or a name only her network knows — unless
 * the page itself is served from one. An extension cannot resolve names, so
 * the names are matched as written: literal addresses, `localhost`, names
 * under the suffixes of RFC 6762 (Appendix G) and RFC 8375, and single-label
 * names (`router`).
 */

/** The MIME types of what the extension keeps when it fetches an item itself. */
export const KEPT_MEDIA = /^(?:image|video|audio)\/[\w.+-]+$/i;

/** Name suffixes only a local network resolves: mDNS and the home network (RFC 6762, RFC 8375), and the usual ones. */
const LOCAL_SUFFIXES = [
  '.localhost',
  '.local',
  '.home.arpa',
  '.lan',
  '.home',
  '.internal',
  '.intranet',
  '.private',
  '.corp',
];

/** Whether `hostname` (as `URL` gives it: lower case, IPv4 normalized, IPv6 in brackets) is of a local network. */
export function isLocalHost(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, '');
  if (name.startsWith('[')) return isLocalIpv6(name.slice(1, -1));
  const v4 = ipv4(name);
  if (v4) return isLocalIpv4(v4);
  if (name === 'localhost' || LOCAL_SUFFIXES.some((suffix) => name.endsWith(suffix))) return true;
  return !name.includes('.');
}

/** Why the extension may not fetch `src` for a page at `pageUrl`, or null when it may. */
export function refusedExtensionFetch(src: string, pageUrl: string): Note | null {
  let url: URL;
  try {
    url = new URL(src);
  } catch {
    return null; // no fetch of it can succeed, and it fails with its own reason
  }
  if (isLocalHost(url.hostname) && !servedLocally(pageUrl)) {
    return note('skippedLocalNetwork', { host: url.hostname });
  }
  return null;
}

function servedLocally(pageUrl: string): boolean {
  try {
    const url = new URL(pageUrl);
    return (url.protocol === 'https:' || url.protocol === 'http:') && isLocalHost(url.hostname);
  } catch {
    return false;
  }
}

function ipv4(name: string): number[] | null {
  const parts = name.split('.');
  if (parts.length !== 4 || !parts.every((part) => /^\d{1,3}$/.test(part))) return null;
  const bytes = parts.map(Number);
  return bytes.every((byte) => byte <= 255) ? bytes : null;
}

function isLocalIpv4([a, b]: number[]): boolean {
  return (
    a === 0 || // "this" network
    a === 10 ||
    a === 127 ||
    (a === 100 && b! >= 64 && b! <= 127) || // carrier-grade NAT
    (a === 169 && b === 254) || // link-local
    (a === 172 && b! >= 16 && b! <= 31) ||
    (a === 192 && b === 168) ||
    a! >= 224 // multicast, reserved, broadcast
  );
}

function isLocalIpv6(address: string): boolean {
  if (address === '::' || address === '::1') return true;
  // IPv4-mapped (::ffff:a.b.c.d, which URL writes as ::ffff:xxxx:yyyy): the IPv4 address decides.
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(address);
  if (mapped) {
    const [high, low] = [parseInt(mapped[1]!, 16), parseInt(mapped[2]!, 16)];
    return isLocalIpv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
  }
  const first = parseInt(address.split(':')[0] || '0', 16);
  return (
    (first & 0xfe00) === 0xfc00 || // unique local, fc00::/7
    (first & 0xffc0) === 0xfe80 || // link-local, fe80::/10
    (first & 0xff00) === 0xff00 // multicast
  );
}
