/** Path of the Chromium the end-to-end tests launch, or undefined for Playwright's own browser. */
export function chromiumExecutable(): string | undefined;
