/** Types of cliBundle.mjs (plain JavaScript: the bin reads it before tsx is loaded). */
export declare const BUNDLE_DIR: string;
export declare function freshBundle(root: string, dir?: string): { entry: string; reason?: undefined } | { entry?: undefined; reason: string };
export declare function buildCliBundle(root: string, dir?: string): Promise<{ entry: string; files: number }>;
