import '../../components/forms.css';
import './metrics.css';
import { useRoute } from '../../state/route.ts';
import { MetricDetail } from './MetricDetail.tsx';
import { MetricList } from './MetricList.tsx';

/** #/metrics lists and manages metrics; #/metrics/<key> shows one metric's trend. */
export function MetricsView() {
  const route = useRoute();
  const key = route.params[0];
  const at = route.query.get('at') ?? undefined;
  return key ? <MetricDetail key={key} metricKey={key} at={at} /> : <MetricList />;
}
