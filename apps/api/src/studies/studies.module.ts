import { Module } from '@nestjs/common';
import { IdentityModule } from '@stemme/identity';
import { StudiesPersistenceModule } from '@stemme/studies';
import { StudiesController } from './studies.controller';
import { StudiesService } from './studies.service';

@Module({
  imports: [StudiesPersistenceModule, IdentityModule],
  controllers: [StudiesController],
  providers: [StudiesService],
  exports: [StudiesService],
})
export class StudiesModule {}
