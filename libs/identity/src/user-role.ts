/** Who may do what. Respondents never log in, so they have no role. */
export const USER_ROLES = ['admin', 'designer', 'evaluator'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** The logged-in user as the rest of the app sees it: never a password hash. */
export interface AuthenticatedUser {
  id: string;
  email: string;
  displayName: string;
  role: UserRole;
}
