import { Module } from '@nestjs/common';
import { RegisterRepository } from './register.repository';
import { RegisterService } from './register.service';

/** The municipality register: counties, municipalities, old codes and population. */
@Module({
  providers: [RegisterRepository, RegisterService],
  exports: [RegisterService],
})
export class RegisterModule {}
