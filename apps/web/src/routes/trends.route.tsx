export { TrendExplorerPage as default } from '../features/trends/TrendExplorerPage';
