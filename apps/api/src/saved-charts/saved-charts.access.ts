/**
 * Saved charts' and embeds' rows for the role-by-operation access test
 * (auth/access-matrix.integration.test.ts). Changes work on a fresh chart or
 * embed each try, owned (or made) by the trying client's own account where
 * the policy goes by ownership, so an allowed role's try succeeds.
 */
import type { DataSource } from 'typeorm';
import { User } from '../auth/user.entity';
import { EmbedService } from '../embeds/embed.service';
import { account } from '../test-support/access-operation-fixtures';
import type { AccessOperation, Who } from '../test-support/access-operation';
import type { Viewer } from './saved-chart-permissions';
import { SavedChartService } from './saved-chart.service';

/**
 * The account the access test's shared client of this role signed in with: the first one
 * test-support/test-server.ts made for the role in this process (emails `<role>-<pid>-<n>@test.example`).
 */
async function clientAccount(dataSource: DataSource, who: Who): Promise<Viewer | null> {
  if (who === 'NOBODY') return null;
  const user = await dataSource
    .getRepository(User)
    .createQueryBuilder('u')
    .where('u.role = :role', { role: who })
    .andWhere('u.email LIKE :email', { email: `${who.toLowerCase()}-${process.pid}-%@test.example` })
    .orderBy('u.id', 'ASC')
    .getOne();
  return user ? { id: user.id, role: user.role } : null;
}

async function someAnalyst(dataSource: DataSource): Promise<Viewer> {
  return { id: Number((await account(dataSource)).id), role: 'ANALYST' };
}

/** A fresh chart owned by `owner`. */
export async function savedChartOf(dataSource: DataSource, owner: Viewer): Promise<string> {
  const chart = await new SavedChartService(dataSource).save(
    { name: 'Access matrix chart', description: 'Contacts by channel, 2009/10, by month.', params: 'financialYear=2009/10&groupBy=CHANNEL', chartType: 'BARS', dataDownload: 'EMBED_READERS' },
    owner,
  );
  return String(chart.id);
}

/** The trying role's own chart where it may own one, else someone else's. */
async function chartFor(dataSource: DataSource, who: Who): Promise<string> {
  const me = await clientAccount(dataSource, who);
  return savedChartOf(dataSource, me && me.role !== 'ADMIN' ? me : await someAnalyst(dataSource));
}

/**
 * An embed the trying role may manage: analysts and officers publish it themselves; a service
 * manager owns its chart; administrators manage any.
 */
async function embedFor(dataSource: DataSource, who: Who, paused = false): Promise<string> {
  const me = await clientAccount(dataSource, who);
  const publisher = me && (me.role === 'ANALYST' || me.role === 'COMPLAINTS_OFFICER') ? me : await someAnalyst(dataSource);
  const chartOwner = me && me.role === 'SERVICE_MANAGER' ? me : publisher;
  const embeds = new EmbedService(dataSource);
  const { embed } = await embeds.create(await savedChartOf(dataSource, chartOwner), {}, publisher);
  if (paused) await embeds.pause(String(embed.id), publisher);
  return String(embed.id);
}

export const SAVED_CHART_OPERATIONS: AccessOperation[] = [
  { name: 'savedCharts', document: '{ savedCharts { id name params owner { name } viewerCan { edit publish delete } } }' },
  {
    name: 'savedChart',
    document: 'query($id: ID!) { savedChart(id: $id) { id name description } }',
    variables: async ({ dataSource }) => ({ id: await savedChartOf(dataSource, await someAnalyst(dataSource)) }),
  },
  {
    name: 'saveChart',
    document: `mutation { saveChart(input: { name: "Matrix", description: "Contacts by channel.", params: "financialYear=2009/10&groupBy=CHANNEL",
      chartType: LINE }) { id } }`,
  },
  {
    name: 'updateSavedChart',
    document: 'mutation($id: ID!) { updateSavedChart(id: $id, input: { name: "Renamed" }) { id version } }',
    variables: async ({ dataSource, who }) => ({ id: await chartFor(dataSource, who) }),
  },
  {
    name: 'deleteSavedChart',
    document: 'mutation($id: ID!) { deleteSavedChart(id: $id) }',
    variables: async ({ dataSource, who }) => ({ id: await chartFor(dataSource, who) }),
  },
  {
    name: 'createEmbed',
    document: 'mutation($id: ID!) { createEmbed(chartId: $id, input: { note: "Access matrix" }) { url token embed { id } } }',
    variables: async ({ dataSource }) => ({ id: await savedChartOf(dataSource, await someAnalyst(dataSource)) }),
  },
  { name: 'embeds', document: '{ embeds { id state chart { name } createdBy { name } createdAt lastUsedAt viewCount } }' },
  {
    name: 'revokeEmbed',
    document: 'mutation($id: ID!) { revokeEmbed(id: $id) { id state } }',
    variables: async ({ dataSource, who }) => ({ id: await embedFor(dataSource, who) }),
  },
  {
    name: 'pauseEmbed',
    document: 'mutation($id: ID!) { pauseEmbed(id: $id) { id state } }',
    variables: async ({ dataSource, who }) => ({ id: await embedFor(dataSource, who) }),
  },
  {
    name: 'resumeEmbed',
    document: 'mutation($id: ID!) { resumeEmbed(id: $id) { id state } }',
    variables: async ({ dataSource, who }) => ({ id: await embedFor(dataSource, who, true) }),
  },
];
