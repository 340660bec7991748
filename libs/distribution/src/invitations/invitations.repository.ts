import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { pgPoolOf } from '../responses/pg-pool';
import { InvitationBatch } from './invitation-batch.entity';

export interface BatchSummary {
  batch: InvitationBatch;
  usedCount: number;
}

export type CodeUse = 'admitted' | 'already_used' | 'unknown';

/** All SQL about invitation codes. Codes arrive here hashed; nothing here sees a plain code. */
@Injectable()
export class InvitationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The batch and its codes in one transaction; a hash collision fails it (unique key) for the caller to retry. */
  async createBatch(linkId: string, label: string, codeHashes: string[], createdBy: string | null): Promise<InvitationBatch> {
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(InvitationBatch);
      const batch = await repository.save(repository.create({ linkId, label, codeCount: codeHashes.length, createdBy }));
      await manager.query(`INSERT INTO "invitation_code" ("code_hash", "batch_id") SELECT unnest($1::text[]), $2`, [codeHashes, batch.id]);
      return batch;
    });
  }

  async listBatches(linkId: string): Promise<BatchSummary[]> {
    const batches = await this.dataSource.getRepository(InvitationBatch).find({ where: { linkId }, order: { createdAt: 'ASC' } });
    if (!batches.length) return [];
    const rows: { batchId: string; used: number }[] = await this.dataSource.query(
      `SELECT "batch_id" AS "batchId", count(*)::int AS "used" FROM "invitation_code" WHERE "batch_id" = ANY($1::uuid[]) AND "used" GROUP BY "batch_id"`,
      [batches.map((batch) => batch.id)],
    );
    const used = new Map(rows.map((row) => [row.batchId, row.used]));
    return batches.map((batch) => ({ batch, usedCount: used.get(batch.id) ?? 0 }));
  }

  /**
   * Marks a code of this link used, in a transaction of its own that touches nothing else: no
   * draft and no response is written in it, so no transaction id ties the code to them.
   */
  async consume(linkId: string, codeHash: string): Promise<CodeUse> {
    const consumed = await pgPoolOf(this.dataSource).query(
      `UPDATE "invitation_code" c SET "used" = true
       FROM "invitation_batch" b
       WHERE c."code_hash" = $1 AND c."batch_id" = b."id" AND b."link_id" = $2 AND NOT c."used"`,
      [codeHash, linkId],
    );
    if (consumed.rowCount === 1) return 'admitted';
    const [known] = await this.dataSource.query(
      `SELECT 1 FROM "invitation_code" c JOIN "invitation_batch" b ON b."id" = c."batch_id" WHERE c."code_hash" = $1 AND b."link_id" = $2`,
      [codeHash, linkId],
    );
    return known ? 'already_used' : 'unknown';
  }

  /** Gives a code back when the answers it opened could not be stored (JSON clients). */
  async release(codeHash: string): Promise<void> {
    await this.dataSource.query(`UPDATE "invitation_code" SET "used" = false WHERE "code_hash" = $1`, [codeHash]);
  }

  /**
   * Rewrites every code used within the last `withinTransactions` transactions in one statement,
   * so that they all carry the same row version (xmin): the order, and so the rough moment, in
   * which single codes were used can no longer be read from the table.
   */
  async restampUsedCodes(withinTransactions: number): Promise<number> {
    const result = await pgPoolOf(this.dataSource).query(`UPDATE "invitation_code" SET "used" = true WHERE "used" AND age("xmin") <= $1`, [withinTransactions]);
    return result.rowCount ?? 0;
  }

  async currentTransactionId(): Promise<bigint> {
    const [{ txid }] = await this.dataSource.query(`SELECT txid_current()::text AS txid`);
    return BigInt(txid);
  }
}
