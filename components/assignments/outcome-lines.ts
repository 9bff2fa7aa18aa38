// Moved to lib/actions/outcome-lines.ts; kept while add-role-assignments.ts (being edited elsewhere) imports it here.
export * from '@/lib/actions/outcome-lines';
