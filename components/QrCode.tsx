import { encode } from 'uqr';

/**
 * A QR code as SVG elements: one path of dark squares, drawn from uqr's
 * matrix. No markup string is parsed (no innerHTML, no data: URL), so the
 * pages' CSP has nothing to allow, and the code prints as sharply as text.
 * Error correction M (15 %): a card that is folded or photographed still reads.
 */
export function QrCode({ text, label, class: className }: { text: string; label: string; class?: string }) {
  const { data, size } = encode(text, { ecc: 'M', border: 4 });
  let path = '';
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    }),
  );
  return (
    <svg
      class={className}
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      data-modules={size}
      shape-rendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
