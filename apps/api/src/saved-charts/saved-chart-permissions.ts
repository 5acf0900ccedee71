/**
 * Who may do what with saved charts and their embeds. The one rule: the
 * resolvers' @Authorized lists name these, `viewerCan` reports them and the
 * services enforce them. Pure.
 */
import { mayUse, type Role } from '@complaints/domain';
import { ACCESS } from '../auth/role';

export const CHART_ACCESS = {
  /** Save, list and open saved charts (shared by link between these roles): those who read aggregates. */
  USE: ACCESS.AGGREGATES,
  /** Publish a saved chart as an embed. */
  PUBLISH: ['ANALYST', 'COMPLAINTS_OFFICER'],
  /**
   * The embed register and revoke/pause/resume: administrators for every embed (never its figures);
   * the others for embeds they made or of charts they own.
   */
  EMBEDS: ['ADMIN', 'ANALYST', 'COMPLAINTS_OFFICER', 'SERVICE_MANAGER'],
} as const satisfies Record<string, readonly Role[]>;

export interface Viewer {
  id: number;
  role: Role;
}

export interface ChartPermissions {
  edit: boolean;
  publish: boolean;
  delete: boolean;
}

/** The owner edits; publishers publish any chart they can open; the owner or an administrator deletes. */
export function chartPermissions(viewer: Viewer | null, chart: { ownerId: number }): ChartPermissions {
  if (!viewer) return { edit: false, publish: false, delete: false };
  const owner = viewer.id === chart.ownerId && mayUse(viewer.role, CHART_ACCESS.USE);
  return { edit: owner, publish: mayUse(viewer.role, CHART_ACCESS.PUBLISH), delete: owner || viewer.role === 'ADMIN' };
}

/** Revoke, pause and resume an embed: its chart's owner, whoever made it, or an administrator. */
export function mayManageEmbed(viewer: Viewer | null, embed: { createdById: number }, chart: { ownerId: number }): boolean {
  if (!viewer || !mayUse(viewer.role, CHART_ACCESS.EMBEDS)) return false;
  return viewer.role === 'ADMIN' || viewer.id === embed.createdById || viewer.id === chart.ownerId;
}
