/** A value that survives JSON.stringify/parse unchanged: what a stored scorecard snapshot may hold. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };
