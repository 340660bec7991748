import { Module } from '@nestjs/common';
import { DraftsRepository } from './drafts/drafts.repository';
import { InvitationsRepository } from './invitations/invitations.repository';
import { FormContextCache } from './links/form-context-cache';
import { LinksRepository } from './links/links.repository';
import { ResponseWriter } from './responses/response-writer';

const providers = [LinksRepository, InvitationsRepository, DraftsRepository, ResponseWriter, FormContextCache];

/** Links, invitation codes, drafts and the response writer in PostgreSQL; one instance of each per app. */
@Module({ providers, exports: providers })
export class DistributionPersistenceModule {}
