import { Module } from '@nestjs/common';
import { IdentityModule } from '@stemme/identity';
import { AdminBootstrap } from './admin-bootstrap';
import { StudyAccessController } from './study-access.controller';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

/** The admins' management of users and their study grants, and the first admin on start. */
@Module({
  imports: [IdentityModule],
  controllers: [UsersController, StudyAccessController],
  providers: [UsersService, AdminBootstrap],
  exports: [UsersService],
})
export class UsersModule {}
