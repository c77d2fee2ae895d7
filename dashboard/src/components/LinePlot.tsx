// A line plot over heights (uPlot on a canvas), resized with its container; reused for supply now, loss later.
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface LinePlotProps {
  xs: number[];
  ys: number[];
  xLabel: string;
  yLabel: string;
  formatY?: (v: number) => string;
  height?: number;
  testid?: string;
}

export function LinePlot({ xs, ys, xLabel, yLabel, formatY = (v) => v.toLocaleString('en-US'), height = 260, testid }: LinePlotProps) {
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);

  useEffect(() => {
    const el = box.current!;
    const opts: uPlot.Options = {
      width: Math.max(320, el.clientWidth),
      height,
      cursor: { drag: { x: false, y: false } },
      legend: { show: true },
      scales: { x: { time: false }, y: { range: (_u, min, max) => (min === max ? [min * 0.999, max * 1.001 || 1] : [min - (max - min) * 0.1, max + (max - min) * 0.1]) } },
      axes: [
        { label: xLabel, stroke: '#64748b', grid: { stroke: '#eef0f4' }, ticks: { stroke: '#e2e8f0' }, values: (_u, vals) => vals.map((v) => v.toLocaleString('en-US')) },
        { label: yLabel, stroke: '#64748b', size: 90, grid: { stroke: '#eef0f4' }, ticks: { stroke: '#e2e8f0' }, values: (_u, vals) => vals.map(formatY) },
      ],
      series: [
        { label: xLabel, value: (_u, v) => (v == null ? '—' : v.toLocaleString('en-US')) },
        { label: yLabel, stroke: '#4f46e5', width: 2, fill: 'rgba(79,70,229,0.08)', points: { size: 5 }, value: (_u, v) => (v == null ? '—' : formatY(v)) },
      ],
    };
    plot.current = new uPlot(opts, [xs, ys], el);
    const ro = new ResizeObserver(() => plot.current?.setSize({ width: Math.max(320, el.clientWidth), height }));
    ro.observe(el);
    return () => {
      ro.disconnect();
      plot.current?.destroy();
      plot.current = null;
    };
  }, [xLabel, yLabel, height]);

  useEffect(() => {
    plot.current?.setData([xs, ys]);
  }, [xs, ys]);

  return <div class="plot" ref={box} data-testid={testid} data-points={xs.length} />;
}
