/** Deterministic answers 1–5 with about 8 % blanks, the same for every variant of a run. */
export function* syntheticRows(rows: number, columns: number, seed = 20240601): Generator<(number | null)[]> {
  const random = mulberry32(seed);
  for (let r = 0; r < rows; r++) {
    const row: (number | null)[] = new Array(columns);
    for (let c = 0; c < columns; c++) {
      const draw = random();
      row[c] = draw < 0.08 ? null : 1 + Math.floor(((draw - 0.08) / 0.92) * 5);
    }
    yield row;
  }
}

export function syntheticHeaders(columns: number): string[] {
  return Array.from({ length: columns }, (_, c) => `q${String(c + 1).padStart(2, '0')}`);
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
