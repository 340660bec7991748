import { AggregationState } from './aggregation-state.entity';
import { AnswerTally } from './answer-tally.entity';
import { ResponseDayTally } from './response-day-tally.entity';
import { ResponseTally } from './response-tally.entity';

export const aggregationEntities: Function[] = [AnswerTally, ResponseTally, ResponseDayTally, AggregationState];
