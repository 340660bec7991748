import { Injectable, Logger } from '@nestjs/common';
import {
  normalizeEmail,
  PasswordHasher,
  passwordProblem,
  StudyAccess,
  StudyAccessService,
  User,
  UserRepository,
  UserRole,
  UserSessionRepository,
} from '@stemme/identity';
import { AppConfig, BadInputError, NotFoundError, UnprocessableError } from '@stemme/platform';

export interface NewUserInput {
  email: string;
  displayName: string;
  role: UserRole;
  password: string;
}

export interface AdminInput {
  email: string;
  password: string;
  displayName?: string;
}

const DEFAULT_ADMIN_NAME = 'Administrator';

/** Managing accounts: create, disable, enable, the first admin, and study grants. */
@Injectable()
export class UsersService {
  private readonly logger = new Logger(UsersService.name);

  constructor(
    private readonly users: UserRepository,
    private readonly sessions: UserSessionRepository,
    private readonly passwords: PasswordHasher,
    private readonly studyAccess: StudyAccessService,
    private readonly config: AppConfig,
  ) {}

  list(): Promise<User[]> {
    return this.users.list();
  }

  async get(id: string): Promise<User> {
    const user = await this.users.findById(id);
    if (!user) throw new NotFoundError('There is no user with this id');
    return user;
  }

  /** Throws ConflictError when the e-mail address is taken (in any case). */
  async create(input: NewUserInput): Promise<User> {
    assertPasswordAcceptable(input.password);
    return this.users.insert({
      email: normalizeEmail(input.email),
      displayName: input.displayName.trim(),
      role: input.role,
      passwordHash: await this.passwords.hash(input.password),
    });
  }

  /** Disables an account and ends its sessions at once. An admin cannot disable themselves. */
  async disable(id: string, actorId: string): Promise<User> {
    if (id === actorId) throw new UnprocessableError('You cannot disable your own account');
    const user = await this.users.setDisabled(id, true);
    if (!user) throw new NotFoundError('There is no user with this id');
    await this.sessions.deleteAllOfUser(id);
    return user;
  }

  async enable(id: string): Promise<User> {
    const user = await this.users.setDisabled(id, false);
    if (!user) throw new NotFoundError('There is no user with this id');
    return user;
  }

  /**
   * Makes the account with this e-mail an enabled admin with this password, creating it when
   * there is none (the CLI's create-admin). A reset keeps the name unless a new one is given,
   * and ends the account's sessions.
   */
  async createOrResetAdmin(input: AdminInput): Promise<{ user: User; created: boolean }> {
    assertPasswordAcceptable(input.password);
    const email = normalizeEmail(input.email);
    const result = await this.users.upsertAdmin(
      { email, displayName: input.displayName?.trim() || null, passwordHash: await this.passwords.hash(input.password) },
      DEFAULT_ADMIN_NAME,
    );
    if (!result.created) await this.sessions.deleteAllOfUser(result.user.id);
    return result;
  }

  /**
   * Creates the admin from ADMIN_EMAIL and ADMIN_PASSWORD when there is no admin yet; does
   * nothing otherwise, so it is safe on every start. Answers whether it created one.
   */
  async ensureBootstrapAdmin(): Promise<boolean> {
    const admin = this.config.bootstrapAdmin;
    if (!admin || (await this.users.anyAdmin())) return false;
    const problem = passwordProblem(admin.password);
    if (problem) throw new BadInputError(`ADMIN_PASSWORD is not acceptable: ${problem}`);
    const created = await this.users.insertFirstAdmin({
      email: normalizeEmail(admin.email),
      displayName: DEFAULT_ADMIN_NAME,
      passwordHash: await this.passwords.hash(admin.password),
    });
    if (created) this.logger.log(`Created the first admin user, ${normalizeEmail(admin.email)}, from ADMIN_EMAIL`);
    else this.logger.warn(`ADMIN_EMAIL ${normalizeEmail(admin.email)} belongs to an existing user who is not an admin, or another process created an admin; nothing was changed`);
    return created;
  }

  async listStudyAccess(userId: string): Promise<StudyAccess[]> {
    await this.get(userId);
    return this.studyAccess.listGrants(userId);
  }

  async getStudyAccess(userId: string, studyId: string): Promise<StudyAccess> {
    await this.get(userId);
    const grant = await this.studyAccess.findGrant(userId, studyId);
    if (!grant) throw new NotFoundError('This user has no access to this study');
    return grant;
  }

  async grantStudyAccess(userId: string, studyId: string, municipalityCode: string | null): Promise<StudyAccess> {
    await this.get(userId);
    return this.studyAccess.grant(userId, studyId, municipalityCode);
  }

  async revokeStudyAccess(userId: string, studyId: string): Promise<void> {
    await this.get(userId);
    if (!(await this.studyAccess.revoke(userId, studyId))) throw new NotFoundError('This user has no access to this study');
  }
}

function assertPasswordAcceptable(password: string): void {
  const problem = passwordProblem(password);
  if (problem) throw new BadInputError(problem, [{ path: 'password', message: problem }]);
}
