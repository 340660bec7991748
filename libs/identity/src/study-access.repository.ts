import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { NotFoundError, UnprocessableError } from '@stemme/platform';
import { Repository } from 'typeorm';
import { violatesConstraint } from './postgres-errors';
import { StudyAccess } from './study-access.entity';

/** All SQL about study_access. */
@Injectable()
export class StudyAccessRepository {
  constructor(@InjectRepository(StudyAccess) private readonly grants: Repository<StudyAccess>) {}

  find(userId: string, studyId: string): Promise<StudyAccess | null> {
    return this.grants.findOneBy({ userId, studyId });
  }

  listOfUser(userId: string): Promise<StudyAccess[]> {
    return this.grants.find({ where: { userId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /**
   * Creates the grant or changes its municipality. Throws UnprocessableError for an unknown
   * municipality and NotFoundError for an unknown study.
   */
  async upsert(userId: string, studyId: string, municipalityCode: string | null): Promise<StudyAccess> {
    // The municipality is looked up in the statement, so that an unknown code is an empty answer
    // rather than a failed (and logged) query; the foreign key still guards against races.
    const rows: unknown[] = await this.grants.query(
      `INSERT INTO "study_access" ("user_id", "study_id", "municipality_code")
       SELECT $1, $2, $3::character(4)
       WHERE $3::character(4) IS NULL OR EXISTS (SELECT 1 FROM "municipality" WHERE "code" = $3::character(4))
       ON CONFLICT ON CONSTRAINT "UQ_study_access_user_study" DO UPDATE SET "municipality_code" = EXCLUDED."municipality_code"
       RETURNING "id"`,
      [userId, studyId, municipalityCode],
    ).catch((error: unknown) => {
      if (violatesConstraint(error, 'FK_study_access_study')) throw new NotFoundError('There is no study with this id');
      throw error;
    });
    if (!rows.length) {
      throw new UnprocessableError(`There is no municipality with code ${municipalityCode}`, [{ path: 'municipalityCode', message: 'unknown municipality code' }]);
    }
    return (await this.find(userId, studyId))!;
  }

  /** Answers whether there was a grant to delete. */
  async delete(userId: string, studyId: string): Promise<boolean> {
    const result = await this.grants.delete({ userId, studyId });
    return (result.affected ?? 0) > 0;
  }
}
