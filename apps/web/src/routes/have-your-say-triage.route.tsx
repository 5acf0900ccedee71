export { HaveYourSayTriagePage as default } from '../features/have-your-say/HaveYourSayTriagePage';
