import { createHash } from 'node:crypto';

/** An answer written as JSON once, with its entity tag. */
export interface JsonBody {
  json: Buffer;
  /** A weak entity tag of the bytes, so that a client that has them gets 304. */
  etag: string;
}

/**
 * JSON answers kept with the computed table they were written from: a whole country's
 * municipality × age band table is 3.3 MB of JSON, and writing it (and hashing it for the ETag)
 * was most of a warm request's time. An answer is a function of its table (whose question,
 * breakdown, settings and cube generation FreshResults keys it by) and the variant (the filters),
 * so it lives exactly as long as that table object: a table computed after a fold is a new object
 * with no answers yet, and answers of tables FreshResults let go are collected with them.
 */
export class SerialisedAnswers<Source extends object> {
  private readonly bodies = new WeakMap<Source, Map<string, JsonBody>>();

  /** `variantsPerSource` bounds the answers kept per table (the oldest goes first). */
  constructor(private readonly variantsPerSource = 64) {}

  get(source: Source, variant: string, answer: () => unknown): JsonBody {
    let variants = this.bodies.get(source);
    if (!variants) this.bodies.set(source, (variants = new Map()));
    const kept = variants.get(variant);
    if (kept) return kept;
    const json = Buffer.from(JSON.stringify(answer()), 'utf8');
    const body = { json, etag: `W/"${json.length.toString(16)}-${createHash('sha1').update(json).digest('base64url')}"` };
    if (variants.size >= this.variantsPerSource) variants.delete(variants.keys().next().value!);
    variants.set(variant, body);
    return body;
  }
}
