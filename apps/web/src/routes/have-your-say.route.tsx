export { HaveYourSayPage as default } from '../features/have-your-say/HaveYourSayPage';
