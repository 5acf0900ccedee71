export { ActionTrackerPage as default } from '../features/actions/ActionTrackerPage';
