export { SavedChartPage as default } from '../features/saved-charts/SavedChartPage';
