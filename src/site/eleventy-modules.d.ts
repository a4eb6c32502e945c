// Eleventy 3 and its RSS plugin ship JavaScript without type declarations; these cover only
// what this project calls.
declare module '@11ty/eleventy' {
  export interface EleventyOptions {
    /** A config file to read, or false for none. */
    configPath?: string | false;
    quietMode?: boolean;
    /** The folder the site is published in, such as "/news/". */
    pathPrefix?: string;
    /** Runs before the config file, if any, is read. */
    config?: (eleventyConfig: unknown) => void | Promise<void>;
  }
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    /** Resolves to [passthrough copy results, written templates]. */
    write(): Promise<unknown>;
    /** Eleventy's console logger; overrideLogger replaces the console it writes to. */
    readonly logger: { overrideLogger(logger: { log(message: string): void; warn(message: string): void; error(message: string): void } | false): void };
  }
}

declare module '@11ty/eleventy-plugin-rss' {
  const rssPlugin: (eleventyConfig: unknown, options?: object) => void;
  export default rssPlugin;
}
