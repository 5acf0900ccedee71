/**
 * The configuration embeds need (their public address, who may frame them,
 * the default disclosure rule), kept per data source like the aggregate
 * runner, so resolvers reach it through the data source they already have.
 * createServer sets it from the AppConfig.
 */
import type { DataSource } from 'typeorm';
import type { AppConfig, EmbedDisclosureRule } from '../config/config';

export interface EmbedSettings {
  publicUrl: string;
  allowedOrigins: string[];
  disclosureRule: EmbedDisclosureRule;
}

const settings = new WeakMap<DataSource, EmbedSettings>();

export function configureEmbeds(dataSource: DataSource, config: Pick<AppConfig, 'publicUrl' | 'embedAllowedOrigins' | 'disclosureRule'>): EmbedSettings {
  const value = { publicUrl: config.publicUrl, allowedOrigins: config.embedAllowedOrigins, disclosureRule: config.disclosureRule };
  settings.set(dataSource, value);
  return value;
}

export function embedSettings(dataSource: DataSource): EmbedSettings {
  const value = settings.get(dataSource);
  if (!value) throw new Error('Embeds are not configured for this data source (createServer configures them)');
  return value;
}
