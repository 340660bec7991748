import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, UpdateDateColumn } from 'typeorm';
import { User } from '../../identity/src/user.entity';
import type { AgeBand, Language } from '@stemme/questionnaire';

/** Help text per language (paragraphs split on blank lines) and links such as tel: or https:. */
export interface ReceiptHelp {
  text: Partial<Record<Language, string>>;
  links: { href: string; label: Partial<Record<Language, string>> }[];
}

export const NO_RECEIPT_HELP: ReceiptHelp = { text: {}, links: [] };

@Entity('study')
@Check('CHK_study_disclosure_threshold', `"disclosure_threshold" BETWEEN 1 AND 100`)
@Check('CHK_study_reporting_minimum', `"reporting_minimum" BETWEEN 1 AND 1000`)
@Check('CHK_study_languages', `'nb' = ANY("languages") AND "languages" <@ ARRAY['nb','nn','en']::text[]`)
@Check('CHK_study_unfinished_expiry_days', `"unfinished_expiry_days" BETWEEN 1 AND 365`)
export class Study {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_study' })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'text', default: '' })
  description: string;

  /** Groups with fewer respondents than this are never shown (k). */
  @Column({ name: 'disclosure_threshold', type: 'smallint', default: 5 })
  disclosureThreshold: number;

  /** A municipality gets results of its own only from this many responses; smaller ones are pooled. */
  @Column({ name: 'reporting_minimum', type: 'smallint', default: 10 })
  reportingMinimum: number;

  @Column({ name: 'age_bands', type: 'jsonb' })
  ageBands: AgeBand[];

  @Column({ type: 'text', array: true, default: () => `'{nb}'` })
  languages: Language[];

  /** Whether free-text answers may leave the platform in raw-data exports. */
  @Column({ name: 'free_text_export', type: 'boolean', default: false })
  freeTextExport: boolean;

  /**
   * Where respondents can find someone to talk to, shown on the receipt in their language: the
   * people who answer are service users, and some are in crisis when they do.
   */
  @Column({ name: 'receipt_help', type: 'jsonb', default: () => `'{"text": {}, "links": []}'` })
  receiptHelp: ReceiptHelp;

  /** Unfinished (saved) forms are deleted after this many days. */
  @Column({ name: 'unfinished_expiry_days', type: 'smallint', default: 14 })
  unfinishedExpiryDays: number;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'FK_study_created_by' })
  creator?: Relation<User>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
