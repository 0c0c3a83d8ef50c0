import { computed } from 'vue';
import { useCatalogStore } from '../stores/catalog';
import { dateInZone } from './format';
import { rangeError } from './report-range';
import { useQueryText } from './route-query';

/**
 * A report's date range, kept in the address (`?from=&to=`): this month so far unless the link
 * says otherwise, with today in the organisation's time zone and what is wrong with the range.
 */
export function useReportRange() {
  const catalog = useCatalogStore();
  const today = computed(() => dateInZone(new Date(), catalog.settings.timezone));
  const from = useQueryText('from', () => `${today.value.slice(0, 7)}-01`);
  const to = useQueryText('to', () => today.value);
  const invalid = computed(() => rangeError(from.value, to.value));
  return { today, from, to, invalid };
}
