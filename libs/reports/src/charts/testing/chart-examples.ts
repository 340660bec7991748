import type { GroupBarChartSpec, StackedPercentChartSpec } from '../chart-spec';

export const SUPPRESSED_NOTE_NB = 'Grupper med færre enn 5 svar vises ikke.';

/** Share satisfied per county, bokmål, with one county suppressed. */
export function countyPercentChart(overrides: Partial<GroupBarChartSpec> = {}): GroupBarChartSpec {
  return {
    kind: 'group-bars',
    locale: 'nb',
    title: 'Andel som er fornøyd med tilbudet, etter fylke',
    subtitle: 'Brukerundersøkelsen 2025 – «Svært fornøyd» eller «Ganske fornøyd»',
    valueAxis: { format: 'percent', title: 'Andel (%)' },
    suppressedNote: SUPPRESSED_NOTE_NB,
    footnotes: ['Kilde: Stemme, nasjonal brukerundersøkelse 2025.'],
    groups: [
      { label: 'Oslo', n: 1234, cell: { value: 71.4 } },
      { label: 'Rogaland', n: 512, cell: { value: 64.2 } },
      { label: 'Møre og Romsdal', n: 301, cell: { value: 58.9 } },
      { label: 'Nordland – Nordlánnda', n: 288, cell: { value: 66.0 } },
      { label: 'Østfold', n: 4, cell: { suppressed: true } },
      { label: 'Akershus', n: 845, cell: { value: 69.3 } },
      { label: 'Buskerud', n: 210, cell: { value: 61.7 } },
      { label: 'Innlandet', n: 402, cell: { value: 59.1 } },
      { label: 'Vestfold', n: 197, cell: { value: 73.0 } },
      { label: 'Telemark', n: 150, cell: { value: 55.5 } },
      { label: 'Agder', n: 330, cell: { value: 62.8 } },
      { label: 'Vestland', n: 720, cell: { value: 67.4 } },
      { label: 'Trøndelag – Trööndelage', n: 610, cell: { value: 65.2 } },
      { label: 'Troms – Romsa – Tromssa', n: 240, cell: { value: 70.1 } },
      { label: 'Finnmark – Finnmárku – Finmarkku', n: 98, cell: { value: 100 } },
    ],
    ...overrides,
  };
}

/** Mean score per age band, English, few groups: vertical bars. */
export function ageBandMeanChart(overrides: Partial<GroupBarChartSpec> = {}): GroupBarChartSpec {
  return {
    kind: 'group-bars',
    locale: 'en',
    title: 'How satisfied are you with the help you get? Mean score by age band',
    valueAxis: { format: 'decimal', min: 1, max: 5, title: 'Mean (1 = very dissatisfied, 5 = very satisfied)' },
    suppressedNote: 'Groups with fewer than 5 answers are not shown.',
    groups: [
      { label: '18–23', n: 412, cell: { value: 3.62 } },
      { label: '24–35', n: 1290, cell: { value: 3.85 } },
      { label: '36–50', n: 1544, cell: { value: 3.91 } },
      { label: '51–66', n: 801, cell: { value: 4.02 } },
      { label: '67+', n: 3, cell: { suppressed: true } },
    ],
    ...overrides,
  };
}

/** A matrix question: one bar per item, a five-point agreement scale and "Vet ikke". */
export function likertMatrixChart(overrides: Partial<StackedPercentChartSpec> = {}): StackedPercentChartSpec {
  return {
    kind: 'stacked-percent',
    locale: 'nb',
    title: 'Hvor enig eller uenig er du i disse påstandene om tjenesten?',
    suppressedNote: SUPPRESSED_NOTE_NB,
    palette: 'diverging',
    categories: [
      { label: 'Helt uenig' },
      { label: 'Litt uenig' },
      { label: 'Verken enig eller uenig' },
      { label: 'Litt enig' },
      { label: 'Helt enig' },
      { label: 'Vet ikke', outsideScale: true },
    ],
    bars: [
      { label: 'Jeg blir tatt på alvor', n: 2310, cells: [4, 7, 12, 31, 42, 4].map((value) => ({ value })) },
      { label: 'Jeg får være med og bestemme hvilken hjelp jeg får', n: 2298, cells: [8, 11, 18, 30, 28, 5].map((value) => ({ value })) },
      { label: 'Ansatte har tid til meg', n: 2301, cells: [10, 15, 20, 28, 22, 5].map((value) => ({ value })) },
      { label: 'Det er lett å få time', n: 4, cells: [{ suppressed: true }, { value: 25 }, { value: 25 }, { value: 25 }, { suppressed: true }, { value: 0 }] },
      { label: 'Tilbudet er tilpasset samiske brukere (sámegiella, kultur)', n: 187, cells: [6, 9, 35, 20, 14, 16].map((value) => ({ value })) },
    ],
    ...overrides,
  };
}
