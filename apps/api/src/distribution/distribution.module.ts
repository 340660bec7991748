import { Module } from '@nestjs/common';
import { DistributionPersistenceModule } from '@stemme/distribution';
import { RegisterModule } from '@stemme/register';
import { StudiesPersistenceModule } from '@stemme/studies';
import { StudiesModule } from '../studies/studies.module';
import { InvitationsController } from './invitations.controller';
import { InvitationsService } from './invitations.service';
import { LinkQrCodes } from './link-qr-codes';
import { LinkQrController } from './link-qr.controller';
import { LinksController } from './links.controller';
import { LinksService } from './links.service';

/** Sending a questionnaire out: links and invitation codes, for designers. */
@Module({
  imports: [DistributionPersistenceModule, StudiesPersistenceModule, StudiesModule, RegisterModule],
  controllers: [LinksController, LinkQrController, InvitationsController],
  providers: [LinksService, InvitationsService, LinkQrCodes],
})
export class DistributionModule {}
