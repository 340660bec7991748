export * from './entities';
export * from './questionnaire-version.entity';
export * from './questionnaire.entity';
export * from './questionnaires.repository';
export * from './studies-persistence.module';
export * from './studies.repository';
export * from './study.entity';
