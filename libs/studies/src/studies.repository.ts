import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Study } from './study.entity';

export type NewStudy = Pick<
  Study,
  'name' | 'description' | 'disclosureThreshold' | 'reportingMinimum' | 'ageBands' | 'languages' | 'freeTextExport' | 'unfinishedExpiryDays' | 'receiptHelp' | 'createdBy'
>;
export type StudyChanges = Partial<Omit<NewStudy, 'createdBy'>>;

@Injectable()
export class StudiesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Creates a study and, for a non-admin creator, the grant that lets them work on it, in one transaction. */
  async create(study: NewStudy, grantCreatorAccess: boolean): Promise<Study> {
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.getRepository(Study).save(manager.getRepository(Study).create(study));
      if (grantCreatorAccess && study.createdBy) {
        await manager.query(`INSERT INTO "study_access" ("user_id", "study_id") VALUES ($1, $2) ON CONFLICT DO NOTHING`, [study.createdBy, saved.id]);
      }
      return saved;
    });
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<Study | null> {
    return manager.getRepository(Study).findOneBy({ id });
  }

  /** All studies for an admin; for others the studies they have a grant to. Newest first. */
  listVisibleTo(user: { id: string; role: string }): Promise<Study[]> {
    const query = this.dataSource.getRepository(Study).createQueryBuilder('study').orderBy('study.created_at', 'DESC');
    if (user.role !== 'admin') {
      query.innerJoin('study_access', 'access', 'access.study_id = study.id AND access.user_id = :userId', { userId: user.id });
    }
    return query.getMany();
  }

  async update(id: string, changes: StudyChanges): Promise<Study | null> {
    if (Object.keys(changes).length) await this.dataSource.getRepository(Study).update({ id }, changes);
    return this.findById(id);
  }
}
