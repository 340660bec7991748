import { Injectable } from '@nestjs/common';
import { argon2id, hash, verify } from 'argon2';
import { randomBytes } from 'node:crypto';

/** argon2id with the parameters written out, so that a library upgrade cannot weaken them. */
const HASH_OPTIONS = { type: argon2id, memoryCost: 65536, timeCost: 3, parallelism: 4 } as const;

/**
 * Hashes and checks passwords with argon2id. argon2.verify compares in constant time; for an
 * unknown account, verifyNothing spends the same time on a dummy hash so that timing does not
 * tell which e-mail addresses have accounts.
 */
@Injectable()
export class PasswordHasher {
  private dummyHash?: Promise<string>;

  hash(password: string): Promise<string> {
    return hash(password, HASH_OPTIONS);
  }

  verify(passwordHash: string, password: string): Promise<boolean> {
    return verify(passwordHash, password);
  }

  /** Takes as long as verify() and always answers false. */
  async verifyNothing(password: string): Promise<false> {
    this.dummyHash ??= this.hash(randomBytes(32).toString('base64url'));
    await verify(await this.dummyHash, password);
    return false;
  }
}
