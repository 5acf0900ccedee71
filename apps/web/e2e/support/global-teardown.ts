/** Stops the API the global setup started (nothing to do when E2E_BASE_URL pointed at a running one). */
export default async function globalTeardown(): Promise<void> {
  await globalThis.__COMPLAINTS_E2E_API__?.stop();
}
