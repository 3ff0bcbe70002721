import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * Object URLs for blobs loaded by id, for as long as the ids are wanted: a URL
 * is revoked when its id goes away and when the component unmounts, so that
 * the browser can let go of the bytes.
 */
export function useObjectUrls(
  ids: readonly string[],
  load: (id: string) => Promise<Blob | null>,
): ReadonlyMap<string, string> {
  const [urls, setUrls] = useState<ReadonlyMap<string, string>>(() => new Map());
  const owned = useRef(new Map<string, string>());
  const pending = useRef(new Set<string>());
  const wanted = useRef(new Set<string>());
  const mounted = useRef(true);
  const loadRef = useRef(load);
  loadRef.current = load;

  const key = ids.join('\n');
  useEffect(() => {
    wanted.current = new Set(ids);
    let dropped = false;
    for (const [id, url] of owned.current) {
      if (wanted.current.has(id)) continue;
      URL.revokeObjectURL(url);
      owned.current.delete(id);
      dropped = true;
    }
    if (dropped) setUrls(new Map(owned.current));

    for (const id of wanted.current) {
      if (owned.current.has(id) || pending.current.has(id)) continue;
      pending.current.add(id);
      void loadRef
        .current(id)
        .catch(() => null) // A missing picture is shown as missing; the page stays usable.
        .then((blob) => {
          pending.current.delete(id);
          if (!blob || !mounted.current || !wanted.current.has(id)) return;
          owned.current.set(id, URL.createObjectURL(blob));
          setUrls(new Map(owned.current));
        });
    }
  }, [key]);

  useEffect(
    () => () => {
      mounted.current = false;
      for (const url of owned.current.values()) URL.revokeObjectURL(url);
      owned.current.clear();
    },
    [],
  );

  return urls;
}
