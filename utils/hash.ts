/** SHA-256 through WebCrypto: the same code runs in the extension and in Node. */
export async function sha256Hex(data: BufferSource | Blob | string): Promise<string> {
  const bytes =
    typeof data === 'string'
      ? new TextEncoder().encode(data)
      : isBlob(data)
        ? new Uint8Array(await data.arrayBuffer())
        : data;
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return toHex(new Uint8Array(digest));
}

export function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

// Duck-typed: a Blob read back from IndexedDB may come from another realm.
function isBlob(value: unknown): value is Blob {
  return typeof (value as Blob).arrayBuffer === 'function' && typeof (value as Blob).size === 'number';
}
