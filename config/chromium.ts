// How every browser test launches Chromium: Debian's binary (`scripts/ensure-chromium.mjs` installs it; Playwright
// cannot download its own browsers here), headless, sandbox-free and off the network.
export const chromiumLaunchOptions = {
  executablePath: process.env['CHROMIUM_PATH'] || '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
}
