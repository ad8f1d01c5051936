import { createActor, type Actor } from 'xstate';
import type { Flow } from '#src/schemas/flow.ts';
import { toMachine, type FlowMachine } from '#src/lib/flow/to-machine.ts';
import { nodeById, visibleAnswers, type GivenAnswer } from '#src/lib/flow/graph.ts';
import { encodeAnswers, replayAnswers } from '#src/lib/flow/url-state.ts';
import { flowTranscript, type TranscriptStrings } from '#src/lib/flow/transcript.ts';
import { copyText } from '#src/client/clipboard.ts';
import { HANDOFF_EVENT } from '#src/client/handoff-link.ts';
import type { Handoff } from '#src/lib/handoff/handoff.ts';
import { sendEvent } from '#src/client/send-event.ts';
import type { FlowEvent } from '#src/schemas/events.ts';

/** What the page embeds for the player: the validated flow and the words it needs in the page's language. */
export interface PlayerData {
  flow: Flow;
  locale: string;
  platformLabels: Record<string, string>;
  strings: {
    stepOf: string;
    summaryCopied: string;
    outdatedLink: string;
    transcript: TranscriptStrings;
    linkCopied: string;
    otherDevices: string;
    printedFor: string;
  };
}

const PROGRESS_KEY = 'kb-flow:';

function randomRunId(): string {
  return crypto.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * Plays a compiled flow one node at a time over the server-rendered tree. The URL holds the answers
 * (so every step is a link), the XState actor decides what comes next, and nothing from the URL or
 * storage ever becomes markup: the page only shows and hides sections the build already rendered.
 */
export class FlowPlayer extends HTMLElement {
  #data!: PlayerData;
  #machine!: FlowMachine;
  #actor!: Actor<FlowMachine>;
  #sections = new Map<string, HTMLElement>();
  #runId = randomRunId();
  #finishedRun = false;

  connectedCallback() {
    const json = this.querySelector('script.flow-data')?.textContent;
    if (!json) return;
    this.#data = JSON.parse(json) as PlayerData;
    this.#machine = toMachine(this.#data.flow);
    for (const section of this.querySelectorAll<HTMLElement>('.flow-node')) this.#sections.set(section.dataset['node'] ?? '', section);
    this.#upgradeAnswerLinks();
    this.#wireControls();
    this.classList.add('is-playing');

    const fromUrl = replayAnswers(this.#data.flow, location.search);
    this.#actor = this.#actorAt(fromUrl.answers);
    if (fromUrl.problem) {
      this.#notice(this.#data.strings.outdatedLink);
      history.replaceState(history.state, '', location.pathname);
    } else if (fromUrl.answers.length === 0) {
      this.#offerResume();
    }
    this.#render(false);
    this.#emit('start');
    addEventListener('popstate', () => this.#restore(replayAnswers(this.#data.flow, location.search).answers, false));
    addEventListener('pagehide', () => {
      if (!this.#finishedRun && this.#answers().length > 0) this.#emit('abandoned');
    });
  }

  /** A fresh actor that has been given these answers in order; every state the player shows comes from one. */
  #actorAt(answers: readonly GivenAnswer[]): Actor<FlowMachine> {
    const actor = createActor(this.#machine).start();
    for (const { answer } of answers) actor.send({ type: 'flow.answer', answer });
    return actor;
  }

  #answers(): GivenAnswer[] { return this.#actor.getSnapshot().context.answers; }
  #facts(): Record<string, string> { return this.#actor.getSnapshot().context.facts; }
  #current(): string { return String(this.#actor.getSnapshot().value); }

  /** Each answer link of the no-JavaScript tree becomes a real button that sends an answer event. */
  #upgradeAnswerLinks() {
    for (const link of this.querySelectorAll<HTMLAnchorElement>('a[data-answer]')) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'answer-button';
      button.dataset['answer'] = link.dataset['answer'] ?? '';
      button.textContent = link.textContent;
      button.addEventListener('click', () => this.#answer(button.dataset['answer'] ?? ''));
      link.replaceWith(button);
    }
  }

  #wireControls() {
    this.querySelector('[data-control="back"]')?.addEventListener('click', () => this.#back());
    this.querySelector('[data-control="restart"]')?.addEventListener('click', () => this.#restart());
    this.querySelector('[data-control="copy-summary"]')?.addEventListener('click', () => void this.#copy(this.#transcript(), this.#data.strings.summaryCopied));
    this.querySelector('[data-control="copy-link"]')?.addEventListener('click', () => void this.#copy(location.href, this.#data.strings.linkCopied));
    this.querySelector('[data-control="resume"]')?.addEventListener('click', () => this.#resume());
    this.querySelector('[data-control="dismiss-resume"]')?.addEventListener('click', () => this.#hideResume(true));
    // Every contact link on the page, the footer's too, takes the summary so far to the contact page.
    document.addEventListener(HANDOFF_EVENT, (event) => {
      Object.assign((event as CustomEvent<Handoff>).detail, { summary: this.#transcript(), platform: this.#facts()['platform'] });
    });
  }

  #answer(answer: string) {
    const before = this.#answers().length;
    this.#actor.send({ type: 'flow.answer', answer });
    if (this.#answers().length === before) return;
    this.#hideResume(false);
    this.#pushUrl();
    this.#emit('step');
    this.#render(true);
  }

  #back() {
    const answers = this.#answers();
    if (answers.length === 0) return;
    // A finished actor takes no more events, so going back from an outcome replays one answer fewer.
    if (this.#actor.getSnapshot().status === 'done') this.#actor = this.#actorAt(answers.slice(0, -1));
    else this.#actor.send({ type: 'flow.back' });
    this.#finishedRun = false;
    this.#pushUrl();
    this.#render(true);
    this.#emit('back');
  }

  #restart() {
    this.#actor = this.#actorAt([]);
    this.#finishedRun = false;
    this.#runId = randomRunId();
    this.#hideResume(true);
    this.#pushUrl();
    this.#render(true);
    this.#emit('start');
  }

  #restore(answers: readonly GivenAnswer[], focus: boolean) {
    this.#actor = this.#actorAt(answers);
    this.#render(focus);
  }

  #pushUrl() {
    const query = encodeAnswers(this.#answers());
    history.pushState(null, '', query ? `${location.pathname}?${query}` : location.pathname);
    try { localStorage.setItem(PROGRESS_KEY + this.#data.flow.id, query); } catch { /* progress is kept in the URL anyway */ }
  }

  #render(moveFocus: boolean) {
    const current = this.#current();
    const { facts } = this.#actor.getSnapshot().context;
    for (const [id, section] of this.#sections) section.hidden = id !== current;
    const section = this.#sections.get(current);
    const node = nodeById(this.#data.flow, current);
    if (section && node) {
      const shown = new Set(visibleAnswers(node, facts).map((a) => a.id));
      for (const item of section.querySelectorAll<HTMLElement>('[data-answer-item]')) item.hidden = !shown.has(item.dataset['answerItem'] ?? '');
      this.#showPlatform(section, facts['platform']);
    }
    this.#renderTrail();
    const back = this.querySelector<HTMLButtonElement>('[data-control="back"]');
    if (back) back.disabled = this.#answers().length === 0;
    const heading = section?.querySelector<HTMLElement>('h2');
    const live = this.querySelector('.flow-live');
    if (live && heading) live.textContent = `${this.#data.strings.stepOf.replace('{number}', String(this.#answers().length + 1))}: ${heading.textContent ?? ''}`;
    if (moveFocus) heading?.focus();
    if (this.#actor.getSnapshot().status === 'done' && !this.#finishedRun) {
      this.#finishedRun = true;
      this.#emit(node?.type === 'escalate' ? 'escalated' : 'resolved');
    }
  }

  /** "Your answers so far": each earlier question with the answer given, linking back to that step. */
  #renderTrail() {
    const list = this.querySelector('.flow-trail ol');
    const trail = this.querySelector<HTMLElement>('.flow-trail');
    if (!list || !trail) return;
    list.replaceChildren();
    const answers = this.#answers();
    answers.forEach((given, index) => {
      const section = this.#sections.get(given.node);
      const question = section?.querySelector('h2')?.textContent ?? given.node;
      const label = section?.querySelector(`[data-answer="${CSS.escape(given.answer)}"]`)?.textContent ?? given.answer;
      const item = document.createElement('li');
      const link = document.createElement('a');
      const query = encodeAnswers(answers.slice(0, index));
      link.href = query ? `${location.pathname}?${query}` : location.pathname;
      link.textContent = question;
      link.addEventListener('click', (event) => {
        event.preventDefault();
        this.#actor = this.#actorAt(answers.slice(0, index));
        this.#finishedRun = false;
        this.#pushUrl();
        this.#render(true);
      });
      const answer = document.createElement('span');
      answer.className = 'trail-answer';
      answer.textContent = label;
      item.append(link, document.createTextNode(' '), answer);
      list.append(item);
    });
    trail.hidden = answers.length === 0;
  }

  #transcript(): string {
    return flowTranscript(this.#data.flow, this.#answers(), {
      url: location.href,
      platformLabel: (p) => this.#data.platformLabels[p] ?? p,
      strings: this.#data.strings.transcript,
    });
  }

  /** Copies, and says so where it can be seen and where a screen reader hears it. */
  async #copy(text: string, done: string) {
    const status = this.querySelector('.flow-status');
    if (await copyText(text) && status) status.textContent = done;
  }

  /**
   * Once the reader has named their device, a step shows that platform's part first and folds the
   * others under "Other devices". Parts are only moved, never rebuilt: the words stay the build's.
   */
  #showPlatform(section: HTMLElement, platform: string | undefined) {
    const parts = section.querySelector<HTMLElement>('[data-platform-parts]');
    if (!parts) return;
    const all = [...parts.querySelectorAll<HTMLElement>('.platform-part')].sort((a, b) => Number(a.dataset['order']) - Number(b.dataset['order']));
    let others = parts.querySelector<HTMLDetailsElement>('.other-platforms');
    if (!others) {
      others = document.createElement('details');
      others.className = 'other-platforms';
      const summary = document.createElement('summary');
      summary.textContent = this.#data.strings.otherDevices;
      others.append(summary);
      parts.append(others);
    }
    const chosen = all.find((part) => part.dataset['platform'] === platform);
    const note = parts.querySelector<HTMLElement>('.platform-note') ?? parts.insertAdjacentElement('afterbegin', Object.assign(document.createElement('p'), { className: 'platform-note' })) as HTMLElement;
    if (!chosen || !platform) {
      for (const part of all) parts.insertBefore(part, others);
      others.hidden = true;
      note.textContent = '';
      parts.removeAttribute('data-chosen');
      return;
    }
    parts.insertBefore(chosen, others);
    for (const part of all) if (part !== chosen) others.append(part);
    others.hidden = all.length < 2;
    note.textContent = this.#data.strings.printedFor.replace('{platform}', this.#data.platformLabels[platform] ?? platform);
    parts.dataset['chosen'] = platform;
  }

  #offerResume() {
    let saved = '';
    try { saved = localStorage.getItem(PROGRESS_KEY + this.#data.flow.id) ?? ''; } catch { return; }
    if (!saved) return;
    const replay = replayAnswers(this.#data.flow, saved);
    const node = nodeById(this.#data.flow, replay.current);
    // Stored progress is only a suggestion: anything stale, tampered or already finished is ignored.
    if (replay.problem || replay.answers.length === 0 || !node || node.type === 'resolved' || node.type === 'escalate') return;
    const panel = this.querySelector<HTMLElement>('.flow-resume');
    if (panel) { panel.hidden = false; panel.dataset['query'] = saved; }
  }

  #resume() {
    const panel = this.querySelector<HTMLElement>('.flow-resume');
    const saved = panel?.dataset['query'] ?? '';
    this.#hideResume(false);
    this.#actor = this.#actorAt(replayAnswers(this.#data.flow, saved).answers);
    this.#pushUrl();
    this.#render(true);
  }

  #hideResume(forget: boolean) {
    const panel = this.querySelector<HTMLElement>('.flow-resume');
    if (panel) panel.hidden = true;
    if (forget) try { localStorage.removeItem(PROGRESS_KEY + this.#data.flow.id); } catch { /* nothing stored */ }
  }

  #notice(text: string) {
    const notice = this.querySelector<HTMLElement>('.flow-notice');
    if (!notice) return;
    notice.textContent = text;
    notice.hidden = false;
  }

  #emit(action: FlowEvent['action']) {
    const endpoint = this.dataset['endpoint'] || undefined;
    sendEvent({ type: 'flow', action, flow: this.#data.flow.id, node: this.#current(), run: this.#runId, locale: this.#data.locale, time: new Date().toISOString() }, endpoint, this);
  }
}
