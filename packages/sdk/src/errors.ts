import type { FieldError, Problem } from './contract/common.js';

/** Every error the SDK throws. */
export class BasisError extends Error {
  override name = 'BasisError';
}

/** The server answered with an error status; `problem` holds its RFC 9457 details. */
export class ApiError extends BasisError {
  override name = 'ApiError';
  readonly status: number;
  readonly title: string;
  readonly detail: string;
  /** For 400 and 422: each field that is wrong. */
  readonly errors: FieldError[];
  readonly problem: Problem;

  constructor(
    problem: Problem,
    readonly response: Response,
  ) {
    super(`${problem.status} ${problem.title}: ${problem.detail}`);
    this.problem = problem;
    this.status = problem.status;
    this.title = problem.title;
    this.detail = problem.detail;
    this.errors = problem.errors ?? [];
  }
}

export class BadRequestError extends ApiError {
  override name = 'BadRequestError';
}
export class UnauthorizedError extends ApiError {
  override name = 'UnauthorizedError';
}
export class ForbiddenError extends ApiError {
  override name = 'ForbiddenError';
}
export class NotFoundError extends ApiError {
  override name = 'NotFoundError';
}
export class ConflictError extends ApiError {
  override name = 'ConflictError';
}
/** 422: the request was understood, but fields are wrong; see `errors`. */
export class ValidationError extends ApiError {
  override name = 'ValidationError';
}
export class RateLimitError extends ApiError {
  override name = 'RateLimitError';
  /** Seconds to wait before trying again, from `Retry-After`, when the server said. */
  readonly retryAfter: number | undefined;

  constructor(problem: Problem, response: Response) {
    super(problem, response);
    const header = response.headers.get('retry-after');
    const seconds = header === null ? NaN : /^\d+$/.test(header) ? Number(header) : (Date.parse(header) - Date.now()) / 1000;
    this.retryAfter = Number.isFinite(seconds) ? Math.max(0, Math.ceil(seconds)) : undefined;
  }
}
/** 5xx: a fault on the server's side. */
export class ServerError extends ApiError {
  override name = 'ServerError';
}

/** No answer: the server could not be reached or the connection broke. */
export class ConnectionError extends BasisError {
  override name = 'ConnectionError';
}
/** No answer in time. */
export class TimeoutError extends BasisError {
  override name = 'TimeoutError';
}
/** The server answered, but not with what the contract promises: versions of client and server differ, or a proxy answered. */
export class ResponseMismatchError extends BasisError {
  override name = 'ResponseMismatchError';
  constructor(
    message: string,
    readonly body: unknown,
    readonly issues: readonly { path: readonly PropertyKey[]; message: string }[] = [],
  ) {
    super(message);
  }
}

const BY_STATUS: Record<number, new (problem: Problem, response: Response) => ApiError> = {
  400: BadRequestError,
  401: UnauthorizedError,
  403: ForbiddenError,
  404: NotFoundError,
  409: ConflictError,
  422: ValidationError,
  429: RateLimitError,
};

/** The error class for a status; problem details that are missing are filled from the status. */
export function apiError(response: Response, body: unknown): ApiError {
  const given = (typeof body === 'object' && body !== null ? body : {}) as Partial<Problem>;
  const problem: Problem = {
    type: typeof given.type === 'string' ? given.type : 'about:blank',
    title: typeof given.title === 'string' ? given.title : response.statusText || 'Error',
    status: response.status,
    detail:
      typeof given.detail === 'string'
        ? given.detail
        : typeof body === 'string' && body
          ? body.slice(0, 500)
          : `The server answered ${response.status}.`,
    ...(typeof given.instance === 'string' ? { instance: given.instance } : {}),
    ...(Array.isArray(given.errors) ? { errors: given.errors } : {}),
  };
  const ErrorClass = BY_STATUS[response.status] ?? (response.status >= 500 ? ServerError : ApiError);
  return new ErrorClass(problem, response);
}
