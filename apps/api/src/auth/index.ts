export * from './authenticated-request';
export * from './current-user.decorator';
export * from './roles.guard';
