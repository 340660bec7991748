import { aggregationEntities } from '../../../aggregation/src/entities';
import { distributionEntities } from '../../../distribution/src/entities';
import { exportsEntities } from '../../../exports/src/entities';
import { identityEntities } from '../../../identity/src/entities';
import { registerEntities } from '../../../register/src/entities';
import { responsesEntities } from '../../../responses/src/entities';
import { studiesEntities } from '../../../studies/src/entities';

/**
 * Every TypeORM entity, listed explicitly so that the apps, the migration CLI and the
 * schema-agreement test all see the same set. Add a new entity here.
 */
export const allEntities: Function[] = [...registerEntities, ...identityEntities, ...studiesEntities, ...responsesEntities, ...distributionEntities, ...aggregationEntities, ...exportsEntities];
