/** The shapes the documented API answers with (see /api/docs). */
import type { AgeBand, Language, PathProblem, QuestionnaireDefinition } from '@questionnaire/browser';

export type UserRole = 'admin' | 'designer' | 'evaluator';

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  role: UserRole;
}

export interface SessionResponse {
  user: SessionUser;
  csrfToken: string;
}

export interface User extends SessionUser {
  disabledAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface StudyAccess {
  userId: string;
  studyId: string;
  municipalityCode: string | null;
  createdAt: string;
}

export interface Study {
  id: string;
  name: string;
  description: string;
  disclosureThreshold: number;
  reportingMinimum: number;
  ageBands: AgeBand[];
  languages: Language[];
  freeTextExport: boolean;
  unfinishedExpiryDays: number;
  receiptHelp: ReceiptHelp;
  createdAt: string;
  updatedAt: string;
}

export type StudySettings = Pick<
  Study,
  'name' | 'description' | 'disclosureThreshold' | 'reportingMinimum' | 'ageBands' | 'languages' | 'freeTextExport' | 'unfinishedExpiryDays' | 'receiptHelp'
>;

/** Shown on the receipt: where respondents can find someone to talk to. */
export interface ReceiptHelp {
  text: Partial<Record<Language, string>>;
  links: { href: string; label: Partial<Record<Language, string>> }[];
}

export interface VersionSummary {
  id: string;
  versionNumber: number;
  status: 'draft' | 'published';
  contentHash: string | null;
  publishedAt: string | null;
  basedOnVersionId: string | null;
  updatedAt: string;
}

export interface Questionnaire {
  id: string;
  studyId: string;
  title: string;
  createdAt: string;
  versions: VersionSummary[];
}

export interface Version extends VersionSummary {
  questionnaireId: string;
  studyId: string;
  title: string;
  definition: QuestionnaireDefinition;
  problems: PathProblem[];
}

export interface County {
  code: string;
  name: string;
  municipalityCount: number;
}

export interface Municipality {
  code: string;
  name: string;
  samiName: string | null;
  countyCode: string;
  countyName: string;
}
