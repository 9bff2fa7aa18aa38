'use client';

import { lazy, Suspense, useState, type ComponentType } from 'react';

type Openable = { open: boolean };

/**
 * A panel, dialog or menu whose code loads when it is first opened, not with the blade: most visits never open Add
 * or Remove, and their pickers, Graph request preview and Fluent's Drawer, Dialog, Combobox and Menu weighed tens of
 * kB gzip on every blade's first load. `preload` starts the download earlier, when the pointer or focus reaches the
 * button that opens it, so the panel is usually there by the time of the click. Once opened it stays mounted, so
 * closing it animates as before.
 */
export function onDemand<P extends Openable>(load: () => Promise<ComponentType<P>>) {
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () => {
    loading ??= load();
    return loading;
  };
  const Loaded = lazy(async () => ({ default: await preload() })) as unknown as ComponentType<P>;

  function OnDemand(props: P) {
    const [opened, setOpened] = useState(props.open);
    if (props.open && !opened) setOpened(true);
    if (!opened) return null;
    return (
      <Suspense fallback={null}>
        <Loaded {...props} />
      </Suspense>
    );
  }
  return Object.assign(OnDemand, { preload: () => void preload() });
}
