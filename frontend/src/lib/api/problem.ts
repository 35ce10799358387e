import type { components } from './schema';

export type Problem = components['schemas']['Problem'];
export type FieldViolation = components['schemas']['FieldViolation'];

/** An API answer other than success: its status and its problem+json body (when it had one). */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  /** The operation that failed, as the contract names it (`POST /api/referrals/{id}/accept`), when known. */
  readonly operation: string | undefined;

  constructor(status: number, problem: Problem | undefined, operation?: string) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem ?? { status };
    this.operation = operation;
  }

  /** Whether the failed call was meant to change something (not a read). */
  get isChange(): boolean {
    return this.operation !== undefined && !this.operation.startsWith('GET ');
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

const operations = new WeakMap<Response, string>();

/** Remembers which operation of the contract a response answers (the client's middleware calls it for every call). */
export function rememberOperation(response: Response, method: string, schemaPath: string): void {
  operations.set(response, `${method.toUpperCase()} ${schemaPath}`);
}

/** The operation a response answered, as the contract names it, when the client saw it. */
export function operationOf(response: Response): string | undefined {
  return operations.get(response);
}

/** openapi-fetch's result to data, or an ApiError carrying the problem and the operation refused. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || result.data === undefined) {
    throw new ApiError(result.response.status, asProblem(result.error), operationOf(result.response));
  }
  return result.data;
}
