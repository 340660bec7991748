import { QuestionnaireVersion } from './questionnaire-version.entity';
import { Questionnaire } from './questionnaire.entity';
import { Study } from './study.entity';

export const studiesEntities: Function[] = [Study, Questionnaire, QuestionnaireVersion];
