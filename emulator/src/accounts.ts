import type { AccountDirectory } from './identity';
import type { Store } from './store/store';

/** The identity half's view of the directory: who can sign in on the account picker, and their tenant roles. */
export function accountsFromStore(store: Store): AccountDirectory {
  return {
    async listPickerAccounts() {
      // Role holders first (the personas), then everyone else; capped so the large tenant's picker stays usable.
      const result = await store.db.query<{ id: string; display_name: string; user_principal_name: string; roles: string[] | null }>(
        `with held as (
           select u.id as user_id, rd.display_name as role
             from users u
             join role_assignments ra on ra.directory_scope_id = '/' and (ra.principal_id = u.id
               or ra.principal_id in (select m.group_id from group_members m join groups g on g.id = m.group_id
                                       where m.member_id = u.id and g.is_assignable_to_role))
             join role_definitions rd on rd.id = ra.role_definition_id
            where ra.principal_id in (select principal_id from role_assignments where directory_scope_id = '/'))
         select u.id, u.display_name, u.user_principal_name,
                (select array_agg(distinct h.role order by h.role) from held h where h.user_id = u.id) as roles
           from users u
          where u.account_enabled
          order by (exists (select 1 from held h where h.user_id = u.id)) desc, lower(u.display_name), u.id
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
  };
}
