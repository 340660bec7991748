import { Injectable } from '@nestjs/common';
import { FormContextCache, LINK_TOKEN_PATTERN, linkStatus, LinksRepository, type FormContext, type LinkStatus } from '@stemme/distribution';
import type { Language } from '@stemme/questionnaire';

/** Links as respondents meet them: found by token, and open or not at this moment. */
@Injectable()
export class OpenLinks {
  constructor(
    private readonly cache: FormContextCache,
    private readonly links: LinksRepository,
  ) {}

  /** Null for a token that is malformed, unknown, or whose version is not published. */
  find(token: string): Promise<FormContext | null> {
    return LINK_TOKEN_PATTERN.test(token) ? this.cache.get(token) : Promise.resolve(null);
  }

  /**
   * Whether the link can be answered now. `full` needs the count of a capped link, one query;
   * submissions skip it, since storing a capped response checks the cap in its transaction.
   */
  async status(context: FormContext, options: { countCapped: boolean }): Promise<LinkStatus> {
    const { link } = context;
    const counted = link.responseCap !== null && options.countCapped ? ((await this.links.quotaUsed([link.id])).get(link.id) ?? 0) : undefined;
    return linkStatus(link, new Date(), counted);
  }

  /** The requested language when the study offers it; otherwise the first offered (bokmål). */
  language(context: FormContext, ...wishes: (string | undefined | null)[]): Language {
    return (wishes.find((wish) => context.languages.includes(wish as Language)) as Language | undefined) ?? context.languages[0];
  }
}
