export interface Bar {
  label: string;
  value: number;
  /** What the number means, read out in the text alternative ("12 applications"). */
  valueText?: string;
}

/**
 * A horizontal bar chart in plain CSS. The bars are decoration; the same numbers are a real list for
 * screen readers and for anyone who prefers to read them.
 */
export function BarChart({ title, bars }: { title: string; bars: readonly Bar[] }) {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  return (
    <figure className="bar-chart">
      <figcaption>{title}</figcaption>
      <ul>
        {bars.map((bar) => (
          <li key={bar.label}>
            <span className="bar-label">{bar.label}</span>
            <span className="bar-track" aria-hidden="true">
              <span className="bar-fill" style={{ width: `${(bar.value / max) * 100}%` }} />
            </span>
            <span className="bar-value">{bar.valueText ?? bar.value}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
