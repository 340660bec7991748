/**
 * Autosave for a draft: every change is written to this browser at once and sent to the server
 * after a short pause (one request at a time, the newest content wins). A lost connection or a
 * server error is retried with growing pauses; a published version (409) stops saving until the
 * designer makes a new draft.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, type ErrorDetail } from '../../api/client';
import { questionnaires } from '../../api/endpoints';
import type { Version } from '../../api/types';
import { type EditorDefinition, toDefinition } from '../model/editor-model';
import { clearBackup, writeBackup } from '../model/local-backup';

export type SaveStatus =
  | { kind: 'saved'; at?: string }
  | { kind: 'saving' }
  | { kind: 'retrying'; inSeconds: number }
  | { kind: 'conflict' }
  | { kind: 'rejected'; status: number; message: string; details: ErrorDetail[] };

export const SAVE_PAUSE_MS = 800;
const FIRST_RETRY_MS = 2000;
const LONGEST_RETRY_MS = 30000;

interface Options {
  versionId: string;
  onSaved: (version: Version, sent: EditorDefinition) => void;
}

export interface Autosave {
  status: SaveStatus;
  /** Keeps the change in this browser and sends it after a pause. */
  schedule: (editor: EditorDefinition) => void;
  /** Sends what is waiting now; true when the server has everything. */
  flush: () => Promise<boolean>;
  /** Marks the version as refused by the server because it is published. */
  markConflict: () => void;
}

export function useAutosave({ versionId, onSaved }: Options): Autosave {
  const [status, setStatus] = useState<SaveStatus>({ kind: 'saved' });
  const pending = useRef<EditorDefinition | null>(null);
  const running = useRef<Promise<boolean> | null>(null);
  const pauseTimer = useRef<number | undefined>(undefined);
  const retryTimer = useRef<number | undefined>(undefined);
  const retryDelay = useRef(FIRST_RETRY_MS);
  const conflict = useRef(false);
  const startRef = useRef<() => Promise<boolean>>(undefined);
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;

  const sendOnce = useCallback(async (): Promise<boolean> => {
    const sent = pending.current;
    if (!sent) return true;
    setStatus({ kind: 'saving' });
    try {
      const version = await questionnaires.saveDefinition(versionId, toDefinition(sent));
      if (pending.current === sent) {
        pending.current = null;
        clearBackup(versionId);
      }
      retryDelay.current = FIRST_RETRY_MS;
      onSavedRef.current(version, sent);
      if (!pending.current) setStatus({ kind: 'saved', at: version.updatedAt });
      return true;
    } catch (error) {
      const code = error instanceof ApiError ? error.status : 0;
      if (code === 409) {
        conflict.current = true;
        setStatus({ kind: 'conflict' });
      } else if (code === 0 || code === 429 || code >= 500) {
        const delay = retryDelay.current;
        retryDelay.current = Math.min(delay * 2, LONGEST_RETRY_MS);
        setStatus({ kind: 'retrying', inSeconds: Math.round(delay / 1000) });
        window.clearTimeout(retryTimer.current);
        retryTimer.current = window.setTimeout(() => void startRef.current?.(), delay);
      } else {
        const apiError = error instanceof ApiError ? error : new ApiError(0, String(error));
        setStatus({ kind: 'rejected', status: code, message: apiError.message, details: apiError.details });
      }
      return false;
    }
  }, [versionId]);

  const start = useCallback((): Promise<boolean> => {
    if (!running.current) {
      running.current = (async () => {
        while (pending.current && !conflict.current) {
          if (!(await sendOnce())) return false;
        }
        return !pending.current;
      })().finally(() => {
        running.current = null;
      });
    }
    return running.current;
  }, [sendOnce]);
  startRef.current = start;

  const schedule = useCallback(
    (editor: EditorDefinition) => {
      pending.current = editor;
      writeBackup(versionId, toDefinition(editor));
      if (conflict.current) return;
      setStatus((current) => (current.kind === 'retrying' ? current : { kind: 'saving' }));
      window.clearTimeout(pauseTimer.current);
      pauseTimer.current = window.setTimeout(() => void start(), SAVE_PAUSE_MS);
    },
    [versionId, start],
  );

  const flush = useCallback(async () => {
    window.clearTimeout(pauseTimer.current);
    if (running.current) await running.current;
    return (await start()) && !pending.current;
  }, [start]);

  const markConflict = useCallback(() => {
    conflict.current = true;
    setStatus({ kind: 'conflict' });
  }, []);

  useEffect(
    () => () => {
      window.clearTimeout(pauseTimer.current);
      window.clearTimeout(retryTimer.current);
      // Leaving the builder: send what is waiting (it is in this browser's backup as well).
      if (pending.current && !conflict.current) void start();
    },
    [start],
  );

  return { status, schedule, flush, markConflict };
}
