import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A study's help text and links for the receipt page: where to find someone to talk to. */
export class ReceiptHelp1764100700000 implements MigrationInterface {
  name = 'ReceiptHelp1764100700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "study" ADD "receipt_help" jsonb NOT NULL DEFAULT '{"text": {}, "links": []}'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "study" DROP COLUMN "receipt_help"`);
  }
}
