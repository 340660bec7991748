/**
 * A demo in the spirit of the KoRus national user survey of municipal substance-use and
 * mental-health services: plain bokmål with English, seven pages, 41 questions. Used for
 * development, the builder's example and tests; not the official KoRus questionnaire.
 */
import { FORMAT_VERSION, type QuestionnaireDefinition } from '../definition/types';
import { aboutYouPage, dailyLifePage } from './daily-life-and-background';
import { afterStayPage, helpPage, involvementPage } from './involvement-and-help';
import { accessPage, servicesPage } from './services-and-access';

export const korusDemoQuestionnaire: QuestionnaireDefinition = {
  formatVersion: FORMAT_VERSION,
  languages: ['nb', 'en'],
  pages: [servicesPage, accessPage, involvementPage, helpPage, afterStayPage, dailyLifePage, aboutYouPage],
};
