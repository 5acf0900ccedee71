/** Saved charts and embeds shaped like the API's answers, for tests. */
import type { EmbedRecord } from '../embeds/useEmbedsQuery';
import type { SavedChartRecord } from './useSavedChartsQuery';

export const CHART_PARAMS = 'financialYear=2009/10&granularity=FINANCIAL_YEAR&groupBy=CHANNEL';

export function savedChart(overrides: Partial<SavedChartRecord> = {}): SavedChartRecord {
  return {
    id: '5',
    name: 'Complaints by channel, 2009/10',
    description: 'Letters and e-mails bring most complaints; phone calls fall after October.',
    params: CHART_PARAMS,
    chartType: 'BARS',
    dataDownload: 'STAFF',
    owner: { id: '1', name: 'Demo person' },
    createdAt: '2026-11-20T09:00:00.000Z',
    updatedAt: '2026-11-24T14:32:00.000Z',
    viewerCan: { edit: true, publish: true, delete: true },
    ...overrides,
  };
}

export function embed(overrides: Partial<EmbedRecord> = {}): EmbedRecord {
  return {
    id: '31',
    state: 'ACTIVE',
    note: 'Intranet news, for the communications team',
    disclosureRule: 'UNDER_5',
    expiresAt: null,
    createdAt: '2026-11-25T10:00:00.000Z',
    lastUsedAt: '2026-11-26T08:15:00.000Z',
    viewCount: 1234,
    chart: { id: '5', name: 'Complaints by channel, 2009/10' },
    createdBy: { id: '1', name: 'Demo person' },
    viewerCan: { pause: true, resume: false, revoke: true },
    ...overrides,
  };
}
