import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy… and waitFor give up after 1 s by default; on 2 busy cores Fluent's on-demand menus and a Suspense
// boundary can take longer than that to appear (seen in roles-blade.test.tsx). What they wait for is unchanged.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => cleanup());
