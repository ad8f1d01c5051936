import { DEFAULT_LOCALE, useTranslations, type Locale } from './index.ts';
import type { StepAnswerLabels } from '#src/lib/flow/graph.ts';

/**
 * A step's two answers as a flow's diagram words them: in the flow's own language, which is the
 * reader's when the flow is translated and English when it is shown untranslated.
 */
export function diagramStepAnswers(locale: Locale, translated: boolean): StepAnswerLabels {
  const { flow } = useTranslations(translated ? locale : DEFAULT_LOCALE);
  return { fixed: flow.yesFixed, notFixed: flow.noNotFixed };
}
