import { DynamicModule, Module } from '@nestjs/common';
import type { Writable } from 'node:stream';
import { AppConfig, ConfigModule, DatabaseModule, HealthModule, LoggingModule, QueueModule, RedisModule } from '@stemme/platform';
import { AdminUiModule } from './admin-ui/admin-ui.module';
import { AggregationApiModule } from './aggregation/aggregation-api.module';
import { AuthModule } from './auth/auth.module';
import { DistributionModule } from './distribution/distribution.module';
import { ExportsModule } from './exports/exports.module';
import { PreviewModule } from './preview/preview.module';
import { QuestionnairesModule } from './questionnaires/questionnaires.module';
import { RegisterApiModule } from './register/register-api.module';
import { RespondentModule } from './respondent/respondent.module';
import { StudiesModule } from './studies/studies.module';
import { UsersModule } from './users/users.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, logDestination?: Writable): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(logDestination),
        DatabaseModule,
        RedisModule,
        QueueModule,
        HealthModule,
        AuthModule,
        UsersModule,
        RegisterApiModule,
        StudiesModule,
        QuestionnairesModule,
        PreviewModule,
        AdminUiModule,
        DistributionModule,
        RespondentModule,
        AggregationApiModule,
        ExportsModule,
      ],
    };
  }
}
