// Public surface of the importer.
export { importCsv, DEFAULT_MAX_BYTES, DEFAULT_MAX_ROWS } from './importFile';
export { fieldChoices } from './mapHeaders';
export type { FieldId, HeaderMapping, ImportIssue, ImportOptions, ImportResult, MappingOverrides } from './types';
