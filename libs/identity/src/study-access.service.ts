import { Injectable } from '@nestjs/common';
import { ForbiddenError } from '@stemme/platform';
import { studyScope, StudyScope } from './study-access-rules';
import { StudyAccess } from './study-access.entity';
import { StudyAccessRepository } from './study-access.repository';
import type { AuthenticatedUser } from './user-role';

type Requester = Pick<AuthenticatedUser, 'id' | 'role'>;

/**
 * Who may work on which study. Other modules call assertCanAccessStudy before showing or
 * changing a study, and municipalityScope before reading its results.
 */
@Injectable()
export class StudyAccessService {
  constructor(private readonly grants: StudyAccessRepository) {}

  /** Throws ForbiddenError unless the user is an admin or has a grant to the study. */
  async assertCanAccessStudy(user: Requester, studyId: string): Promise<void> {
    await this.scopeOrThrow(user, studyId);
  }

  /**
   * The one municipality code the user is limited to in this study, or null for the whole study.
   * Throws ForbiddenError when the user has no access to the study at all.
   */
  async municipalityScope(user: Requester, studyId: string): Promise<string | null> {
    return (await this.scopeOrThrow(user, studyId)).municipalityCode;
  }

  /** Grants access (limited to one municipality, or not), or changes an existing grant's limit. */
  grant(userId: string, studyId: string, municipalityCode: string | null = null): Promise<StudyAccess> {
    return this.grants.upsert(userId, studyId, municipalityCode);
  }

  /** Answers whether there was a grant to revoke. */
  revoke(userId: string, studyId: string): Promise<boolean> {
    return this.grants.delete(userId, studyId);
  }

  findGrant(userId: string, studyId: string): Promise<StudyAccess | null> {
    return this.grants.find(userId, studyId);
  }

  listGrants(userId: string): Promise<StudyAccess[]> {
    return this.grants.listOfUser(userId);
  }

  private async scopeOrThrow(user: Requester, studyId: string): Promise<StudyScope> {
    const grant = user.role === 'admin' ? null : await this.grants.find(user.id, studyId);
    const scope = studyScope(user.role, grant);
    if (!scope) throw new ForbiddenError('You have no access to this study');
    return scope;
  }
}
