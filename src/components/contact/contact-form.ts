import { copyText } from '#src/client/clipboard.ts';
import { HANDOFF_KEY, readHandoff, type Handoff } from '#src/lib/handoff/handoff.ts';
import { fromPage } from '#src/lib/handoff/contact-path.ts';
import { deviceDetails, type BrowserReport, type DeviceDetailId } from '#src/lib/handoff/device-details.ts';
import { mailtoHref, ticketBody, ticketSubject, type LabelledDetail, type TicketFields, type TicketWords } from '#src/lib/handoff/ticket-message.ts';

/** What the page embeds for the form: the help desk's address and the words of the page's language. */
export interface ContactFormData {
  email: string;
  words: TicketWords & { online: string; offline: string; copied: string };
  deviceLabels: Record<DeviceDetailId, string>;
  platformLabels: Record<string, string>;
}

interface UADataWithHints {
  platform?: string;
  getHighEntropyValues?: (hints: string[]) => Promise<{ platformVersion?: string; fullVersionList?: Array<{ brand: string; version: string }> }>;
}

/** What this browser says about the device, with User-Agent Client Hints where it offers them. */
async function browserReport(): Promise<BrowserReport> {
  const uaData = (navigator as Navigator & { userAgentData?: UADataWithHints }).userAgentData;
  const hints = await uaData?.getHighEntropyValues?.(['platformVersion', 'fullVersionList']).catch(() => undefined);
  return {
    userAgent: navigator.userAgent,
    uaPlatform: uaData?.platform,
    uaPlatformVersion: hints?.platformVersion,
    uaBrands: hints?.fullVersionList,
    language: navigator.language,
    screen: { width: screen.width, height: screen.height },
    online: navigator.onLine,
    now: new Date(),
    utcOffsetMinutes: -new Date().getTimezoneOffset(),
  };
}

/**
 * The contact form, enhanced: it shows what the reader brought from a troubleshooter or an article,
 * offers this device's details as ticked boxes the reader can untick, and builds one message for
 * email (a mailto: link a help desk's email intake files as a ticket) or for copying into a chat.
 * Without JavaScript the same form still opens an email with what the reader typed.
 */
export class ContactForm extends HTMLElement {
  #data!: ContactFormData;
  #handoff: Handoff | undefined;
  #page: string | undefined;

  connectedCallback() {
    const json = this.querySelector('script[data-contact-data]')?.textContent;
    const form = this.querySelector('form');
    if (!json || !form) return;
    this.#data = JSON.parse(json) as ContactFormData;
    let stored: string | null = null;
    try { stored = sessionStorage.getItem(HANDOFF_KEY); } catch { /* storage switched off */ }
    // The stored hand-off only counts for the page the link came from; a bare visit starts empty.
    const from = fromPage(location.search);
    const handoff = readHandoff(stored);
    this.#handoff = handoff && (!from || handoff.page.split('?')[0] === from.split('?')[0]) ? handoff : undefined;
    this.#page = this.#handoff?.page ?? from;
    this.#showAbout();
    void this.#offerDeviceDetails();
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const href = mailtoHref(this.#data.email, this.#subject(), this.#body());
      // Kept on the form too, for a reader (or a test) whose browser has no email app to open.
      form.dataset['mailto'] = href;
      location.href = href;
    });
    const copy = this.querySelector<HTMLButtonElement>('[data-action="copy"]');
    if (copy) {
      copy.hidden = false;
      copy.addEventListener('click', async () => {
        const status = this.querySelector('.contact-status');
        if (await copyText(`${this.#subject()}\n\n${this.#body()}`) && status) status.textContent = this.#data.words.copied;
      });
    }
  }

  #fields(): TicketFields {
    const data = new FormData(this.querySelector('form') ?? undefined);
    const field = (name: string) => String(data.get(name) ?? '');
    return { name: field('name'), contact: field('contact'), description: field('description') };
  }

  #platformLabel(): string | undefined {
    const platform = this.#handoff?.platform;
    return platform ? this.#data.platformLabels[platform] ?? platform : undefined;
  }

  #subject(): string {
    return ticketSubject(this.#handoff, this.#fields(), this.#data.words, this.#platformLabel());
  }

  #body(): string {
    const details: LabelledDetail[] = [...this.querySelectorAll<HTMLInputElement>('input[data-detail]:checked')].map((box) => ({
      label: this.#data.deviceLabels[box.dataset['detail'] as DeviceDetailId] ?? '',
      value: box.value,
    }));
    const pageUrl = this.#page ? new URL(this.#page, location.origin).href : undefined;
    return ticketBody(this.#fields(), this.#handoff, pageUrl, details, this.#data.words);
  }

  /** What the message is about, and the troubleshooter's summary, as plain text. */
  #showAbout() {
    const about = this.querySelector<HTMLElement>('.contact-about');
    if (!about || !this.#page) return;
    const link = about.querySelector<HTMLAnchorElement>('a');
    if (link) {
      link.href = this.#page;
      link.textContent = this.#handoff?.title ?? this.#page;
    }
    const summary = about.querySelector<HTMLElement>('.contact-summary');
    const text = summary?.querySelector('pre');
    if (summary && text && this.#handoff?.summary) {
      text.textContent = this.#handoff.summary;
      summary.hidden = false;
    }
    about.hidden = false;
  }

  /** Each detail as a ticked box with its value in sight: the reader decides what goes in the message. */
  async #offerDeviceDetails() {
    const fieldset = this.querySelector<HTMLElement>('.contact-device');
    const list = fieldset?.querySelector('ul');
    if (!fieldset || !list) return;
    const details = deviceDetails(await browserReport(), this.#data.words);
    for (const { id, value } of details) {
      const item = document.createElement('li');
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.checked = true;
      box.value = value;
      box.dataset['detail'] = id;
      const name = document.createElement('span');
      name.textContent = `${this.#data.deviceLabels[id]}: `;
      const shown = document.createElement('strong');
      shown.textContent = value;
      label.append(box, ' ', name, shown);
      item.append(label);
      list.append(item);
    }
    fieldset.hidden = false;
  }
}
