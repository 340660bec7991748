import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PasswordHasher } from './password-hasher';
import { StudyAccessRepository } from './study-access.repository';
import { StudyAccess } from './study-access.entity';
import { StudyAccessService } from './study-access.service';
import { UserSession } from './user-session.entity';
import { UserSessionRepository } from './user-session.repository';
import { UserRepository } from './user.repository';
import { User } from './user.entity';

/**
 * Users, sessions and study grants. Import it to call StudyAccessService; the HTTP side of
 * logging in lives in the api's AuthModule.
 */
@Module({
  imports: [TypeOrmModule.forFeature([User, UserSession, StudyAccess])],
  providers: [UserRepository, UserSessionRepository, StudyAccessRepository, PasswordHasher, StudyAccessService],
  exports: [UserRepository, UserSessionRepository, PasswordHasher, StudyAccessService],
})
export class IdentityModule {}
