import { County } from './county.entity';
import { MunicipalityChangeHistory } from './municipality-change-history.entity';
import { MunicipalityCodeChange } from './municipality-code-change.entity';
import { Municipality } from './municipality.entity';
import { Population } from './population.entity';

/** The register's entities, for the platform's list of all entities. */
export const registerEntities: Function[] = [County, Municipality, MunicipalityCodeChange, MunicipalityChangeHistory, Population];
