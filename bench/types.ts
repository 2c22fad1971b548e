/** The row every `bench/<name>.bench.ts` default export resolves with; `npm run bench` prints them. */
export type BenchRow = {
  name: string;
  value: number;
  /** `ms`, `KB`, `MB` … printed after the value. */
  unit: string;
  /** What the figure is compared with, in the same unit. */
  baseline?: { name: string; value: number };
  /** value / baseline.value; computed by the runner when left out. */
  ratio?: number;
  /** Human-readable goal, e.g. `ratio ≤ 1.0`. */
  goal?: string;
  met?: boolean;
};

/** Each `bench/<name>.bench.ts` module's default export. */
export type BenchModule = { default: () => Promise<BenchRow[]> };
