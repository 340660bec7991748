import { Response } from './response.entity';

export const responsesEntities: Function[] = [Response];
