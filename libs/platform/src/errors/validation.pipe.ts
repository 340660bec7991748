import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { ErrorDetail } from './domain-errors';

function flatten(errors: ValidationError[], prefix = ''): ErrorDetail[] {
  return errors.flatMap((error) => {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ path, message }));
    return [...own, ...flatten(error.children ?? [], path)];
  });
}

/**
 * The global pipe for every DTO: unknown properties are refused, values are converted to the
 * declared types, and every problem is reported with its path. Malformed input is a 400.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      // Malformed requests are 400; 422 is kept for domain rules (invalid questionnaire, answers).
      return new BadRequestException({ message: 'Invalid request', details: flatten(errors) });
    },
  });
}
