'use client';

import { ToolbarButton, Tooltip } from '@fluentui/react-components';
import type { ReactElement, ReactNode } from 'react';

/**
 * A command that may not be available: disabled but still focusable, with the reason as its tooltip, so an admin
 * who can't act learns why ("Select one or more assignments to remove", which role is needed).
 */
export function GuardedToolbarButton({ icon, onClick, disabledReason, preload, children }: {
  icon: ReactElement;
  onClick: () => void;
  disabledReason: string | null;
  /** Starts loading what the command opens as soon as the pointer or focus reaches it (components/common/on-demand.tsx). */
  preload?: () => void;
  children: ReactNode;
}) {
  const reach = disabledReason === null ? preload : undefined;
  const button = (
    <ToolbarButton icon={icon} onClick={onClick} onPointerEnter={reach} onFocus={reach} disabledFocusable={disabledReason !== null}>
      {children}
    </ToolbarButton>
  );
  return disabledReason ? <Tooltip content={disabledReason} relationship="description" withArrow>{button}</Tooltip> : button;
}
