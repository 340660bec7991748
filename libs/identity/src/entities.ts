import { StudyAccess } from './study-access.entity';
import { UserSession } from './user-session.entity';
import { User } from './user.entity';

/** Identity's entities, for the platform's list of all entities. Imports nothing but TypeORM. */
export const identityEntities: Function[] = [User, UserSession, StudyAccess];
