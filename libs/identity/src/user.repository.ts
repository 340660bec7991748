import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ConflictError } from '@stemme/platform';
import { In, Repository } from 'typeorm';
import type { UserRole } from './user-role';
import { User } from './user.entity';

export interface NewUser {
  email: string;
  displayName: string;
  role: UserRole;
  passwordHash: string;
}

/** All SQL about app_user. E-mail addresses are compared case-insensitively, as the unique index does. */
@Injectable()
export class UserRepository {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  findById(id: string): Promise<User | null> {
    return this.users.findOneBy({ id });
  }

  /** Display names by user id, in one query; unknown ids are left out. */
  async displayNames(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const found = await this.users.find({ where: { id: In([...ids]) }, select: { id: true, displayName: true } });
    return new Map(found.map((user) => [user.id, user.displayName]));
  }

  findByEmail(email: string): Promise<User | null> {
    return this.users.createQueryBuilder('user').where('lower(user.email) = lower(:email)', { email }).getOne();
  }

  list(): Promise<User[]> {
    return this.users.createQueryBuilder('user').orderBy('lower(user.email)').getMany();
  }

  /**
   * Throws ConflictError when the e-mail address is taken. ON CONFLICT rather than a caught
   * error: a failed query is logged with its parameters, and those include the password hash.
   */
  async insert(user: NewUser): Promise<User> {
    const rows: { id: string }[] = await this.users.query(
      `INSERT INTO "app_user" ("email", "display_name", "password_hash", "role") VALUES ($1, $2, $3, $4)
       ON CONFLICT (lower("email")) DO NOTHING
       RETURNING "id"`,
      [user.email, user.displayName, user.passwordHash, user.role],
    );
    if (!rows.length) throw new ConflictError('A user with this e-mail address already exists');
    return (await this.findById(rows[0].id))!;
  }

  /** Sets or clears disabled_at; null when there is no such user. */
  async setDisabled(id: string, disabled: boolean): Promise<User | null> {
    await this.users
      .createQueryBuilder()
      .update(User)
      .set({ disabledAt: disabled ? () => 'coalesce(disabled_at, now())' : null })
      .where('id = :id', { id })
      .execute();
    return this.findById(id);
  }

  async anyAdmin(): Promise<boolean> {
    return this.users.exists({ where: { role: 'admin' } });
  }

  /**
   * Creates an admin only when there is no admin at all, in one statement so that two API
   * processes starting together create at most one. Answers whether it created the user.
   */
  async insertFirstAdmin(admin: Omit<NewUser, 'role'>): Promise<boolean> {
    const rows: unknown[] = await this.users.query(
      `INSERT INTO "app_user" ("email", "display_name", "password_hash", "role")
       SELECT $1, $2, $3, 'admin'
       WHERE NOT EXISTS (SELECT 1 FROM "app_user" WHERE "role" = 'admin')
       ON CONFLICT (lower("email")) DO NOTHING
       RETURNING "id"`,
      [admin.email, admin.displayName, admin.passwordHash],
    );
    return rows.length === 1;
  }

  /**
   * Makes the account with this e-mail an enabled admin with this password, creating it if
   * needed; a null display name keeps an existing account's name. Answers the user and whether
   * it was created.
   */
  async upsertAdmin(admin: { email: string; displayName: string | null; passwordHash: string }, defaultName: string): Promise<{ user: User; created: boolean }> {
    // xmax is 0 on a row that this statement inserted and non-zero on one it updated.
    const rows: { id: string; created: boolean }[] = await this.users.query(
      `INSERT INTO "app_user" ("email", "display_name", "password_hash", "role")
       VALUES ($1, coalesce($2, $4), $3, 'admin')
       ON CONFLICT (lower("email")) DO UPDATE
         SET "display_name" = coalesce($2, "app_user"."display_name"), "password_hash" = EXCLUDED."password_hash",
             "role" = 'admin', "disabled_at" = NULL, "updated_at" = now()
       RETURNING "id", (xmax = 0) AS "created"`,
      [admin.email, admin.displayName, admin.passwordHash, defaultName],
    );
    const user = await this.findById(rows[0].id);
    return { user: user!, created: rows[0].created };
  }
}
