import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { VirtualList } from '@/components/VirtualList';

describe('VirtualList', () => {
  it('draws only the rows in the window, placed where the whole list would put them', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    const items = Array.from({ length: 10_000 }, (_, i) => `capture-${i}`);
    const seen: string[][] = [];
    await act(() => {
      render(
        <VirtualList
          items={items}
          rowHeight={112}
          itemKey={(item) => item}
          renderItem={(item) => <span>{item}</span>}
          onVisible={(shown) => seen.push([...shown])}
        />,
        root,
      );
    });
    const list = root.querySelector('ol')!;
    expect(list.style.height).toBe(`${10_000 * 112}px`);
    const rows = [...list.querySelectorAll('li')];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(30);
    expect(rows[0]!.textContent).toBe('capture-0');
    expect(rows[1]!.style.top).toBe('112px');
    expect(rows[0]!.getAttribute('aria-setsize')).toBe('10000');
    expect(seen.at(-1)).toEqual(rows.map((row) => row.textContent));
    render(null, root);
    root.remove();
  });
});
