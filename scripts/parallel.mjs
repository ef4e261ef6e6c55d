#!/usr/bin/env node
/**
 * Runs shell commands side by side and fails if any fails: `npm test` overlaps the unit tests
 * with the build (the build is mostly one core, the tests' last long files leave a core idle).
 * Usage: node scripts/parallel.mjs "npm run test:unit" "npm run build"
 */
import { spawn } from 'node:child_process';

const cmds = process.argv.slice(2);
const codes = await Promise.all(
  cmds.map(
    (cmd) =>
      new Promise((resolve) => {
        const child = spawn(cmd, { shell: true, stdio: 'inherit' });
        child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
      }),
  ),
);
codes.forEach((code, i) => code && console.error(`✗ ${cmds[i]} exited with ${code}`));
process.exit(codes.some(Boolean) ? 1 : 0);
