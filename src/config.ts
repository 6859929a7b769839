/**
 * The site's identity (SITE: edited by a programme adopting the archive) and its build
 * settings (SETTINGS: read from the environment). This is the only module that reads
 * `process.env`; the build, the pages and the command-line tools all take their settings
 * from here, so a setting means the same everywhere.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { buildDay } from './lib/visibility.ts';

/** This process's settings. */
export const SETTINGS: Settings = settingsFrom(process.env, process.cwd());

export const SITE = {
  /** Name of the site, in the header and page titles. */
  title: 'Track II Dialogue Archive',
  /** One line on what the archive holds, for the home page and metadata. */
  description:
    'Partners, dialogues, delegations and reflection essays of the Asia New Zealand Foundation’s Track II programme of informal diplomacy with think tanks in Asia.',
  /** The organisation that runs the programme and publishes the archive. */
  publisher: 'Asia New Zealand Foundation',
  /**
   * Language of the interface (SITE_LANG, else English), and of the records other than essays
   * and the texts above. An essay's page speaks the essay's language where a dictionary exists
   * (src/lib/i18n/, docs/languages.md).
   */
  lang: SETTINGS.siteLang ?? 'en',
  /** The programme's time zone: decides on which day a scheduled essay goes out. */
  timeZone: 'Pacific/Auckland',
  /** Essays per page of the essay list. */
  essaysPerPage: 20,
} as const;

/** What the environment decides about a build and the project's tools (README, "Environment variables"). */
export interface Settings {
  /** CONTENT_DIR: the content folder, absolute (default `content/` of the working directory). */
  contentDir: string;
  /** The static files copied into the site as they are: `public/` of the working directory. */
  publicDir: string;
  /** SITE_URL: the published site's origin, for canonical and feed links. */
  siteUrl: string;
  /** BASE_PATH: the path the site is served under, with a slash at each end ("/", "/archive/"). */
  base: string;
  /** BUILD_DATE: build the site as on that day (YYYY-MM-DD), else today. */
  buildDate: string | undefined;
  /** DECAP_CMS, CMS_REPO, CMS_BRANCH: the optional browser editor at /admin/. */
  cms: { enabled: boolean; repo: string | undefined; branch: string };
  /** CHROME_PATH: the Chromium the browser tests, the audit and the benchmark drive. */
  chromePath: string;
  /** JAVA: the Java runtime that runs the W3C Nu HTML Checker. */
  java: string;
  /** GITHUB_ACTIONS: content problems are also written as GitHub annotations. */
  githubActions: boolean;
  /** SITE_LANG: the interface's language (a BCP 47 tag), when not the default English. */
  siteLang: string | undefined;
}

/** SITE_LANG as a canonical BCP 47 tag ("ko", "zh-Hant"); a value that is not one stops the build. */
function languageTag(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let tag: string | undefined;
  try {
    tag = Intl.getCanonicalLocales(value.trim())[0];
  } catch {
    tag = undefined;
  }
  if (!tag) throw new Error(`SITE_LANG "${value}" is not a language tag: write one such as "ko", "vi", "ja", "zh" or "zh-Hant" (BCP 47).`);
  return tag;
}

/** "archive", "/archive", "//archive//" → "/archive/"; nothing → "/". */
function normaliseBase(value: string | undefined): string {
  const trimmed = (value || '/').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** The settings an environment gives, relative paths resolved from `cwd`. */
export function settingsFrom(env: Readonly<Record<string, string | undefined>>, cwd: string): Settings {
  return {
    contentDir: resolve(cwd, env.CONTENT_DIR || 'content'),
    publicDir: resolve(cwd, 'public'),
    siteUrl: env.SITE_URL || 'http://localhost:4321',
    base: normaliseBase(env.BASE_PATH),
    buildDate: env.BUILD_DATE || undefined,
    cms: { enabled: env.DECAP_CMS === 'true' || env.DECAP_CMS === '1', repo: env.CMS_REPO || undefined, branch: env.CMS_BRANCH || 'main' },
    chromePath: env.CHROME_PATH || '/usr/bin/chromium',
    java: env.JAVA || 'java',
    githubActions: env.GITHUB_ACTIONS === 'true',
    siteLang: languageTag(env.SITE_LANG),
  };
}

/**
 * The environment for a child process: this one's, with `extra` added. The command-line tools
 * start builds, servers and browsers with it.
 */
export function environmentWith(extra: Readonly<Record<string, string>>): Record<string, string | undefined> {
  return { ...process.env, ...extra };
}

/** The base path of this build: site paths are written `withBase(path, BASE)` (lib/urls.ts). */
export const BASE = SETTINGS.base;

/** The build day that decides what is published: BUILD_DATE or today in the programme's time zone. */
export function today(): Date {
  return buildDay(new Date(), SITE.timeZone, SETTINGS.buildDate);
}

/**
 * Astro's cache folder for a content folder. Astro caches parsed content by file digest; a
 * separate cache per content folder keeps builds of different folders (CONTENT_DIR) from
 * reusing each other's entries.
 */
export function cacheDirFor(folder: string): string {
  return `./node_modules/.astro/${createHash('sha256').update(folder).digest('hex').slice(0, 12)}`;
}
