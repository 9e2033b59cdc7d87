import type { Sample } from '../../../shared/domain.ts';
import './metric-status.css';

interface Props {
  samples: readonly Sample[];
  warn: number;
  fail: number;
  from: string;
  to: string;
  label: string;
}

const W = 120;
const H = 32;

/** A small trend line with the fail threshold dashed; SVG so it prints crisply. */
export function Sparkline({ samples, warn, fail, from, to, label }: Props) {
  const t0 = Date.parse(from);
  const t1 = Date.parse(to);
  const values = samples.map((s) => s.value);
  const lo = Math.min(...values, warn, fail);
  const hi = Math.max(...values, warn, fail);
  const x = (iso: string) => ((Date.parse(iso) - t0) / Math.max(1, t1 - t0)) * W;
  const y = (v: number) => H - 2 - ((v - lo) / Math.max(1e-9, hi - lo)) * (H - 4);
  const points = samples.map((s) => `${x(s.at).toFixed(1)},${y(s.value).toFixed(1)}`).join(' ');
  return (
    <svg className="sparkline" viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={label}>
      <line className="spark-fail" x1={0} x2={W} y1={y(fail)} y2={y(fail)} />
      <line className="spark-warn" x1={0} x2={W} y1={y(warn)} y2={y(warn)} />
      {samples.length > 1 && <polyline className="spark-line" points={points} />}
    </svg>
  );
}
