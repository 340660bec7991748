import { Module } from '@nestjs/common';
import { RegisterModule } from '@stemme/register';
import { CountiesController } from './counties.controller';
import { MunicipalitiesController } from './municipalities.controller';

/**
 * Public reference data over HTTP: counties and municipalities. An unknown but well-formed county
 * filter answers 404 rather than an empty list, since every county has municipalities: an empty
 * list could only mean a mistyped code.
 */
@Module({
  imports: [RegisterModule],
  controllers: [CountiesController, MunicipalitiesController],
})
export class RegisterApiModule {}
