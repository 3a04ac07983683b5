import { useEffect, useMemo, useRef } from 'react';
import { useNavigate } from 'react-router';
import { GraphChart } from 'echarts/charts';
import { LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { NetworkView } from '../../../shared/signals-network';
import { graphOption } from './graph-option';

echarts.use([GraphChart, LegendComponent, TooltipComponent, CanvasRenderer]);

/**
 * The network as an ECharts force graph (canvas: a few hundred nodes and their ties redraw smoothly while zooming).
 * Clicking a person opens their page; the same people are in the tables below for keyboard and screen-reader users.
 */
export function NetworkChart({ view, label }: { view: NetworkView; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);
  const navigate = useNavigate();
  const option = useMemo(() => graphOption(view), [view]);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const chart = echarts.init(element, undefined, { renderer: 'canvas' });
    chartRef.current = chart;
    chart.on('click', (event) => {
      const id = event.dataType === 'node' ? (event.data as { id?: string } | undefined)?.id : undefined;
      if (id) void navigate(`/org/people/${encodeURIComponent(id)}`);
    });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, [navigate]);

  useEffect(() => {
    chartRef.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={ref} className="nw-chart" role="img" aria-label={label} data-nodes={view.nodes.length} />;
}
