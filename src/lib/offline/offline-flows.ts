/**
 * The troubleshooters for when the network itself is the problem: offered first on the offline
 * page and saved first by the service worker.
 */
export const OFFLINE_FLOW_IDS: readonly string[] = ['no-internet', 'slow-wifi'];
