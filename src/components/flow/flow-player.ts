import { createActor, type Actor } from 'xstate';
import type { Flow } from '#src/schemas/flow.ts';
import { toMachine, type FlowMachine } from '#src/lib/flow/to-machine.ts';
import { nodeById, visibleAnswers, type GivenAnswer } from '#src/lib/flow/graph.ts';
import { encodeAnswers, replayAnswers } from '#src/lib/flow/url-state.ts';
import { flowTranscript, type TranscriptStrings } from '#src/lib/flow/transcript.ts';
import { escalationMessage, mailtoHref, type EscalationStrings } from '#src/lib/flow/escalation.ts';
import { copyText } from '#src/client/clipboard.ts';
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
    escalation: EscalationStrings & { copied: string };
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
  /** Things to refresh whenever a node is shown (the escalation email link carries the latest answers). */
  #onShow: Array<() => void> = [];

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
    this.querySelector('[data-control="copy-summary"]')?.addEventListener('click', () => void this.#copySummary());
    this.querySelector('[data-control="resume"]')?.addEventListener('click', () => this.#resume());
    this.querySelector('[data-control="dismiss-resume"]')?.addEventListener('click', () => this.#hideResume(true));
    for (const form of this.querySelectorAll<HTMLFormElement>('.escalation-form')) this.#wireEscalation(form);
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
    }
    this.#renderTrail();
    const back = this.querySelector<HTMLButtonElement>('[data-control="back"]');
    if (back) back.disabled = this.#answers().length === 0;
    const heading = section?.querySelector<HTMLElement>('h2');
    const live = this.querySelector('.flow-live');
    if (live && heading) live.textContent = `${this.#data.strings.stepOf.replace('{number}', String(this.#answers().length + 1))}: ${heading.textContent ?? ''}`;
    for (const refresh of this.#onShow) refresh();
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

  async #copySummary() {
    const status = this.querySelector('.flow-status');
    if (await copyText(this.#transcript()) && status) status.textContent = this.#data.strings.summaryCopied;
  }

  /** The hand-off form: a real mailto link kept up to date as the reader types, plus copy for ticket forms. */
  #wireEscalation(form: HTMLFormElement) {
    form.hidden = false;
    const status = form.querySelector('.escalation-status');
    const email = form.querySelector<HTMLAnchorElement>('[data-action="email"]');
    const message = () => {
      const data = new FormData(form);
      const field = (name: string) => String(data.get(name) ?? '');
      return escalationMessage({ name: field('name'), contact: field('contact'), details: field('details') }, this.#transcript(), this.#data.strings.escalation);
    };
    const updateEmail = () => { if (email) email.href = mailtoHref(form.dataset['email'] ?? '', form.dataset['subject'] ?? '', message()); };
    form.addEventListener('input', updateEmail);
    email?.addEventListener('focus', updateEmail);
    email?.addEventListener('pointerdown', updateEmail);
    this.#onShow.push(updateEmail);
    form.addEventListener('submit', (event) => event.preventDefault());
    form.querySelector('[data-action="copy"]')?.addEventListener('click', async () => {
      if (await copyText(message()) && status) status.textContent = this.#data.strings.escalation.copied;
    });
    form.querySelector('[data-action="ticket"]')?.addEventListener('click', () => void copyText(message()));
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
