import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { RoleSettings } from '@/lib/roles/role-settings';
import type { RoleSummary } from '@/lib/views/role-blade';
import { RoleSettingsEditor } from './role-settings-editor';

vi.mock('@/components/graph-preview/actions', () => ({ graphRequestBaseUrl: async () => 'https://graph.microsoft.com/v1.0' }));

const role: RoleSummary = {
  id: '29232cdf-9323-42fd-ade2-1d097af3e4de', displayName: 'Exchange Administrator', description: '', templateId: null,
  isBuiltIn: true, isEnabled: true, privileged: false, supportedScopeKinds: ['directory'],
};
const settings: RoleSettings = {
  activationMaximumDuration: 'PT8H', activationRequiresMfa: true, activationRequiresJustification: true, activationRequiresTicket: false,
  activationRequiresApproval: false, allowPermanentEligible: true, eligibleMaximumDuration: 'P365D', eligibleRequiresJustification: false,
  allowPermanentActive: true, activeMaximumDuration: 'P180D', activeRequiresMfa: false, activeRequiresJustification: true,
};

describe('Edit role setting', () => {
  it('keeps Save disabled until a setting changes, then asks with the change and posts the settings shown and edited', async () => {
    const user = userEvent.setup();
    const action = vi.fn();
    render(
      <FluentProvider theme={webLightTheme}>
        <RoleSettingsEditor open role={role} policyId="DirectoryRole_t_p" rules={[]} settings={settings} onClose={() => undefined} action={action} pending={false} />
      </FluentProvider>,
    );
    const save = screen.getByRole('button', { name: 'Save' });
    expect(save).toBeDisabled();
    await user.click(screen.getByRole('tab', { name: 'Assignment' }));
    expect(screen.getByRole('combobox', { name: 'Expire active assignments after' })).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: 'Allow permanent active assignment' }));
    expect(screen.getByRole('combobox', { name: 'Expire active assignments after' })).toBeEnabled();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Expire active assignments after' }), '3 months');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const confirm = await screen.findByRole('alertdialog', { name: 'Save role settings' });
    expect(within(confirm).getByText('Allow permanent active assignment: Yes \u2192 No')).toBeTruthy();
    expect(within(confirm).getByText('Expire active assignments after: \u2014 \u2192 90 days')).toBeTruthy();
    const form = confirm.querySelector('form');
    const after = JSON.parse(String(new FormData(form ?? undefined).get('after'))) as RoleSettings;
    expect(after).toEqual({ ...settings, allowPermanentActive: false, activeMaximumDuration: 'P90D' });
    expect(JSON.parse(String(new FormData(form ?? undefined).get('before')))).toEqual(settings);
  });
});
