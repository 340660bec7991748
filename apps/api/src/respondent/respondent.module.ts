import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { AggregationTriggerModule } from '@stemme/aggregation';
import { DistributionPersistenceModule } from '@stemme/distribution';
import { RegisterModule } from '@stemme/register';
import { BrowserDrafts } from './pages/browser-drafts';
import { CodeFlowService } from './pages/code-flow.service';
import { FormAssetsController } from './pages/form-assets.controller';
import { FormFlowService } from './pages/form-flow.service';
import { PageViews } from './pages/page-views';
import { RespondentPagesController } from './pages/respondent-pages.controller';
import { RespondentApiController } from './submission/respondent-api.controller';
import { RespondentApiService } from './submission/respondent-api.service';
import { SubmissionService } from './submission/submission.service';
import { ArrivalAnnouncer } from './support/arrival-announcer';
import { DraftSweeper } from './support/draft-sweeper';
import { FormAssetFiles } from './support/form-assets';
import { LinkRateLimiter } from './support/link-rate-limiter';
import { MunicipalityDirectory } from './support/municipality-directory';
import { OpenLinks } from './support/open-links';
import { DEFAULT_RESPONDENT_LIMITS, RespondentLimits } from './support/respondent-limits';
import { RespondentHeaders } from './support/respondent-headers.middleware';

/**
 * Respondents: the form as HTML pages (/s/...) and as JSON (/api/s/...), and storing what they
 * send. Everything here is public and never logged.
 */
@Module({
  imports: [DistributionPersistenceModule, RegisterModule, AggregationTriggerModule],
  // The assets controller first: /s/assets/<file> must not be read as a link token.
  controllers: [FormAssetsController, RespondentApiController, RespondentPagesController],
  providers: [
    { provide: RespondentLimits, useFactory: (): RespondentLimits => ({ ...DEFAULT_RESPONDENT_LIMITS }) },
    ArrivalAnnouncer,
    LinkRateLimiter,
    MunicipalityDirectory,
    OpenLinks,
    FormAssetFiles,
    SubmissionService,
    RespondentApiService,
    BrowserDrafts,
    PageViews,
    FormFlowService,
    CodeFlowService,
    DraftSweeper,
  ],
  exports: [DraftSweeper, MunicipalityDirectory],
})
export class RespondentModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RespondentHeaders).forRoutes(FormAssetsController, RespondentApiController, RespondentPagesController);
  }
}
