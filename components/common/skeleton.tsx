import type { CSSProperties, ReactNode } from 'react';
import styles from './skeleton.module.css';

// Server components: Fluent's Skeleton look (role, busy state, wave) without Fluent's JavaScript. loading.tsx
// placeholders are part of every route's first load, so they must not bring a client component.

export function Skeleton({ label, className, style, children }: { label: string; className?: string; style?: CSSProperties; children: ReactNode }) {
  return (
    <div role="progressbar" aria-busy="true" aria-label={label} className={`${styles.skeleton} ${className ?? ''}`} style={style}>
      {children}
    </div>
  );
}

export function SkeletonItem({ size, width, square, style }: { size: number; width?: string; square?: boolean; style?: CSSProperties }) {
  return (
    <div
      className={`${styles.item}${square ? ` ${styles.square}` : ''}`}
      style={{ height: `${size}px`, ...(square ? { width: `${size}px` } : width ? { width } : null), ...style }}
    />
  );
}

export { styles as skeletonStyles };
