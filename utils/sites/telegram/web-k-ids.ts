import { botApiPeerId, type PeerKind } from './ids';

/**
 * Web K's own identifiers, and their conversion to the server's (the ones in
 * t.me links and the Bot API).
 */

/**
 * Web K stores a channel or supergroup message as 2^32 + its server id, every
 * other message as its server id; an unsent one gets a fraction (+0.0001) and
 * ephemeral ones live from 2·2^32. tweb: src/lib/appManagers/constants.ts
 * (MESSAGE_ID_OFFSET), appMessagesIdsManager.ts generateMessageId(),
 * utils/messageId/getServerMessageId.ts.
 */
export const WEB_K_MESSAGE_ID_OFFSET = 2 ** 32;
const EPHEMERAL_START = 2 * WEB_K_MESSAGE_ID_OFFSET;

/** The server's id of a message from its Web K mid (data-mid), or null for a local, unsent or ephemeral one. */
export function serverMessageId(mid: number): number | null {
  if (!Number.isSafeInteger(mid) || mid <= 0 || mid >= EPHEMERAL_START) return null;
  return mid % WEB_K_MESSAGE_ID_OFFSET || null;
}

/** True when the mid can only belong to a channel or supergroup (Web K offsets those by 2^32). */
export function isChannelMid(mid: number): boolean {
  return Number.isSafeInteger(mid) && mid > WEB_K_MESSAGE_ID_OFFSET && mid < EPHEMERAL_START;
}

/** Parses a data-* number ("-1987654321", "4294967396"); null when it is not an integer. */
export function parseWebKNumber(value: string | null | undefined): number | null {
  if (value === null || value === undefined || !/^-?\d+$/.test(value.trim())) return null;
  const n = Number(value);
  return Number.isSafeInteger(n) ? n : null;
}

/**
 * The peer kind behind a Web K peer id: positive is a user; negative is a
 * channel/supergroup or a basic group (tweb keeps both as -id, without the
 * -100 prefix: src/helpers/peerIdPolyfill.ts toPeerId), told apart by the
 * caller (a message mid, the header).
 */
export function webKPeerToBotApi(webKPeerId: number, negativeKind: 'chat' | 'channel'): number {
  const kind: PeerKind = webKPeerId > 0 ? 'user' : negativeKind;
  return botApiPeerId(kind, Math.abs(webKPeerId));
}

export type WebKHashTarget = { username: string } | { peerId: number };

/**
 * The chat a Web K URL shows. tweb writes `#@username` when the peer has a
 * username, otherwise `#<peer id>` (src/lib/appManagers/appImManager.ts
 * overrideHash()); old links use `#/im?p=@username` or `#/im?p=<peer id>`.
 */
export function parseWebKHash(pageUrl: string): WebKHashTarget | null {
  let hash: string;
  try {
    hash = decodeURIComponent(new URL(pageUrl).hash.slice(1));
  } catch {
    return null;
  }
  const legacy = /^\/im\?(?:.*&)?p=([^&]+)/.exec(hash);
  const target = (legacy ? legacy[1]! : hash).split('?')[0]!;
  const username = /^@([A-Za-z0-9_]{4,32})$/.exec(target);
  if (username) return { username: username[1]! };
  const peerId = parseWebKNumber(target);
  return peerId === null || peerId === 0 ? null : { peerId };
}
