import { createContext, useContext } from 'react';
import type { Language } from '@questionnaire/browser';
import type { BuilderState } from './useBuilderState';

export interface BuilderContextValue extends BuilderState {
  /** The languages of the questionnaire, bokmål first: one column each. */
  languages: Language[];
}

export const BuilderContext = createContext<BuilderContextValue | undefined>(undefined);

export function useBuilder(): BuilderContextValue {
  const context = useContext(BuilderContext);
  if (!context) throw new Error('useBuilder outside the builder');
  return context;
}
