/**
 * A chart the server drew once with ECharts (packages/server/src/charts/svg.ts), shown as the image
 * it is, so that the screen shows the same picture as the PDF and HTML reports (issue 12, item 11).
 * `alt` says in words what the picture shows; the size is the SVG's own unless given, and the image
 * scales down to the width of a phone.
 */
export function ServerChart({
  svg,
  alt,
  width,
  height,
  className,
}: {
  svg: string | null | undefined;
  alt: string;
  width?: number;
  height?: number;
  className?: string;
}) {
  if (!svg) return null;
  const root = /^<svg[^>]*>/.exec(svg)?.[0] ?? '';
  const w = width ?? Number(/\swidth="([\d.]+)"/.exec(root)?.[1] ?? 0);
  const h = height ?? Number(/\sheight="([\d.]+)"/.exec(root)?.[1] ?? 0);
  return (
    <img
      className={`server-chart${className ? ` ${className}` : ''}`}
      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
      alt={alt}
      width={w || undefined}
      height={h || undefined}
    />
  );
}
