/** Types of cliBundle.mjs (plain JavaScript: the bin reads it before tsx is loaded). */
export declare const BUNDLE_DIR: string;
export declare function freshBundle(root: string, dir?: string): { entry: string; cache?: string; reason?: undefined } | { entry?: undefined; cache?: undefined; reason: string };
export declare function loadBundle(fresh: { entry: string; cache?: string }): { exports: Record<string, unknown>; cache: 'accepted' | 'rejected' | 'none'; script: unknown };
export declare function buildCliBundle(root: string, dir?: string): Promise<{ entry: string; files: number }>;
