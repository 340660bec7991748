import { Module } from '@nestjs/common';
import { StudiesPersistenceModule } from '@stemme/studies';
import { RespondentModule } from '../respondent/respondent.module';
import { StudiesModule } from '../studies/studies.module';
import { PreviewController } from './preview.controller';
import { PreviewService } from './preview.service';

/** The builder's preview: any version rendered by the respondent form, storing nothing. */
@Module({
  imports: [StudiesPersistenceModule, StudiesModule, RespondentModule],
  controllers: [PreviewController],
  providers: [PreviewService],
})
export class PreviewModule {}
