/** A respondent without a browser: supertest with a cookie jar, reading the pages' hidden fields. */
import request from 'supertest';
import type { TestContext } from '../../support/test-app';

export interface PageAnswer {
  status: number;
  text: string;
  location?: string;
  setCookie: string[];
}

export class FormSession {
  readonly agent: ReturnType<typeof request.agent>;
  /** The last HTML page received. */
  html = '';

  constructor(
    ctx: TestContext,
    readonly token: string,
  ) {
    this.agent = request.agent(ctx.app.getHttpServer());
  }

  async get(path = '', query = ''): Promise<PageAnswer> {
    return this.keep(await this.agent.get(`/s/${this.token}${path}${query ? `?${query}` : ''}`));
  }

  /** Sends the page shown last with these fields (repeated names for several values). */
  async post(fields: Record<string, string | string[]>, options: { action?: string; path?: string; csrf?: string | null } = {}): Promise<PageAnswer> {
    const body = new URLSearchParams();
    const csrf = options.csrf === undefined ? this.hidden('_csrf') : options.csrf;
    if (csrf !== null && csrf !== undefined) body.append('_csrf', csrf);
    const page = this.hidden('_page');
    if (page && !options.path) body.append('_page', page);
    if (options.action) body.append('_action', options.action);
    for (const [name, value] of Object.entries(fields)) for (const one of Array.isArray(value) ? value : [value]) body.append(name, one);
    return this.keep(await this.agent.post(`/s/${this.token}${options.path ?? ''}`).type('form').send(body.toString()));
  }

  /** Follows a 303 to the page it names. */
  async follow(answer: PageAnswer): Promise<PageAnswer> {
    if (answer.status !== 303 || !answer.location) throw new Error(`Expected a redirect, got ${answer.status}: ${answer.text.slice(0, 300)}`);
    return this.keep(await this.agent.get(answer.location));
  }

  /** Posts the current page and follows the redirect to the next one. */
  async next(fields: Record<string, string | string[]>, action?: string): Promise<PageAnswer> {
    return this.follow(await this.post(fields, { action }));
  }

  hidden(name: string): string | undefined {
    return new RegExp(`name="${name}" value="([^"]*)"`).exec(this.html)?.[1];
  }

  get pageId(): string | undefined {
    return this.hidden('_page');
  }

  private keep(response: request.Response): PageAnswer {
    if (response.type === 'text/html') this.html = response.text;
    const setCookie = response.headers['set-cookie'] as unknown as string[] | undefined;
    return { status: response.status, text: response.text, location: response.headers.location, setCookie: setCookie ?? [] };
  }
}

/** The demo's pages answered so that the stay page is skipped and a follow-up question is hidden. */
export const DEMO_PAGES: Record<string, Record<string, string | string[]>> = {
  services: { q01_services: ['1', '2'], q04_admitted: '2' },
  access: { q05_easy_to_get_help: '4' },
  involvement: { q12a_listened_to: '5' },
  help: { q20_contact_person: '2', q23_wants_contact_person: '1', _shown: 'q23_wants_contact_person' },
  daily_life: { q32_housing: '1' },
  about_you: { q37_municipality: '4601', q38_age: '22' },
};
