// Test support: a gemeente's configuration as a teamleider records it (a beschikking needs it: Awb 6:5).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { apiClient } from './api';

export const VOORBEELD_CONFIGURATIE = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../docs/voorbeeld-gemeente-configuratie.json'), 'utf8'),
) as Record<string, unknown>;

export async function configureerGemeente(api: ReturnType<typeof apiClient>, gemeente: string): Promise<void> {
  const token = await api.token(gemeente, 'teamleider', `teamleider-${gemeente}`);
  const r = await api.verzoek('PUT', '/gemeente/configuratie', { token, body: VOORBEELD_CONFIGURATIE });
  expect(r.status).toBe(200);
}
