const NORWEGIAN: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a', Æ: 'Ae', Ø: 'O', Å: 'A' };

/**
 * A file name that survives every browser and operating system: Norwegian letters spelt out,
 * other accents dropped, anything else turned into dashes. "Spørreskjema – Bodø" → "sporreskjema-bodo".
 */
export function safeFileName(title: string, fallback = 'fil'): string {
  const name = title
    .replace(/[æøåÆØÅ]/g, (letter) => NORWEGIAN[letter])
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
  return name || fallback;
}
