import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

interface VirtualListProps<T> {
  items: readonly T[];
  /** Every row's height in CSS pixels, gap included: rows are placed, not measured. */
  rowHeight: number;
  itemKey: (item: T) => string;
  renderItem: (item: T, index: number) => ComponentChildren;
  /** Called with the items on screen, e.g. to load their thumbnails. */
  onVisible?: (items: readonly T[]) => void;
  class?: string;
  /** Rows drawn above and below the window, so that scrolling never shows a gap. */
  overscan?: number;
}

/**
 * A list of any length that draws only the rows in the window (and a few
 * around them): 10,000 captures cost as much as 30. The page scrolls as
 * usual; the list is as tall as all its rows, and each drawn row is placed
 * where it belongs. Screen readers get each row's position and the total.
 */
export function VirtualList<T>({
  items,
  rowHeight,
  itemKey,
  renderItem,
  onVisible,
  class: className,
  overscan = 6,
}: VirtualListProps<T>) {
  const list = useRef<HTMLOListElement>(null);
  const [range, setRange] = useState<[number, number]>([0, Math.min(items.length, 20)]);

  useEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      const top = list.current?.getBoundingClientRect().top ?? 0;
      const start = Math.max(0, Math.floor(-top / rowHeight) - overscan);
      const end = Math.min(items.length, Math.ceil((innerHeight - top) / rowHeight) + overscan);
      setRange((current) => (current[0] === start && current[1] === end ? current : [start, Math.max(start, end)]));
    };
    const schedule = () => {
      frame ||= requestAnimationFrame(update);
    };
    update();
    addEventListener('scroll', schedule, { passive: true });
    addEventListener('resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      removeEventListener('scroll', schedule);
      removeEventListener('resize', schedule);
    };
  }, [items, rowHeight, overscan]);

  const [start, end] = range;
  const shown = items.slice(start, end);
  useEffect(() => onVisible?.(shown), [items, start, end]);

  return (
    <ol ref={list} class={className} style={{ position: 'relative', height: `${items.length * rowHeight}px` }}>
      {shown.map((item, i) => (
        <li
          key={itemKey(item)}
          aria-setsize={items.length}
          aria-posinset={start + i + 1}
          style={{ position: 'absolute', left: 0, right: 0, top: `${(start + i) * rowHeight}px` }}
        >
          {renderItem(item, start + i)}
        </li>
      ))}
    </ol>
  );
}
