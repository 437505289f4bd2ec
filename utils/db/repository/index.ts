// The only way UI code changes data: each function is one transaction that keeps stages and prompts true.
export * from './applications';
export * from './events';
export * from './contacts';
export * from './decisions';
export * from './settings';
export { getSettings } from '../queries/settings';
