/**
 * The reader's device as the help desk needs it in a ticket, worked out from what the browser says.
 * Nothing here sends anything: the contact page shows each detail and the reader chooses what goes
 * into the message.
 */

/** What the browser tells about itself (User-Agent Client Hints where it has them, else the user agent). */
export interface BrowserReport {
  userAgent: string;
  /** `navigator.userAgentData.platform`: "Windows", "macOS", "Android", "Chrome OS", "Linux". */
  uaPlatform?: string | undefined;
  /** High-entropy `platformVersion`: "15.0.0" on Windows 11, "14.5.0" on macOS. */
  uaPlatformVersion?: string | undefined;
  /** High-entropy `fullVersionList` brands, e.g. [{ brand: 'Google Chrome', version: '142.0.7444.60' }]. */
  uaBrands?: ReadonlyArray<{ brand: string; version: string }> | undefined;
  language: string;
  screen: { width: number; height: number };
  online: boolean;
  now: Date;
  /** Minutes east of UTC, as the reader's clock has it. */
  utcOffsetMinutes: number;
}

export type DeviceDetailId = 'system' | 'browser' | 'language' | 'screen' | 'connection' | 'time';

export interface DeviceDetail {
  id: DeviceDetailId;
  value: string;
}

/** Words the details need in the page's language. */
export interface DeviceWords {
  online: string;
  offline: string;
}

function windowsName(platformVersion: string | undefined, userAgent: string): string {
  // Windows 11 reports the same user agent as Windows 10; only the client hint tells them apart (13 and later is 11).
  const major = Number(platformVersion?.split('.')[0]);
  if (Number.isFinite(major) && platformVersion) return major >= 13 ? 'Windows 11' : 'Windows 10';
  return /Windows NT 10/.test(userAgent) ? 'Windows 10 or 11' : 'Windows';
}

/** The operating system and version, as its maker names it. */
export function systemName(report: BrowserReport): string {
  const { userAgent: ua, uaPlatform, uaPlatformVersion } = report;
  const version = uaPlatformVersion?.split('.').filter((part, index) => index < 2 && (index === 0 || part !== '0')).join('.');
  if (uaPlatform === 'Windows' || /Windows NT/.test(ua)) return windowsName(uaPlatformVersion, ua);
  if (/iPhone|iPad|iPod/.test(ua)) {
    const ios = /OS (\d+)[._](\d+)/.exec(ua);
    return `${/iPad/.test(ua) ? 'iPadOS' : 'iOS'}${ios ? ` ${ios[1]}.${ios[2]}` : ''}`;
  }
  if (uaPlatform === 'macOS' || /Macintosh|Mac OS X/.test(ua)) return `macOS${uaPlatformVersion && version ? ` ${version}` : ''}`;
  if (uaPlatform === 'Android' || /Android/.test(ua)) {
    const android = /Android (\d+(?:\.\d+)?)/.exec(ua);
    return `Android${uaPlatformVersion ? ` ${uaPlatformVersion.split('.')[0]}` : android ? ` ${android[1]}` : ''}`;
  }
  if (uaPlatform === 'Chrome OS' || /CrOS/.test(ua)) return 'ChromeOS';
  if (uaPlatform === 'Linux' || /Linux/.test(ua)) return 'Linux';
  return uaPlatform || 'Unknown';
}

const BRANDS = ['Microsoft Edge', 'Google Chrome', 'Opera', 'Brave', 'Chromium'];

/** The browser and its major version: "Google Chrome 142", "Firefox 146", "Safari 26". */
export function browserName(report: BrowserReport): string {
  for (const brand of BRANDS) {
    const found = report.uaBrands?.find((entry) => entry.brand === brand);
    if (found) return `${brand} ${found.version.split('.')[0]}`;
  }
  const ua = report.userAgent;
  const match = /Edg\/(\d+)/.exec(ua) ?? /Firefox\/(\d+)/.exec(ua) ?? /Chrome\/(\d+)/.exec(ua);
  if (match) return `${/Edg\//.test(ua) ? 'Microsoft Edge' : /Firefox\//.test(ua) ? 'Firefox' : 'Google Chrome'} ${match[1]}`;
  const safari = /Version\/(\d+).*Safari/.exec(ua);
  return safari ? `Safari ${safari[1]}` : 'Unknown';
}

/** `2026-12-03 18:44 (UTC+08:00)`: the reader's own clock, with its offset, so the desk can line it up with logs. */
export function localTime(now: Date, utcOffsetMinutes: number): string {
  const shifted = new Date(now.getTime() + utcOffsetMinutes * 60_000);
  const sign = utcOffsetMinutes < 0 ? '-' : '+';
  const offset = Math.abs(utcOffsetMinutes);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${shifted.toISOString().slice(0, 10)} ${shifted.toISOString().slice(11, 16)} (UTC${sign}${pad(Math.floor(offset / 60))}:${pad(offset % 60)})`;
}

/** Every detail the contact page offers, in the order a help desk reads them. */
export function deviceDetails(report: BrowserReport, words: DeviceWords): DeviceDetail[] {
  return [
    { id: 'system', value: systemName(report) },
    { id: 'browser', value: browserName(report) },
    { id: 'language', value: report.language },
    { id: 'screen', value: `${report.screen.width} × ${report.screen.height}` },
    { id: 'connection', value: report.online ? words.online : words.offline },
    { id: 'time', value: localTime(report.now, report.utcOffsetMinutes) },
  ];
}
