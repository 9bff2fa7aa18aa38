'use client';

import dynamic from 'next/dynamic';

/**
 * Fluent's InfoLabel, for notes shown to some admins only (why a read-only admin can't change assignments): its
 * code, with Popover's, is part of a page's first load only where the page renders it.
 */
export const InfoLabelOnDemand = dynamic(() => import('./info-label').then((module) => module.InfoLabel));
