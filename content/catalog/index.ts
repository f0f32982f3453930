/** The catalogs that profiles refer to by id. */
export { KPI_CATALOG } from './kpis.ts';
export { REPORT_CATALOG } from './reports.ts';
export { ROLE_CATALOG } from './roles.ts';
