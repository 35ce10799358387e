import type { components } from './schema';

export type Problem = components['schemas']['Problem'];
export type FieldViolation = components['schemas']['FieldViolation'];

/** An API answer other than success: its status and its problem+json body (when it had one). */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(status: number, problem: Problem | undefined) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem ?? { status };
  }

  /** Field errors by field path (e.g. `contact.email`), the first message of each. */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const violation of this.problem.errors ?? []) {
      const field = violation.field ?? '';
      if (field && !(field in out)) out[field] = violation.message ?? violation.rule ?? '';
    }
    return out;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

function asProblem(body: unknown): Problem | undefined {
  return typeof body === 'object' && body !== null ? (body as Problem) : undefined;
}

/** openapi-fetch's result to data, or an ApiError carrying the problem. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || result.data === undefined) {
    throw new ApiError(result.response.status, asProblem(result.error));
  }
  return result.data;
}
