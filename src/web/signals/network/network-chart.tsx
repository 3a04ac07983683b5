import { useEffect, useMemo } from 'react';
import { useNavigate } from 'react-router';
import { GraphChart } from 'echarts/charts';
import { LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { NetworkView } from '../../../shared/signals-network';
import { useEChart } from '../../ui/use-echart';
import { graphOption, settledGraphOption } from './graph-option';

echarts.use([GraphChart, LegendComponent, TooltipComponent, CanvasRenderer]);

interface LaidOutData {
  count(): number;
  getId(index: number): string;
  getItemLayout(index: number): number[] | null;
}

/** Where the force layout put each person (read from the series' data; ECharts has no public call for it). */
function layoutPositions(chart: echarts.ECharts): Map<string, number[]> {
  const model = (chart as unknown as { getModel(): { getSeriesByIndex(index: number): { getData(): LaidOutData } | undefined } }).getModel();
  const data = model.getSeriesByIndex(0)?.getData();
  const positions = new Map<string, number[]>();
  if (!data) return positions;
  for (let i = 0; i < data.count(); i += 1) {
    const point = data.getItemLayout(i);
    if (point) positions.set(data.getId(i), [point[0] as number, point[1] as number]);
  }
  return positions;
}

/**
 * The network as an ECharts force graph (canvas: a few hundred nodes and their ties redraw smoothly while zooming).
 * Clicking a person opens their page; the same people are in the tables below for keyboard and screen-reader users.
 */
export function NetworkChart({ view, label }: { view: NetworkView; label: string }) {
  const { ref, chartRef } = useEChart('canvas');
  const navigate = useNavigate();
  const option = useMemo(() => graphOption(view), [view]);

  useEffect(() => {
    const chart = chartRef.current;
    if (!chart) return;
    const open = (event: echarts.ECElementEvent) => {
      const id = event.dataType === 'node' ? (event.data as { id?: string } | undefined)?.id : undefined;
      if (id) void navigate(`/org/people/${encodeURIComponent(id)}`);
    };
    chart.on('click', open);
    return () => {
      chart.off('click', open);
    };
  }, [chartRef, navigate]);

  useEffect(() => {
    const chart = chartRef.current;
    if (!chart) return;
    // The force layout runs to its end inside setOption (no layout animation); then the settled positions are drawn.
    chart.setOption(option, { notMerge: true });
    chart.setOption(settledGraphOption(option, layoutPositions(chart)), { notMerge: true });
  }, [option]);

  return <div ref={ref} className="nw-chart" role="img" aria-label={label} data-nodes={view.nodes.length} />;
}
