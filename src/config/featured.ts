/** What the home page puts first: the problems help desks hear most. A wrong id fails the build. */
export const featured = {
  flows: ['no-internet', 'slow-wifi', 'printer-wont-print', 'slow-computer', 'cant-sign-in', 'no-sound'],
  articles: ['connect-wifi', 'reset-forgotten-password', 'free-up-disk-space', 'take-screenshot', 'set-up-mfa', 'recognize-phishing'],
} as const;
