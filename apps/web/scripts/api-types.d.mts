// Types of api-types.mjs for the TypeScript drift test that imports it.
export declare const GENERATED_PATH: string;
export declare const REGENERATE: string;
export declare function apiTypesFrom(document: object): Promise<string>;
