'use client';

import { Info20Regular, PersonKey20Regular } from '@fluentui/react-icons';
import { BladeTabs } from '@/components/common/blade-tabs';
import type { Crumb } from '@/components/shell/blade-header';

/**
 * An administrative unit's or an app registration's blade chrome: "Home > Administrative units > Seattle", the title
 * "Seattle | Roles and administrators", and the Overview and Roles and administrators tabs, each its own URL.
 */
export function ScopedBladeHeader({ listCrumb, name, basePath, selected }: {
  /** e.g. "Administrative units" → its list. */
  listCrumb: Crumb;
  name: string;
  /** "/admin-units/{id}" or "/app-registrations/{id}". */
  basePath: string;
  selected: 'overview' | 'roles';
}) {
  return (
    <BladeTabs
      crumbs={[listCrumb, ...(selected === 'overview' ? [{ label: name }] : [{ label: name, href: basePath }, { label: 'Roles and administrators' }])]}
      title={name}
      label={`${name} sections`}
      tabs={[
        { label: 'Overview', href: basePath, icon: <Info20Regular /> },
        { label: 'Roles and administrators', href: `${basePath}/roles`, icon: <PersonKey20Regular /> },
      ]}
    />
  );
}
