'use client';

import {
  Breadcrumb,
  BreadcrumbButton,
  BreadcrumbDivider,
  BreadcrumbItem,
  makeStyles,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useRouter } from 'next/navigation';
import { Fragment, type MouseEvent, type ReactNode } from 'react';

export type Crumb = { label: string; href?: string };

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalM,
  },
  title: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  subtitle: { color: tokens.colorNeutralForeground3 },
});

/**
 * A blade's breadcrumb and title, as Entra writes them: "Home > Roles and administrators" over
 * "Roles and administrators | All roles".
 */
export function BladeHeader({ crumbs, title, section, description, children }: {
  crumbs: Crumb[];
  title: string;
  section?: string;
  description?: ReactNode;
  children?: ReactNode;
}) {
  const styles = useStyles();
  const router = useRouter();
  const follow = (href: string) => (event: MouseEvent) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    router.push(href);
  };
  const trail: Crumb[] = [{ label: 'Home', href: '/roles' }, ...crumbs];
  return (
    <div className={styles.root}>
      <Breadcrumb aria-label="Breadcrumb" size="small">
        {trail.map((crumb, index) => {
          const last = index === trail.length - 1;
          return (
            <Fragment key={`${crumb.label}-${index}`}>
              <BreadcrumbItem>
                {crumb.href && !last ? (
                  <BreadcrumbButton as="a" href={crumb.href} onClick={follow(crumb.href)}>
                    {crumb.label}
                  </BreadcrumbButton>
                ) : (
                  <BreadcrumbButton current={last}>{crumb.label}</BreadcrumbButton>
                )}
              </BreadcrumbItem>
              {last ? null : <BreadcrumbDivider />}
            </Fragment>
          );
        })}
      </Breadcrumb>
      <div className={styles.title}>
        <Text as="h1" size={600} weight="semibold">
          {title}
          {section ? ` | ${section}` : ''}
        </Text>
      </div>
      {description ? <Text className={styles.subtitle}>{description}</Text> : null}
      {children}
    </div>
  );
}
