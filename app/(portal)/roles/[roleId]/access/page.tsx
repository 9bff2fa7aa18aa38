import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { orOnLoadFailure, withLoadFailure } from '@/components/common/with-load-failure';
import { EffectiveHoldersView } from '@/components/effective-access/effective-holders-view';
import { requireGraph, withSignInOnUnauthorized } from '@/lib/auth/session';
import { isGuid } from '@/lib/graph/server';
import { loadRole } from '@/lib/views/role-blade';
import { loadEffectiveAccessOfRole } from '@/lib/views/effective-access';

type Props = { params: Promise<{ roleId: string }> };

async function readMetadata({ params }: Props): Promise<Metadata> {
  const role = await loadRole((await params).roleId);
  return { title: role ? `${role.displayName} | Effective access` : 'Role not found' };
}

// The role blade's Effective access tab: read beside the role itself, dropped for an unknown role's not-found page.
export default withLoadFailure(async function EffectiveAccessPage({ params }: Props) {
  const { roleId } = await params;
  const graph = isGuid(roleId) ? await requireGraph() : null;
  const accessRead = graph ? withSignInOnUnauthorized(() => loadEffectiveAccessOfRole(graph, roleId)) : null;
  accessRead?.catch(() => undefined);
  const role = await loadRole(roleId);
  if (!role || !accessRead) notFound();
  return <EffectiveHoldersView roleId={role.id} roleName={role.displayName} access={await accessRead} />;
});

export function generateMetadata(props: Props): Promise<Metadata> {
  return orOnLoadFailure(() => readMetadata(props), { title: 'Roles Portal' });
}
