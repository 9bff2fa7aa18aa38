'use client';

// A module of its own, so that importing it on demand takes InfoLabel alone out of Fluent's index (info-label-on-demand.tsx).
export { InfoLabel } from '@fluentui/react-components';
