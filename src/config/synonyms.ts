/**
 * Words readers use for the same thing. A page whose title, keywords or tags use one word of a group
 * is indexed with the others too, so "wireless" finds the Wi-Fi pages and "pc" the computer ones.
 * Keep groups tight: every word here is added to every page that uses any word of its group.
 * English only for now; other languages get their own list when their content arrives.
 */
export const synonyms: readonly (readonly string[])[] = [
  ['wifi', 'wi-fi', 'wireless', 'wlan'],
  ['computer', 'pc', 'laptop', 'desktop'],
  ['internet', 'online'],
  ['phone', 'mobile', 'smartphone', 'cellphone'],
  ['slow', 'sluggish', 'laggy', 'lag'],
  ['frozen', 'freezes', 'freezing', 'hangs', 'unresponsive', 'not responding'],
  ['password', 'passcode', 'passphrase'],
  ['sign in', 'log in', 'login', 'logon', 'signin'],
  ['multi-factor', 'mfa', '2fa', 'two-factor', 'two-step', '2-step', 'authenticator'],
  ['update', 'upgrade', 'patch'],
  ['app', 'application', 'program', 'software'],
  ['sound', 'audio', 'speakers', 'volume'],
  ['monitor', 'display', 'second screen'],
  ['screenshot', 'screen capture', 'screengrab', 'print screen', 'snip'],
  ['phishing', 'scam', 'spam', 'fraud'],
  ['back up', 'backup'],
  ['disk', 'storage', 'hard drive', 'ssd'],
  ['router', 'modem'],
  ['email', 'e-mail', 'mail', 'inbox'],
  ['locked out', 'lockout', 'locked'],
  ['install', 'download'],
];
