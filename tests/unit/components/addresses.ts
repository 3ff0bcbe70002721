import { expect } from 'vitest';
import { parseRoute } from '@/entrypoints/dashboard/route';

/**
 * The plain address a link stands for: links hold a search, its filters and catalogue keys only as handles the page
 * resolves (utils/page/address.ts), never in the address the browser's history keeps.
 */
export function meant(href: string | null): string | null {
  if (href === null) return null;
  expect(decodeURIComponent(href)).not.toMatch(/peer:|username:|case=|group=|account=/);
  const route = parseRoute(href);
  if (route.name === 'captures') return `#/?${route.query}`;
  if (route.name === 'group' || route.name === 'account') return `#/${route.name}/${encodeURIComponent(route.key)}`;
  return href;
}
