// The real browser of the UI tests: Debian's Chromium, installed on first use by
// scripts/install-chromium.sh and driven by playwright-core.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { root } from '../helpers.js';

const CHROMIUM = '/usr/bin/chromium';
/** The flags this machine needs (see the machine notes): no sandbox as root, no background traffic. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** WCAG AA contrast for body-size text. */
export const MIN_CONTRAST = 4.5;
/** Where screenshots go for a person to look at (git-ignored). */
export const SCREENSHOTS = join(root, 'test-output/screenshots');

/** Installs Chromium if it is missing, then launches it. */
export function launchChromium(): Promise<Browser> {
  execFileSync('bash', [join(root, 'scripts/install-chromium.sh')], { stdio: 'inherit' });
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}
