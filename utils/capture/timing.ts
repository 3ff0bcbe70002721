/**
 * Names the phases of a capture in the background's performance timeline
 * (`dokaz:<phase>` measures), so that the benchmark can say where the time
 * goes. Local only: nothing leaves the browser. Only the last capture's
 * measures are kept, so that a background that lives long (Firefox's) does
 * not collect them without end.
 */
export function startTimings(): void {
  performance.clearMeasures();
}

export async function timed<T>(phase: string, work: Promise<T> | (() => Promise<T>)): Promise<T> {
  const start = performance.now();
  try {
    return await (typeof work === 'function' ? work() : work);
  } finally {
    performance.measure(`dokaz:${phase}`, { start, end: performance.now() });
  }
}
