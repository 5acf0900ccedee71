import type { AppConfig } from '../config/config';
import type { AccessibilityStatementDetails } from './accessibility-statement.types';

/** The statement's configured parts, read once at start-up: the same answer for everyone. */
export function accessibilityStatementDetails(config: Pick<AppConfig, 'councilName' | 'accessibilityContact'>): AccessibilityStatementDetails {
  return { councilName: config.councilName, contactEmail: config.accessibilityContact.email, contactPhone: config.accessibilityContact.phone };
}
