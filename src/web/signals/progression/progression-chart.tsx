import { useMemo } from 'react';
import { MarkAreaComponent, MarkLineComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { DYSFUNCTIONS } from '../../../domain/signals/progression';
import type { UnitProgressionView } from '../../../shared/signals-progression';
import { EChart, type ChartOption } from '../../ui/echart';
import { DYSFUNCTION_LABELS, DYSFUNCTION_STYLE } from './labels';

echarts.use([MarkAreaComponent, MarkLineComponent]);

/**
 * The three weekly scores of one unit: paucity and broken promises are shares (left axis, 0–1), conflict is incidents
 * per week (right axis). Each kept onset is a vertical line at its week with its 95% interval shaded.
 */
export function ProgressionChart({ unit }: { unit: UnitProgressionView }) {
  const option = useMemo<ChartOption>(() => {
    const onsets = unit.onsets?.onsets ?? [];
    return {
      // ECharts' own aria description would replace the container's label, which names the onsets; the tables carry the figures.
      aria: { enabled: false },
      grid: { left: 52, right: 60, top: 48, bottom: 48 },
      tooltip: { trigger: 'axis', valueFormatter: (value: unknown) => (typeof value === 'number' ? value.toFixed(2) : String(value)) },
      legend: { top: 0, data: DYSFUNCTIONS.map((d) => DYSFUNCTION_LABELS[d]) },
      xAxis: { type: 'category', data: unit.weeks, name: 'Week (Monday)', nameLocation: 'middle', nameGap: 30 },
      yAxis: [
        { type: 'value', name: 'Share (0–1)', min: 0, max: 1 },
        { type: 'value', name: 'Incidents / week', minInterval: 1, splitLine: { show: false } },
      ],
      series: DYSFUNCTIONS.map((dysfunction) => {
        const style = DYSFUNCTION_STYLE[dysfunction];
        const onset = onsets.find((o) => o.dysfunction === dysfunction);
        return {
          name: DYSFUNCTION_LABELS[dysfunction],
          type: 'line',
          yAxisIndex: dysfunction === 'overt_conflict' ? 1 : 0,
          data: unit.scores?.[dysfunction] ?? [],
          itemStyle: { color: style.color },
          lineStyle: { width: 2, type: style.dash },
          symbol: style.symbol,
          symbolSize: 5,
          ...(onset
            ? {
                markLine: {
                  symbol: 'none',
                  label: { formatter: `${DYSFUNCTION_LABELS[dysfunction]} onset`, position: 'insideEndTop', color: style.color },
                  lineStyle: { color: style.color, type: 'solid', width: 2 },
                  data: [{ xAxis: onset.week }],
                },
                markArea: { itemStyle: { color: style.color, opacity: 0.1 }, data: [[{ xAxis: onset.interval[0] }, { xAxis: onset.interval[1] }]] },
              }
            : {}),
        };
      }),
    } as ChartOption;
  }, [unit]);
  const onsetText = (unit.onsets?.onsets ?? []).map((o) => `${DYSFUNCTION_LABELS[o.dysfunction]} onset in the week of ${o.week}`).join('; ');
  return (
    <EChart
      option={option}
      height={340}
      label={`Weekly scores of the three dysfunctions in ${unit.unit} over ${unit.weeks.length} weeks. ${onsetText || 'No onset kept.'} The tables below give the figures.`}
    />
  );
}
