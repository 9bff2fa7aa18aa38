import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { ScopeKind, ScopeOption } from '@/lib/roles/scope-kinds';
import { ScopePicker } from './scope-picker';

const options: ScopeOption[] = [
  { directoryScopeId: '/', kind: 'directory', name: 'Directory' },
  { directoryScopeId: '/administrativeUnits/11111111-0000-4000-8000-000000000001', kind: 'administrativeUnit', name: 'London' },
  { directoryScopeId: '/administrativeUnits/11111111-0000-4000-8000-000000000002', kind: 'administrativeUnit', name: 'Seattle' },
  { directoryScopeId: '/22222222-0000-4000-8000-000000000001', kind: 'application', name: 'Contoso Expenses' },
];

function Picker({ kinds, fixedScope, onChange = () => {} }: { kinds: ScopeKind[]; fixedScope?: ScopeOption; onChange?: (id: string) => void }) {
  const [value, setValue] = useState(fixedScope?.directoryScopeId ?? '/');
  return (
    <FluentProvider theme={webLightTheme}>
      <ScopePicker
        supportedKinds={kinds}
        options={options}
        fixedScope={fixedScope}
        value={value}
        onChange={(next) => {
          setValue(next);
          onChange(next);
        }}
      />
    </FluentProvider>
  );
}

describe('ScopePicker', { timeout: 30_000 }, () => {
  it('offers only Directory to a role that supports nothing else', () => {
    render(<Picker kinds={['directory']} />);
    expect(screen.getByRole('combobox', { name: 'Scope type' })).toHaveTextContent('Directory');
    expect(screen.getByRole('combobox', { name: 'Scope type' })).toBeDisabled();
    expect(screen.getByText('This role can be assigned only at Directory scope.')).toBeInTheDocument();
  });

  it('chooses an administrative unit, explains what the scope covers, and filters units by name', async () => {
    const onChange = vi.fn();
    render(<Picker kinds={['directory', 'administrativeUnit']} onChange={onChange} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('combobox', { name: 'Scope type' }));
    expect(screen.queryByRole('option', { name: 'App registration' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('option', { name: 'Administrative unit' }));
    expect(onChange).toHaveBeenLastCalledWith('');
    expect(screen.getByText("The role applies to the unit's direct members, not to the unit itself.")).toBeInTheDocument();

    await user.type(screen.getByRole('combobox', { name: /Administrative unit/ }), 'sea');
    expect(screen.queryByRole('option', { name: 'London' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('option', { name: 'Seattle' }));
    expect(onChange).toHaveBeenLastCalledWith('/administrativeUnits/11111111-0000-4000-8000-000000000002');
    expect(screen.getByRole('combobox', { name: /Administrative unit/ })).toHaveValue('Seattle');
  });

  it('offers app registrations to an app-scoped role', async () => {
    const onChange = vi.fn();
    render(<Picker kinds={['directory', 'application']} onChange={onChange} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('combobox', { name: 'Scope type' }));
    await user.click(screen.getByRole('option', { name: 'App registration' }));
    await user.click(screen.getByRole('combobox', { name: /App registration/ }));
    await user.click(screen.getByRole('option', { name: 'Contoso Expenses' }));
    expect(onChange).toHaveBeenLastCalledWith('/22222222-0000-4000-8000-000000000001');
  });

  it('shows a fixed scope read-only', () => {
    render(<Picker kinds={['directory', 'administrativeUnit']} fixedScope={options[2]} />);
    expect(screen.getByText('Scope: Seattle (Administrative unit)')).toBeInTheDocument();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
  });
});
