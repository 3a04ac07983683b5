/**
 * A small forest-plot bar: the 95% interval of rho on a −1…1 scale with zero marked and rho as a dot. Decorative
 * (aria-hidden): the cell beside it prints the same numbers.
 */
export function ForestBar({ rho, interval }: { rho: number | null; interval: [number, number] | null }) {
  const width = 120;
  const x = (value: number) => ((value + 1) / 2) * width;
  return (
    <svg className="pg-forest" width={width} height={18} viewBox={`0 0 ${width} 18`} aria-hidden="true" focusable="false">
      <line x1={0} x2={width} y1={9} y2={9} className="pg-forest__axis" />
      <line x1={x(0)} x2={x(0)} y1={2} y2={16} className="pg-forest__zero" />
      {interval && <line x1={x(interval[0])} x2={x(interval[1])} y1={9} y2={9} className="pg-forest__interval" />}
      {interval && (
        <>
          <line x1={x(interval[0])} x2={x(interval[0])} y1={5} y2={13} className="pg-forest__interval" />
          <line x1={x(interval[1])} x2={x(interval[1])} y1={5} y2={13} className="pg-forest__interval" />
        </>
      )}
      {rho !== null && <circle cx={x(rho)} cy={9} r={4} className="pg-forest__point" />}
    </svg>
  );
}
