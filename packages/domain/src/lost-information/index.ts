export * from './lost-information-vocabulary';
export * from './ico-clock';
export * from './incident-rules';
