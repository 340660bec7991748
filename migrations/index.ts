import { MunicipalityRegister1764100000000 } from './1764100000000-MunicipalityRegister';
import { Identity1764100100000 } from './1764100100000-Identity';
import { Studies1764100200000 } from './1764100200000-Studies';
import { Responses1764100300000 } from './1764100300000-Responses';
import { Distribution1764100400000 } from './1764100400000-Distribution';
import { Aggregation1764100500000 } from './1764100500000-Aggregation';
import { Exports1764100600000 } from './1764100600000-Exports';
import { ReceiptHelp1764100700000 } from './1764100700000-ReceiptHelp';

/**
 * Every migration in order. Listed explicitly (not by file glob) so that compiled code, the CLI
 * and tests run exactly the same set. Add a new migration at the end.
 */
export const allMigrations: Function[] = [MunicipalityRegister1764100000000, Identity1764100100000, Studies1764100200000, Responses1764100300000, Distribution1764100400000, Aggregation1764100500000, Exports1764100600000, ReceiptHelp1764100700000];
