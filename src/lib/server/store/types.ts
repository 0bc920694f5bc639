// Shapes shared by the store and auth modules. Kept apart from the code so that
// auth can depend on the store's types without importing its implementation.
import type Database from 'better-sqlite3';
import type { Observation } from '../../data/observation';

/** What every server module needs from an open store: the connection and the clock. */
export interface StoreCore {
  readonly db: Database.Database;
  readonly dataDir: string;
  /** Absolute path of chiso.sqlite. */
  readonly file: string;
  /** The store's clock; tests inject one to move time (session expiry, rate-limit window). */
  now(): Date;
}

export type VersionKind = 'seed' | 'upload' | 'rollback';

/** Who did it; only the id is recorded. */
export interface Actor {
  id: number;
}

export interface VersionInfo {
  id: number;
  indexId: string;
  kind: VersionKind;
  createdAt: string;
  userId: number | null;
  note: string;
  /** Display text only: sanitised, never used as a path. */
  fileName: string | null;
  fileSha256: string | null;
  fileSize: number | null;
  rowCount: number;
  added: number;
  changed: number;
  unchanged: number;
  /** Rows of the previous snapshot not in this one (only a rollback can remove rows). */
  removed: number;
  rolledBackTo: number | null;
}

export interface VersionFile {
  fileName: string | null;
  sha256: string;
  bytes: Buffer;
}

export interface CommitInput {
  indexId: string;
  observations: readonly Observation[];
  kind: 'seed' | 'upload';
  user: Actor | null;
  note?: string;
  fileName?: string | null;
  /** The uploaded file exactly as received; stored byte for byte. */
  fileBytes?: Uint8Array | null;
  /** The version the user previewed against; the commit fails if another one landed since. */
  expectedBaseVersionId?: number | null;
  ip?: string | null;
  /** Fields the file has no column for: the stored ones are kept (a file without ranks keeps the published ranks). */
  keep?: readonly KeptField[];
  /** The user confirmed clearing the published figures the preview named; without it such a commit is refused. */
  confirmRemovals?: boolean;
  /** Names the uploader mapped to units in this upload: stored with the version, undone by its rollback. */
  aliases?: readonly UploadAlias[];
  /** Test hook: runs inside the transaction after all writes, before COMMIT. */
  beforeCommit?: () => void;
}

export type KeptField = 'rank' | 'band';

/** A name as the file wrote it, mapped by the uploader to a unit. */
export interface UploadAlias {
  name: string;
  unitCode: string;
}

/** A published figure an upload would clear. */
export interface Removal {
  unit_code: string;
  unit_name: string;
  year: number;
  indicator: string;
  field: 'value' | 'rank' | 'band';
  before: number | string;
}

/** Figures that make a row "changed"; labels (unit_name, unit_group, source) do not. */
export const COMPARED_FIELDS = ['value', 'rank', 'rank_of', 'band'] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

export interface RowChange {
  before: Observation;
  after: Observation;
  fields: ComparedField[];
}

export interface UnitDiff {
  unit_code: string;
  unit_name: string;
  added: Observation[];
  changed: RowChange[];
  unchanged: number;
}

export interface DiffPreview {
  indexId: string;
  baseVersionId: number | null;
  added: number;
  changed: number;
  unchanged: number;
  /** Rows of the current snapshot the upload does not mention: carried over as they are. */
  carried: number;
  /** Size of the snapshot the commit would produce. */
  rowCount: number;
  /** Units the upload mentions, by unit_code. */
  units: UnitDiff[];
  /** Published values, ranks and bands the commit would clear: it needs explicit confirmation. */
  removals: Removal[];
}

export interface Store extends StoreCore {
  close(): void;
  currentVersion(indexId: string): VersionInfo | null;
  getVersion(versionId: number): VersionInfo | null;
  listVersions(indexId?: string): VersionInfo[];
  versionFile(versionId: number): VersionFile | null;
  versionObservations(versionId: number): Observation[];
  diffAgainstCurrent(indexId: string, observations: readonly Observation[], keep?: readonly KeptField[]): DiffPreview;
  commitVersion(input: CommitInput): VersionInfo;
  rollback(versionId: number, user: Actor | null, opts?: { note?: string; ip?: string | null }): VersionInfo;
  seedIfEmpty(indexId: string, observations: readonly Observation[], note: string): VersionInfo | null;
  currentObservations(indexId?: string): Observation[];
  currentVersionKey(): string;
}
