import { createCanvas, loadImage } from '@napi-rs/canvas';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk, which follows the 8-byte signature. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (!png.subarray(0, 8).equals(PNG_SIGNATURE) || png.subarray(12, 16).toString('ascii') !== 'IHDR') throw new Error('Not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

export interface PixelSummary {
  /** Pixels darker than mid-grey: text, axis labels. */
  darkPixels: number;
  transparentPixels: number;
  luminanceVariance: number;
}

export async function decodePixels(png: Buffer): Promise<{ width: number; height: number; data: Uint8ClampedArray }> {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  return { width: image.width, height: image.height, data: context.getImageData(0, 0, image.width, image.height).data };
}

export async function summarisePixels(png: Buffer): Promise<PixelSummary> {
  const { data } = await decodePixels(png);
  let dark = 0;
  let transparent = 0;
  let sum = 0;
  let sumOfSquares = 0;
  const count = data.length / 4;
  for (let i = 0; i < data.length; i += 4) {
    const luminance = 0.2126 * data[i] + 0.7152 * data[i + 1] + 0.0722 * data[i + 2];
    if (luminance < 100) dark++;
    if (data[i + 3] < 255) transparent++;
    sum += luminance;
    sumOfSquares += luminance * luminance;
  }
  return { darkPixels: dark, transparentPixels: transparent, luminanceVariance: sumOfSquares / count - (sum / count) ** 2 };
}

/** Pixels that differ between two images of the same size, in rows `fromRow` up to `toRow`. */
export async function differingPixels(a: Buffer, b: Buffer, fromRow: number, toRow: number): Promise<number> {
  const [first, second] = await Promise.all([decodePixels(a), decodePixels(b)]);
  if (first.width !== second.width || first.height !== second.height) throw new Error('The images differ in size');
  let differing = 0;
  for (let i = fromRow * first.width * 4; i < Math.min(toRow * first.width * 4, first.data.length); i += 4) {
    if (first.data[i] !== second.data[i] || first.data[i + 1] !== second.data[i + 1] || first.data[i + 2] !== second.data[i + 2]) differing++;
  }
  return differing;
}
