export { SavedChartsPage as default } from '../features/saved-charts/SavedChartsPage';
