import { Module } from '@nestjs/common';
import { StudiesPersistenceModule } from '@stemme/studies';
import { StudiesModule } from '../studies/studies.module';
import { QuestionnaireFormatController } from './questionnaire-format.controller';
import { QuestionnaireVersionsController } from './questionnaire-versions.controller';
import { QuestionnairesController } from './questionnaires.controller';
import { QuestionnairesService } from './questionnaires.service';

@Module({
  imports: [StudiesPersistenceModule, StudiesModule],
  controllers: [QuestionnairesController, QuestionnaireVersionsController, QuestionnaireFormatController],
  providers: [QuestionnairesService],
  exports: [QuestionnairesService],
})
export class QuestionnairesModule {}
