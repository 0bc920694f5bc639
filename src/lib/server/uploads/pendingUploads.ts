// Uploads previewed but not yet confirmed. Nothing reaches the store until the user confirms;
// a preview expires after 30 minutes and belongs to the user who made it.
import { randomBytes } from 'node:crypto';
import type { Observation } from '../../data/observation';
import type { ImportIssue } from '../../import/types';

export interface PendingUpload {
  id: string;
  userId: number;
  indexId: string;
  fileName: string;
  bytes: Uint8Array;
  observations: Observation[];
  issues: ImportIssue[];
  baseVersionId: number | null;
  createdAt: number;
}

const TTL_MS = 30 * 60 * 1000;
const MAX_PENDING = 50;
const pending = new Map<string, PendingUpload>();

function sweep(now: number) {
  for (const [id, p] of pending) if (now - p.createdAt > TTL_MS) pending.delete(id);
  // Bound memory: drop the oldest previews first.
  while (pending.size > MAX_PENDING) pending.delete(pending.keys().next().value!);
}

export function putPending(p: Omit<PendingUpload, 'id' | 'createdAt'>, now = Date.now()): PendingUpload {
  sweep(now);
  const entry = { ...p, id: randomBytes(16).toString('base64url'), createdAt: now };
  pending.set(entry.id, entry);
  return entry;
}

export function takePending(id: string, userId: number, now = Date.now()): PendingUpload | null {
  sweep(now);
  const p = pending.get(id);
  if (!p || p.userId !== userId) return null;
  pending.delete(id);
  return p;
}
