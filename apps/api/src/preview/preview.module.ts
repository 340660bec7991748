import { Module } from '@nestjs/common';
import { RegisterModule } from '@stemme/register';
import { StudiesPersistenceModule } from '@stemme/studies';
import { StudiesModule } from '../studies/studies.module';
import { PreviewController } from './preview.controller';
import { PreviewService } from './preview.service';

/** The builder's preview: any version rendered by the respondent form, storing nothing. */
@Module({
  imports: [StudiesPersistenceModule, StudiesModule, RegisterModule],
  controllers: [PreviewController],
  providers: [PreviewService],
})
export class PreviewModule {}
