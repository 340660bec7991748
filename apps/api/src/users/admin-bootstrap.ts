import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { UsersService } from './users.service';

/** On API start: creates the first admin from the configuration when there is no admin yet. */
@Injectable()
export class AdminBootstrap implements OnApplicationBootstrap {
  constructor(private readonly users: UsersService) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.users.ensureBootstrapAdmin();
  }
}
