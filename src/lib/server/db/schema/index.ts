export * from './auth';
export * from './cohort';
export * from './learning';
export * from './quiz';
export * from './reflection';
export * from './audit';
