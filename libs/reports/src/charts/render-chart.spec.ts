import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadImage } from '@napi-rs/canvas';
import { buildChart, renderChartPng, renderChartSvg } from './render-chart';
import { ageBandMeanChart, countyPercentChart, likertMatrixChart, SUPPRESSED_NOTE_NB } from './testing/chart-examples';
import { differingPixels, pngSize, summarisePixels } from './testing/png-pixels';

// Samples to look at; test-artifacts/ is gitignored.
const ARTIFACTS = join(__dirname, '../../../../test-artifacts/charts');

function keep(name: string, contents: Buffer | string): void {
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(join(ARTIFACTS, name), contents);
}

describe('renderChartPng', () => {
  it('renders at print resolution: 900 × 500 CSS pixels at pixel ratio 2 make 1800 × 1000', () => {
    const png = renderChartPng(ageBandMeanChart());
    keep('age-band-mean.png', png);

    expect(pngSize(png)).toEqual({ width: 1800, height: 1000 });
  });

  it('grows taller for many horizontal bars instead of squeezing them', () => {
    const png = renderChartPng(countyPercentChart());
    keep('county-percent.png', png);

    const { width, height } = pngSize(png);
    expect(width).toBe(1800);
    expect(height).toBeGreaterThan(1000);
  });

  it('draws text and bars on an opaque white background', async () => {
    const png = renderChartPng(likertMatrixChart());
    keep('likert-matrix.png', png);

    const pixels = await summarisePixels(png);
    expect(pixels.transparentPixels).toBe(0);
    expect(pixels.darkPixels).toBeGreaterThan(5_000);
    expect(pixels.luminanceVariance).toBeGreaterThan(500);
  });

  it('draws a title with æøå and Sami letters in the bundled font', async () => {
    const title = 'Fornøyd med tjenesten i Kárášjohka og Guovdageaidnu? Æ Ø Å æ ø å á č đ ŋ š ŧ ž';
    const withTitle = renderChartPng(ageBandMeanChart({ title }));
    const withoutTitle = renderChartPng(ageBandMeanChart({ title: '' }));
    keep('title-sami-letters.png', withTitle);

    expect(await differingPixels(withTitle, withoutTitle, 0, 80)).toBeGreaterThan(2_000);
  });

  it('leaves out suppressed groups and bars', () => {
    const groupLabels = buildChart(countyPercentChart(), 900).config.data.labels!.map((lines) => lines[0]);
    const barLabels = buildChart(likertMatrixChart(), 900).config.data.labels!.map((lines) => lines[0]);

    expect(groupLabels).toHaveLength(14);
    expect(groupLabels).not.toContain('Østfold');
    expect(barLabels).not.toContain('Det er lett å få time');
  });

  it('writes the note on suppression under the chart when something was left out', async () => {
    const withNote = renderChartPng(countyPercentChart());
    const withEmptyNote = renderChartPng(countyPercentChart({ suppressedNote: '' }));
    const allShown = countyPercentChart({ groups: countyPercentChart().groups.filter((group) => 'value' in group.cell) });

    const { height } = pngSize(withNote);
    expect(await differingPixels(withNote, withEmptyNote, height - 60, height)).toBeGreaterThan(1_000);
    expect(buildChart(countyPercentChart(), 900).footnotes).toContain(SUPPRESSED_NOTE_NB);
    expect(buildChart(allShown, 900).footnotes).not.toContain(SUPPRESSED_NOTE_NB);
  });

  it('frees each canvas when its PNG is made, without waiting for garbage collection', () => {
    // 40 charts at print size are 280 MB of pixels if the canvases stay until V8 collects them.
    renderChartPng(likertMatrixChart());
    const before = process.memoryUsage().rss;
    for (let chart = 0; chart < 40; chart++) renderChartPng(likertMatrixChart());

    expect((process.memoryUsage().rss - before) / 2 ** 20).toBeLessThan(100);
  });

  it('refuses a bar whose values do not match the answer categories', () => {
    const chart = likertMatrixChart();
    const broken = { ...chart, bars: [{ label: 'Kort', cells: [{ value: 100 }] }] };

    expect(() => renderChartPng(broken)).toThrow(RangeError);
  });
});

describe('renderChartSvg', () => {
  it('renders the same chart as SVG with the text as outlines, which an SVG renderer draws', async () => {
    const svg = renderChartSvg(likertMatrixChart());
    keep('likert-matrix.svg', svg);

    expect(svg).toMatch(/^<\?xml[^>]*>\s*<svg[^>]*width="900" height="500" viewBox="0 0 900 500"/);
    expect(svg).toContain('<title>Hvor enig eller uenig er du i disse påstandene om tjenesten?</title>');
    expect(svg).not.toContain('<text');
    const image = await loadImage(Buffer.from(svg));
    expect([image.width, image.height]).toEqual([900, 500]);
  });
});
