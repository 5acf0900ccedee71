import type { ReactNode } from 'react';
import { useCurrentUserQuery } from '../../features/auth/current-user';
import { SiteFrame } from './SiteFrame';

/**
 * The frame of a page anyone may read (the accessibility statement): with the
 * signed-in header and navigation when someone is signed in, so following the
 * footer link does not strand them; without, for everyone else, and while the
 * API is asked or cannot be reached (the page itself never waits for it).
 */
export function OpenToAllFrame({ children }: { children: ReactNode }) {
  const [result] = useCurrentUserQuery();
  return <SiteFrame user={result.data?.me ?? undefined}>{children}</SiteFrame>;
}
