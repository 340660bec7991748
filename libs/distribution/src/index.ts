/** @stemme/distribution: links, invitation codes, drafts and storing responses. */
export * from './codes/oslo-date';
export * from './codes/secret-codes';
export * from './distribution-persistence.module';
export * from './drafts/drafts.repository';
export * from './drafts/response-draft.entity';
export * from './entities';
export * from './invitations/invitation-batch.entity';
export * from './invitations/invitation-code.entity';
export * from './invitations/invitations.repository';
export * from './links/form-context-cache';
export * from './links/link-status';
export * from './links/links.repository';
export * from './links/survey-link-quota.entity';
export * from './links/survey-link.entity';
export * from './responses/group-commit';
export * from './responses/response-writer';
export * from './responses/prepare-response';
