// One chart of a rolling window of samples (recharts), values in their unit; the caption states how
// many samples it holds and the latest values, so the chart is not colour and shape only.
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Sample } from './useStatisticsHistory';
import { formatStat, type StatUnit } from './statistics';
import { t } from '../../i18n';

const time = (t: number) => new Date(t).toLocaleTimeString();

interface Props { title: string; unit: StatUnit; series: { name: string; label: string }[]; samples: readonly Sample[] }

export default function StatisticsChart({ title, unit, series, samples }: Props) {
  const id = `chart-${title.replace(/\W+/g, '-').toLowerCase()}`;
  // Series, grid and axis colours from the palette, so the chart reads in the light and the dark scheme.
  const { palette } = useTheme();
  const colours = [palette.primary.main, palette.warning.main, palette.success.main, palette.secondary.main];
  const axis = { fill: palette.text.secondary, fontSize: 12 };
  const last = samples[samples.length - 1];
  const latest = series.map((s) => (last && s.name in last ? `${s.label} ${formatStat(last[s.name], unit)}` : '')).filter(Boolean).join(', ');
  return (
    <Box component="figure" aria-labelledby={id} sx={{ m: 0 }}>
      <Typography id={id} variant="subtitle2" component="figcaption">{title}</Typography>
      <Typography variant="body2" color="text.secondary" data-testid={`${id}-caption`}>
        {samples.length} {samples.length === 1 ? t('sample') : t('samples')}{latest ? t(' · now {{latest}}', { latest }) : ''}
      </Typography>
      <Box sx={{ width: '100%', height: 200 }}>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={samples as Sample[]} margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" stroke={palette.divider} />
            <XAxis dataKey="t" type="number" domain={['dataMin', 'dataMax']} scale="time" tickFormatter={time} minTickGap={40} tick={axis} stroke={palette.text.secondary} />
            <YAxis tickFormatter={(v: number) => formatStat(v, unit)} width={80} domain={unit === 'PERCENT' ? [0, 100] : [0, 'auto']} tick={axis} stroke={palette.text.secondary} />
            <Tooltip contentStyle={{ background: palette.background.paper, color: palette.text.primary, borderColor: palette.divider }} labelFormatter={(t) => time(Number(t))} formatter={(v) => formatStat(Number(v), unit)} />
            <Legend />
            {series.map((s, i) => (
              <Line key={s.name} type="monotone" dataKey={s.name} name={s.label} stroke={colours[i % colours.length]} dot={samples.length < 3} isAnimationActive={false} />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </Box>
    </Box>
  );
}
