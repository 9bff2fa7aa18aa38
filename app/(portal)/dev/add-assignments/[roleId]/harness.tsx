'use client';

import { Button, Title3 } from '@fluentui/react-components';
import { PersonAdd20Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { AddAssignmentsPanel, type AddAssignmentsRole, type ScopeOption } from '@/components/assignments/add-assignments-panel';
import { ActionResultBar } from '@/components/common/action-result-bar';
import type { ActionResult } from '@/lib/actions/action-result';

export function Harness({ role, scopeOptions, rows }: { role: AddAssignmentsRole; scopeOptions: ScopeOption[]; rows: { id: string; name: string; scope: string }[] }) {
  const [open, setOpen] = useState(false);
  const [result, setResult] = useState<ActionResult | null>(null);
  return (
    <div style={{ padding: 16 }}>
      <Title3 as="h1">{role.displayName}</Title3>
      <div>
        <Button icon={<PersonAdd20Regular />} onClick={() => setOpen(true)}>
          Add assignments
        </Button>
      </div>
      <ActionResultBar result={result} />
      <table>
        <thead>
          <tr><th>Name</th><th>Scope</th></tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}><td>{row.name}</td><td>{row.scope}</td></tr>
          ))}
        </tbody>
      </table>
      <AddAssignmentsPanel role={role} scopeOptions={scopeOptions} open={open} onOpenChange={setOpen} onCompleted={setResult} />
    </div>
  );
}
