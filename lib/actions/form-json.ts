/** A form field that carries JSON (the wizard's role, Role settings' rules); anything unparsable is undefined, for the schema to refuse. */
export function formJson(value: FormDataEntryValue | null): unknown {
  if (typeof value !== 'string') return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}
