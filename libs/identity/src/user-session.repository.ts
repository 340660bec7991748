import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { UserSession } from './user-session.entity';
import { User } from './user.entity';

export interface NewUserSession {
  userId: string;
  tokenHash: Buffer;
  csrfToken: string;
  ttlHours: number;
}

/** A session that is still valid, with its (enabled) user. */
export interface ActiveSession {
  session: UserSession;
  user: User;
}

/** How often last_seen_at is written: once a minute is plenty and spares a write per request. */
const LAST_SEEN_RESOLUTION = '1 minute';

/** All SQL about user_session. Expiry is judged by the database clock, like created_at. */
@Injectable()
export class UserSessionRepository {
  constructor(@InjectRepository(UserSession) private readonly sessions: Repository<UserSession>) {}

  async insert(session: NewUserSession): Promise<UserSession> {
    const rows: { id: string }[] = await this.sessions.query(
      `INSERT INTO "user_session" ("user_id", "token_hash", "csrf_token", "expires_at")
       VALUES ($1, $2, $3, now() + make_interval(hours => $4))
       RETURNING "id"`,
      [session.userId, session.tokenHash, session.csrfToken, session.ttlHours],
    );
    return (await this.sessions.findOneBy({ id: rows[0].id }))!;
  }

  /** The unexpired session with this token hash whose user is not disabled, or null. */
  async findActive(tokenHash: Buffer): Promise<ActiveSession | null> {
    const session = await this.sessions
      .createQueryBuilder('session')
      .innerJoinAndSelect('session.user', 'user')
      .where('session.token_hash = :tokenHash', { tokenHash })
      .andWhere('session.expires_at > now()')
      .andWhere('user.disabled_at IS NULL')
      .getOne();
    return session?.user ? { session, user: session.user } : null;
  }

  async touch(id: string): Promise<void> {
    await this.sessions.query(
      `UPDATE "user_session" SET "last_seen_at" = now() WHERE "id" = $1 AND "last_seen_at" < now() - interval '${LAST_SEEN_RESOLUTION}'`,
      [id],
    );
  }

  async delete(id: string): Promise<void> {
    await this.sessions.delete({ id });
  }

  async deleteAllOfUser(userId: string): Promise<void> {
    await this.sessions.delete({ userId });
  }

  /** Every expired session; returns how many there were. */
  async deleteExpired(): Promise<number> {
    const result = await this.sessions.createQueryBuilder().delete().where('expires_at <= now()').execute();
    return result.affected ?? 0;
  }
}
