// Which Chromium the browser tests drive and how it is launched: Debian's build through
// playwright-core (never a downloaded browser). Without Chromium the browser tests skip
// locally but fail under CI. Kept apart from browser.ts, which needs a vitest worker, so
// the global setup (support/servers.ts) can use it too.
import { existsSync, statfsSync } from "node:fs";
import { chromium, type LaunchOptions } from "playwright-core";

/**
 * Debian's Chromium, the browser people use (new headless mode of the full browser), not the
 * separate headless shell: page tests should see what a person's browser shows. One per
 * worker (support/browser.ts) keeps its start-up cost out of every file.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const hasChromium = existsSync(CHROMIUM);

if (!hasChromium && process.env.CI) {
  throw new Error(`Chromium not found at ${CHROMIUM}; CI must install it (apt-get install -y chromium).`);
}

/**
 * Whether /dev/shm has room for Chromium's shared memory: playwright-core passes
 * --disable-dev-shm-usage (for containers with a 64 MB /dev/shm), which puts it in files under
 * /tmp instead, on this machine's disk. Debian's launcher adds the flag itself below 3.8 GB
 * (/etc/chromium.d/dev-shm), so the same threshold. The pages are the same; with the room
 * accessibility-volunteer.test.ts took Chromium 30.2 s and 30.9 s of CPU instead of 33.6 s and 37.8 s.
 */
function devShmHasRoom(): boolean {
  try {
    const { bavail, bsize } = statfsSync("/dev/shm");
    return bavail * bsize >= 4_080_218_931;
  } catch {
    return false;
  }
}

/**
 * The features playwright-core (1.65) turns off with its own --disable-features. Chromium obeys only
 * the last --disable-features on its command line, so the suite's switch below repeats them;
 * checkDisabledFeatures() compares them with the ones playwright-core passed (an upgrade that
 * adds a feature fails the global setup, naming it, instead of quietly turning it back on).
 */
const PLAYWRIGHT_DISABLED_FEATURES = [
  "AvoidUnnecessaryBeforeUnloadCheckSync",
  "DestroyProfileOnBrowserClose",
  "HttpsUpgrades",
  "HttpsFirstBalancedModeAutoEnable",
  "LensOverlay",
  "MediaRouter",
  "PaintHolding",
  "ThirdPartyStoragePartitioning",
  "AvoidCorsURLLoaderRestartOnRedirect",
  "TcpPortRandomizationWin",
  "OptimizationHints",
  "NetworkTimeServiceQuerying",
  "AimEnabled",
  "PreconnectToSearch",
  "msForceBrowserSignIn",
  "msEdgeUpdateLaunchServicesPreferredVersion",
];

/**
 * The browser's own address-bar popup as web pages (WebUI): every browser context the tests open
 * is a window of its own, and each window preloaded that popup in a renderer of its own, about
 * 0.7 s of CPU per context that no test looks at (eight contexts: 12.8/13.0 s -> 7.3/7.6 s of
 * Chromium CPU). Off, the address bar keeps its built-in popup; the pages are untouched.
 */
const WINDOW_UI_FEATURES = ["WebUIOmniboxPopup", "WebUIOmniboxAimPopup", "WebUIOmniboxFullPopup"];

/** Every feature the suite's Chromium runs without (the value of its --disable-features). */
const DISABLED_FEATURES = [...PLAYWRIGHT_DISABLED_FEATURES, ...WINDOW_UI_FEATURES];

/**
 * The features playwright-core turned off that the launch's own --disable-features (the last one,
 * which Chromium obeys) leaves on: none, unless playwright-core added one to its list.
 */
export function featuresTurnedBackOn(spawnargs: readonly string[]): string[] {
  const lists = spawnargs.filter((arg) => arg.startsWith("--disable-features=")).map((arg) => arg.slice("--disable-features=".length).split(","));
  const obeyed = new Set(lists.at(-1) ?? []);
  return lists.slice(0, -1).flat().filter((feature) => feature && !obeyed.has(feature));
}

/** How the suite launches Chromium (one per vitest worker, support/browser.ts). */
export const CHROMIUM_LAUNCH: LaunchOptions = {
  executablePath: CHROMIUM,
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    `--disable-features=${DISABLED_FEATURES.join(",")}`,
  ],
  ...(devShmHasRoom() ? { ignoreDefaultArgs: ["--disable-dev-shm-usage"] } : {}),
};


/**
 * Launches Chromium as the suite does, once, to check that its --disable-features turns nothing
 * back on that playwright-core turns off (see PLAYWRIGHT_DISABLED_FEATURES); the global setup
 * runs it while the database is seeded. Through launchServer: the one launch whose command line
 * playwright-core tells.
 */
export async function checkDisabledFeatures(): Promise<void> {
  const server = await chromium.launchServer(CHROMIUM_LAUNCH);
  const turnedBackOn = featuresTurnedBackOn(server.process().spawnargs);
  await server.close();
  if (turnedBackOn.length > 0) {
    throw new Error(`playwright-core turns off features that support/chromium.ts does not repeat in its --disable-features (only the last one counts): ${turnedBackOn.join(", ")}; add them to PLAYWRIGHT_DISABLED_FEATURES.`);
  }
}
