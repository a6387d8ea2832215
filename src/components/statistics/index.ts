export { default as StatisticsTab } from './StatisticsTab';
export { default as StatisticsChart } from './StatisticsChart';
export { default as UsageBar } from './UsageBar';
export { default as UsageCell } from './UsageCell';
export { useUsage } from './useUsage';
export { useStatisticsHistory } from './useStatisticsHistory';
export { statisticsQuery, statisticsHref, parseStatistics, formatStat, usageOf, type Statistic, type StatKind } from './statistics';
