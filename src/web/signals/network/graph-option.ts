import type { GraphSeriesOption } from 'echarts/charts';
import type { LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { FUNCTIONS, LEVELS } from '../../../domain/org/types';
import type { NetworkView } from '../../../shared/signals-network';
import { betweennessText, FUNCTION_STYLE, LEVEL_LABELS } from './network-labels';

export type GraphOption = ComposeOption<GraphSeriesOption | LegendComponentOption | TooltipComponentOption>;

/** People labelled on the graph: the top brokers only, so a few hundred nodes stay readable. */
export const LABELLED_BROKERS = 8;

/**
 * The force-directed graph of a network view: colour by function, size by betweenness, edges as wide as the tie is
 * strong but thin and translucent. Nodes start from a grid (function left/right, level top/bottom) so the layout is
 * the same on every load and the sides of the interface stay recognisable. See `settledGraphOption` for the fit.
 */
export function graphOption(view: NetworkView): GraphOption {
  const maxBetweenness = Math.max(1e-9, ...view.nodes.map((node) => node.betweenness));
  const labelled = new Set(view.brokers.slice(0, LABELLED_BROKERS).map((broker) => broker.personId));
  const large = view.nodes.length > 200;
  const column = { sales: -1, marketing: 1, other: 0 } as const;
  const names = new Map(view.nodes.map((node) => [node.personId, node.name]));
  return {
    animation: false,
    tooltip: { trigger: 'item', confine: true },
    legend: [{ data: FUNCTIONS.map((fn) => FUNCTION_STYLE[fn].label), top: 4, left: 8, textStyle: { fontSize: 13 } }],
    series: [
      {
        type: 'graph',
        layout: 'force',
        roam: true,
        draggable: true,
        top: 36,
        categories: FUNCTIONS.map((fn) => ({ name: FUNCTION_STYLE[fn].label, itemStyle: { color: FUNCTION_STYLE[fn].color } })),
        data: view.nodes.map((node, i) => ({
          id: node.personId,
          name: node.name,
          category: FUNCTIONS.indexOf(node.function),
          value: node.betweenness,
          x: column[node.function] * 300 + ((i * 37) % 120),
          y: LEVELS.indexOf(node.level) * 250 + ((i * 53) % 120),
          symbol: node.isolated ? 'diamond' : 'circle',
          symbolSize: node.isolated ? 9 : 5 + 17 * Math.sqrt(node.betweenness / maxBetweenness),
          label: { show: labelled.has(node.personId) },
          tooltip: {
            formatter: [
              `<strong>${escapeHtml(node.name)}</strong>`,
              `${FUNCTION_STYLE[node.function].label}, ${LEVEL_LABELS[node.level]}, ${escapeHtml(node.unit)}`,
              `Betweenness ${betweennessText(node.betweenness)} · ${node.degree} ties`,
              node.isolated ? 'No cross-function tie' : '',
            ]
              .filter(Boolean)
              .join('<br/>'),
          },
        })),
        links: view.edges.map((edge) => ({
          source: edge.a,
          target: edge.b,
          value: edge.strength,
          lineStyle: { width: 0.4 + 2.6 * edge.strength },
          tooltip: { formatter: `${escapeHtml(names.get(edge.a) ?? '')} — ${escapeHtml(names.get(edge.b) ?? '')}<br/>Tie strength ${edge.strength.toFixed(2)}${edge.crossFunction ? ' (cross-function)' : ''}` },
        })),
        lineStyle: { color: '#6b7686', opacity: large ? 0.18 : 0.3, curveness: 0 },
        label: { position: 'right', fontSize: 12, color: '#1c2330', backgroundColor: 'rgba(255,255,255,0.8)', padding: [1, 3] },
        labelLayout: { hideOverlap: true },
        emphasis: { focus: 'adjacency', lineStyle: { opacity: 0.9, width: 2.5 }, label: { show: true } },
        force: {
          layoutAnimation: false,
          initLayout: 'none',
          repulsion: [45, 160],
          edgeLength: [22, 80],
          gravity: 0.1,
          friction: 0.6,
        },
      },
    ],
  };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * The same graph drawn where the force layout left its people, without force: ECharts fits a graph's view to the
 * x/y its nodes are given, not to where a force layout moves them, so a layout that spreads wider than its start
 * would spill out of the box (and a tight one would sit small in the middle). Zoom and drag still work.
 */
export function settledGraphOption(option: GraphOption, positions: ReadonlyMap<string, readonly number[]>): GraphOption {
  const series = (Array.isArray(option.series) ? option.series[0] : option.series) as GraphSeriesOption;
  const data = (series.data ?? []) as Array<{ id: string; x?: number; y?: number }>;
  return {
    ...option,
    series: [
      {
        ...series,
        layout: 'none',
        data: data.map((node) => {
          const point = positions.get(node.id);
          return point && Number.isFinite(point[0]) && Number.isFinite(point[1]) ? { ...node, x: point[0], y: point[1] } : node;
        }),
      },
    ],
  };
}
