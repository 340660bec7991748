import { Module } from '@nestjs/common';
import { QuestionnairesRepository } from './questionnaires.repository';
import { StudiesRepository } from './studies.repository';

/** Studies, questionnaires and versions in PostgreSQL; shared by the api and the worker. */
@Module({ providers: [StudiesRepository, QuestionnairesRepository], exports: [StudiesRepository, QuestionnairesRepository] })
export class StudiesPersistenceModule {}
