/** @complaints/domain: the product's rules as pure functions, shared by the API and the web app. */
export * from './dates/iso-date';
export * from './dates/financial-year';
export * from './dates/london-today';
export * from './reference/vocabularies';
export * from './trends/trend-vocabulary';
export * from './trends/trend-limits';
export * from './trends/trend-params';
export * from './trends/trend-range';
export * from './auth/access';
export * from './reference/record-types';
export * from './paging/page-size';
export * from './actions/learning-action-fields';
export * from './report/report-sections';
export * from './disclosure';
export * from './charts/category-colours';
