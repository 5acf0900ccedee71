export { AccessibilityStatementPage as default } from '../features/accessibility/AccessibilityStatementPage';
