// Infrastructure: the repository root, the base of every entry file and ASL path the CDK app reads.
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));
