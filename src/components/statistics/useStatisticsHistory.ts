// Statistics polled while shown (refetchInterval stops when the browser tab is hidden: TanStack's
// refetchIntervalInBackground is false), each answer kept as a sample in a rolling window.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { statisticsQuery, type Statistic } from './statistics';

export const SAMPLE_INTERVAL = 5_000;
/** Five minutes at one sample every 5 s. */
export const WINDOW_SAMPLES = 60;

export type Sample = { t: number } & Record<string, number>;

export function appendSample(samples: readonly Sample[], t: number, stats: readonly Statistic[], max = WINDOW_SAMPLES): Sample[] {
  if (samples.length && samples[samples.length - 1].t === t) return samples as Sample[];
  const s = { t } as Sample;
  for (const st of stats) s[st.name] = st.value;
  return [...samples, s].slice(-max);
}

export function useStatisticsHistory(href: string, interval = SAMPLE_INTERVAL) {
  const query = useQuery({ ...statisticsQuery(href), refetchInterval: interval, refetchIntervalInBackground: false });
  const [samples, setSamples] = useState<Sample[]>([]);
  const { data, dataUpdatedAt } = query;
  useEffect(() => {
    if (data) setSamples((cur) => appendSample(cur, dataUpdatedAt, data));
  }, [data, dataUpdatedAt]);
  useEffect(() => setSamples([]), [href]);
  return { query, samples };
}
