export { EmbedRegisterPage as default } from '../features/embeds/EmbedRegisterPage';
