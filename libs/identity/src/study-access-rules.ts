import type { UserRole } from './user-role';

/** What a user may see of one study: everything, or one municipality's part of it. */
export type StudyScope = { municipalityCode: string | null };

/**
 * The access rule, without the database: admins see every study in full; anyone else needs a
 * grant, which may limit them to one municipality. Null means no access at all.
 */
export function studyScope(role: UserRole, grant: { municipalityCode: string | null } | null): StudyScope | null {
  if (role === 'admin') return { municipalityCode: null };
  if (!grant) return null;
  return { municipalityCode: grant.municipalityCode };
}
