import type { AccountDirectory } from './identity';
import type { Store } from './store/store';

/** The identity half's view of the directory: who can sign in on the account picker, and their tenant roles. */
export function accountsFromStore(store: Store): AccountDirectory {
  return {
    async listPickerAccounts() {
      // Role holders first (the personas), then everyone else; capped so the large tenant's picker stays usable.
      const result = await store.db.query<{ id: string; display_name: string; user_principal_name: string; roles: string[] | null }>(
        `with direct as (
           select ra.principal_id as user_id, ra.role_definition_id from role_assignments ra
             join users u on u.id = ra.principal_id
            where ra.directory_scope_id = '/'),
         via_group as (
           select m.member_id as user_id, ra.role_definition_id from role_assignments ra
             join groups g on g.id = ra.principal_id and g.is_assignable_to_role
             join group_members m on m.group_id = g.id
            where ra.directory_scope_id = '/'),
         held as (
           select h.user_id, array_agg(distinct rd.display_name order by rd.display_name) as roles
             from (select * from direct union select * from via_group) h
             join role_definitions rd on rd.id = h.role_definition_id
            group by h.user_id)
         select u.id, u.display_name, u.user_principal_name, held.roles
           from users u left join held on held.user_id = u.id
          where u.account_enabled
          order by (held.roles is not null) desc, lower(u.display_name), u.id
          limit 200`,
      );
      return result.rows.map((row) => ({
        id: row.id,
        displayName: row.display_name,
        userPrincipalName: row.user_principal_name,
        roles: row.roles ?? [],
      }));
    },
    async getUser(id) {
      const result = await store.db.query<{ id: string; display_name: string; user_principal_name: string }>(
        `select id, display_name, user_principal_name from users
          where id = case when $1 ~* '^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$' then $1::uuid end`,
        [id],
      );
      const row = result.rows[0];
      return row ? { id: row.id, displayName: row.display_name, userPrincipalName: row.user_principal_name } : null;
    },
    async tenantRoleTemplateIds(userId) {
      // Built-in roles at `/`, held directly or through a role-assignable group: what Entra lists in `wids`.
      if (!/^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/i.test(userId)) return [];
      const result = await store.db.query<{ template_id: string }>(
        `select distinct rd.template_id::text as template_id
           from role_assignments ra
           join role_definitions rd on rd.id = ra.role_definition_id and rd.is_built_in
          where ra.directory_scope_id = '/'
            and (ra.principal_id = $1::uuid
                 or ra.principal_id in (select m.group_id from group_members m
                                          join groups g on g.id = m.group_id and g.is_assignable_to_role
                                         where m.member_id = $1::uuid))
          order by 1`,
        [userId],
      );
      return result.rows.map((row) => row.template_id);
    },
  };
}
