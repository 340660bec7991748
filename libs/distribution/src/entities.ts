import { ResponseDraft } from './drafts/response-draft.entity';
import { InvitationBatch } from './invitations/invitation-batch.entity';
import { InvitationCode } from './invitations/invitation-code.entity';
import { SurveyLinkQuota } from './links/survey-link-quota.entity';
import { SurveyLink } from './links/survey-link.entity';

export const distributionEntities: Function[] = [SurveyLink, SurveyLinkQuota, InvitationBatch, InvitationCode, ResponseDraft];
