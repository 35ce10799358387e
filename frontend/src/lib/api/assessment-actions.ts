type Assessment = { id: string; amends?: string | null | undefined; allowedActions: readonly ('REVISE' | 'FINALISE' | 'AMEND')[] };

/** Whether the server lists this action for the assessment now. */
export function allows(assessment: Assessment, action: Assessment['allowedActions'][number]): boolean {
  return assessment.allowedActions.includes(action);
}

/** A correction is offered where the server allows amending, on the assessment no other one corrects yet. */
export function mayCorrect(assessment: Assessment, all: readonly Assessment[]): boolean {
  return allows(assessment, 'AMEND') && !all.some((other) => other.amends === assessment.id);
}
