import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { Metric, Sample } from '../../../../shared/domain.ts';
import { useFormat } from '../../components/format.ts';
import { chartColumns, type Period } from './chart-data.ts';
import { cssColor, useColorScheme } from './useColorScheme.ts';

interface Props {
  metric: Metric;
  samples: readonly Sample[];
  stale: readonly Period[];
  from: string;
  to: string;
}

const HEIGHT = 300;

/** The metric's trend with its warn and fail thresholds drawn and stale periods shaded. */
export function MetricChart({ metric, samples, stale, from, to }: Props) {
  const { t } = useTranslation('metrics');
  const format = useFormat();
  const scheme = useColorScheme();
  const box = useRef<HTMLDivElement>(null);
  const warnLabel = t('chart.warn', { value: format.number(metric.warn, metric.unit) });
  const failLabel = t('chart.fail', { value: format.number(metric.fail, metric.unit) });

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const c = {
      text: cssColor('--muted'),
      surface: cssColor('--surface'),
      grid: cssColor('--border'),
      line: cssColor('--accent'),
      warn: cssColor('--at-risk'),
      fail: cssColor('--not-ready'),
      stale: scheme === 'dark' ? 'rgba(154,164,178,0.22)' : 'rgba(107,114,128,0.2)',
    };
    const values = samples.map((s) => s.value);
    const lo = Math.min(...values, metric.warn, metric.fail);
    const hi = Math.max(...values, metric.warn, metric.fail);
    const pad = (hi - lo || 1) * 0.1;
    const axis = { stroke: c.text, grid: { stroke: c.grid, width: 1 }, ticks: { stroke: c.grid, width: 1 } };

    const threshold = (u: uPlot, value: number, color: string, label: string) => {
      const ctx = u.ctx;
      const y = Math.round(u.valToPos(value, 'y', true));
      ctx.save();
      ctx.strokeStyle = color;
      ctx.lineWidth = 1.5 * devicePixelRatio;
      ctx.setLineDash([6 * devicePixelRatio, 4 * devicePixelRatio]);
      ctx.beginPath();
      ctx.moveTo(u.bbox.left, y);
      ctx.lineTo(u.bbox.left + u.bbox.width, y);
      ctx.stroke();
      // The label sits on a patch of the surface colour so the dashed line never strikes through it.
      const px = devicePixelRatio;
      ctx.font = `600 ${12 * px}px system-ui, sans-serif`;
      // Left end: the right end is "now", where a stale period is usually shaded.
      ctx.textAlign = 'left';
      ctx.textBaseline = 'middle';
      const left = u.bbox.left + 6 * px;
      const width = ctx.measureText(label).width;
      ctx.fillStyle = c.surface;
      ctx.fillRect(left - 4 * px, y - 8 * px, width + 8 * px, 16 * px);
      ctx.fillStyle = color;
      ctx.fillText(label, left, y);
      ctx.restore();
    };

    const plot = new uPlot(
      {
        width: el.clientWidth,
        height: HEIGHT,
        legend: { show: false },
        cursor: { drag: { x: false, y: false } },
        scales: {
          x: { time: true, range: [Date.parse(from) / 1000, Date.parse(to) / 1000] },
          y: { range: [lo - pad, hi + pad] },
        },
        axes: [
          {
            ...axis,
            values: (_u, ticks) => ticks.map((v) => format.dayMonth(new Date(v * 1000).toISOString())),
          },
          { ...axis, size: 56, values: (_u, ticks) => ticks.map((v) => format.plain(v)) },
        ],
        series: [
          {},
          {
            label: metric.name,
            stroke: c.line,
            width: 2,
            spanGaps: false,
            points: { show: samples.length <= 60, size: 5, fill: c.line },
          },
        ],
        hooks: {
          drawClear: [
            (u) => {
              const ctx = u.ctx;
              ctx.save();
              ctx.fillStyle = c.stale;
              for (const p of stale) {
                const x0 = u.valToPos(Date.parse(p.from) / 1000, 'x', true);
                const x1 = u.valToPos(Date.parse(p.to) / 1000, 'x', true);
                ctx.fillRect(x0, u.bbox.top, Math.max(1, x1 - x0), u.bbox.height);
              }
              ctx.restore();
            },
          ],
          draw: [
            (u) => {
              threshold(u, metric.warn, c.warn, warnLabel);
              threshold(u, metric.fail, c.fail, failLabel);
            },
          ],
        },
      },
      chartColumns(samples, stale),
      el,
    );
    const resize = new ResizeObserver(() => plot.setSize({ width: el.clientWidth, height: HEIGHT }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [metric, samples, stale, from, to, scheme, warnLabel, failLabel, format]);

  return (
    <figure className="metric-chart" data-stale-periods={stale.length}>
      <div
        ref={box}
        className="chart-box"
        role="img"
        aria-label={t('chart.label', { metric: metric.name })}
      />
      <figcaption className="chart-legend small">
        <span className="legend-line" /> {metric.name}
        <span className="legend-dash legend-warn" /> {warnLabel}
        <span className="legend-dash legend-fail" /> {failLabel}
        <span className="legend-stale" /> {t('chart.stale', { hours: metric.maxAgeHours })}
      </figcaption>
    </figure>
  );
}
