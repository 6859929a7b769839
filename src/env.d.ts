interface ImportMetaEnv {
  /** True under `astro dev` only: drafts and scheduled essays are shown with a banner. Set by the content-integrity integration. */
  readonly ARCHIVE_PREVIEW: boolean;
}
