export * from './common';
export * from './passage';
export * from './track';
export * from './module';
export * from './lesson';
export * from './quiz';
export * from './reflection';
export { CONDITION_OPTIONS, REQUIRED_FIELDS } from './reflection-rules';
