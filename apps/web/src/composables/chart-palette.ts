// The one palette of the dashboards' charts (the design's colours, as in styles/main.css).
// Every series takes its colour from here *at the series level*, so the legend shows the colour
// its bars are drawn in: a bar coloured per data item while its series kept echarts' default
// blue gave a legend that matched no bar. A bar that needs another colour (an anomaly, a drop)
// is its own series with its own legend entry.
export const PALETTE = {
  /** This period; stores that met their visits; a finished week. */
  primary: '#0f5f57',
  /** The comparable period, before a promotion. */
  previous: '#9aa8a4',
  /** What needs a look: an anomaly (异动), stores that missed, a promotion that lost units. */
  danger: '#b42318',
  /** Display issues. */
  warn: '#c27c0e',
  ok: '#1d6b34',
  /** The week in progress: a lighter primary, hatched. */
  progress: '#8fbfb8',
} as const;

export type PaletteColor = keyof typeof PALETTE;

/** Hatching for the bar of a period still running (本周进行中). */
export const IN_PROGRESS_DECAL = {
  symbol: 'rect',
  symbolSize: 1,
  dashArrayX: [1, 0],
  dashArrayY: [2, 4],
  rotation: -Math.PI / 4,
  color: 'rgba(255, 255, 255, 0.55)',
};

/** A series' colour for its bars, its line and its legend symbol alike. */
export function seriesColor(color: PaletteColor, extra: { decal?: typeof IN_PROGRESS_DECAL } = {}) {
  return { color: PALETTE[color], itemStyle: { color: PALETTE[color], ...extra } };
}
