/**
 * The correction form's state and its one side effect, the POST to the site's `correction-endpoint`. Nothing is
 * sent but on the visitor's click, and only a draft without problems. A POST still running when the element
 * leaves the page is cancelled.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Route } from '../../../feed/parse-feed.js';
import type { Messages } from '../../../i18n/index.js';
import { emit } from '../../../events.js';
import type { CorrectionDraft, CorrectionRequest, DraftErrors } from '../../../model/correction.js';
import { correctionEndpoint } from '../../../model/correction-mail.js';
import { OnDemand } from './on-demand.js';

export type CorrectionModule = typeof import('../../../chunks/correction-module.js');

export type CorrectionStatus = 'editing' | 'sending' | 'sent' | 'failed';

const blankDraft = (): CorrectionDraft => ({ field: 'naam', proposed: '', naam: '', email: '' });

export class CorrectionController implements ReactiveController {
  /** `correction-endpoint`, resolved against the page and checked; undefined: the e-mail link. */
  endpoint: string | undefined;
  /** The route whose form is open. */
  routeId: string | undefined;
  draft: CorrectionDraft = blankDraft();
  errors: DraftErrors = {};
  status: CorrectionStatus = 'editing';
  /** Why the last POST failed, in the visitor's words. */
  failure = '';
  /** What the last attempt would send: the e-mail fallback carries the same. */
  request: CorrectionRequest | undefined;
  private running: AbortController | undefined;
  private readonly form: OnDemand<CorrectionModule>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly messages: () => Messages,
  ) {
    host.addController(this);
    this.form = new OnDemand(host, () => import('../../../chunks/correction-module.js'), {
      styles: (module) => module.correctionStyles,
      failed: (error) =>
        console.warn('leerroutes-kaart: the correction form could not be loaded; the e-mail link is shown.', error),
    });
  }

  /** The form's code, once loaded. */
  get module(): CorrectionModule | undefined {
    return this.form.part;
  }

  /** The form's code did not come: the panel shows the e-mail link. */
  get loadFailed(): boolean {
    return this.form.failed;
  }

  readEndpoint(written: string | undefined): void {
    const checked = correctionEndpoint(written, document.baseURI, location.origin);
    if (checked.problem) console.warn(`leerroutes-kaart: ${checked.problem}; the e-mail link is used instead.`);
    this.endpoint = checked.url;
  }

  isOpenFor(routeId: string): boolean {
    return this.routeId === routeId;
  }

  open(routeId: string): void {
    this.cancel();
    this.routeId = routeId;
    this.draft = blankDraft();
    this.errors = {};
    this.status = 'editing';
    this.request = undefined;
    this.host.requestUpdate();
    this.form.load().then(
      () => {
        if (this.routeId === routeId) void this.focusAfterUpdate('#correction-field');
      },
      () => undefined,
    );
  }

  close(): void {
    this.cancel();
    this.routeId = undefined;
    this.host.requestUpdate();
    void this.focusAfterUpdate('.correction-open');
  }

  edit<K extends keyof CorrectionDraft>(key: K, value: CorrectionDraft[K]): void {
    this.draft = { ...this.draft, [key]: value };
    if (key === 'field') {
      this.host.requestUpdate();
      return;
    }
    // A problem the visitor just fixed goes at once; new ones wait for the next click on "Verstuur". Typing alone
    // renders nothing: a render writing the field's value back could drop keys typed meanwhile.
    const shown = this.errors[key as keyof DraftErrors];
    const module = this.module;
    if (!shown || !module) return;
    if (!module.draftErrors(this.draft, module.correctionTexts(this.messages().lang))[key as keyof DraftErrors]) {
      this.errors = { ...this.errors, [key]: undefined };
      this.host.requestUpdate();
    }
  }

  async submit(route: Route): Promise<void> {
    const module = this.module;
    if (this.status === 'sending' || !module) return;
    const m = this.messages();
    const endpoint = this.endpoint;
    this.errors = module.draftErrors(this.draft, module.correctionTexts(m.lang));
    const invalid = (['proposed', 'naam', 'email'] as const).find((key) => this.errors[key]);
    this.request = module.correctionRequest(route, this.draft, m);
    if (invalid || !endpoint) {
      this.host.requestUpdate();
      if (invalid) void this.focusAfterUpdate(`#correction-${invalid}`);
      return;
    }
    const running = new AbortController();
    this.running = running;
    this.status = 'sending';
    this.host.requestUpdate();
    const outcome = await module.sendCorrection(endpoint, this.request, running.signal, module.correctionTexts(m.lang));
    if ('cancelled' in outcome || this.running !== running) return;
    this.running = undefined;
    this.status = outcome.sent ? 'sent' : 'failed';
    this.failure = outcome.sent ? '' : outcome.reason;
    this.host.requestUpdate();
    if (outcome.sent) void this.focusAfterUpdate('.correction-done');
    emit(this.host, 'correction-send', {
      routeId: route.id,
      field: this.draft.field,
      sent: outcome.sent,
      ...(outcome.status === undefined ? {} : { status: outcome.status }),
    });
  }

  hostDisconnected(): void {
    this.cancel();
  }

  private cancel(): void {
    this.running?.abort('cancelled');
    this.running = undefined;
    if (this.status === 'sending') this.status = 'editing';
  }

  private async focusAfterUpdate(selector: string): Promise<void> {
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>(selector)?.focus();
  }
}
