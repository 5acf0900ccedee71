/**
 * Stands in for @nivo/line, @nivo/bar and @nivo/heatmap in jsdom tests: renders
 * the props our chart wrappers pass (as data attributes) instead of an SVG.
 */
interface StubProps {
  role?: string;
  ariaLabel?: string;
  data?: unknown;
  keys?: readonly string[];
}

function stub(kind: string) {
  return function NivoStub({ role, ariaLabel, data, keys }: StubProps) {
    return (
      <div
        data-testid="nivo-chart"
        data-kind={kind}
        role={role}
        aria-label={ariaLabel}
        data-series={JSON.stringify(keys ?? (Array.isArray(data) ? data.map((d: { id?: string }) => d.id) : []))}
      />
    );
  };
}

export const ResponsiveLine = stub('line');
export const ResponsiveBar = stub('bar');
export const ResponsiveHeatMap = stub('heatmap');
