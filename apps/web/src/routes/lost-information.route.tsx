export { LostInformationPage as default } from '../features/lost-information/LostInformationPage';
