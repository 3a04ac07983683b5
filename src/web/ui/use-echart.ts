import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';

/**
 * One ECharts instance on the returned element ref, resized with its box and disposed on unmount. Declare it before
 * the effects that set options or listen on `chartRef`, so the instance exists when they run.
 */
export function useEChart(renderer: 'svg' | 'canvas') {
  const ref = useRef<HTMLDivElement>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const chart = echarts.init(element, undefined, { renderer });
    chartRef.current = chart;
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, [renderer]);
  return { ref, chartRef };
}
