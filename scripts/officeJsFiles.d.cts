// Types of officeJsFiles.cjs, for the TypeScript tests.
export declare function officeJsFiles(officeJsDist: string): string[];
