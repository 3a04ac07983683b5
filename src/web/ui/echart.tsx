import { useEffect } from 'react';
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { useEChart } from './use-echart';

echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, SVGRenderer]);

export type ChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption
>;

interface EChartProps {
  option: ChartOption;
  /** What the chart shows, for screen readers; give the same data as a table too. */
  label: string;
  height?: number;
}

/** A small wrapper: one ECharts instance per element, resized with its box and disposed on unmount. */
export function EChart({ option, label, height = 320 }: EChartProps) {
  const { ref, chartRef } = useEChart('svg');

  useEffect(() => {
    chartRef.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={ref} className="echart" role="img" aria-label={label} style={{ height }} />;
}
