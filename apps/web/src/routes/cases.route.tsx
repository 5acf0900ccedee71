export { CaseworkPage as default } from '../features/cases/CaseworkPage';
