// Types of manifestUrls.cjs, for the TypeScript tests.
export declare const DEV_URL: string;
export declare function resolveAddinUrl(value: string | undefined): { url: string; note: string | undefined };
export declare function rewriteManifestUrls(manifestText: string, url: string): string;
