import type { FieldError, Problem } from '@basis/sdk/contract';

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Content too large',
  415: 'Unsupported media type',
  422: 'Validation failed',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

/** An error the client can act on, rendered as RFC 9457 problem details. */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly errors?: FieldError[],
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
    this.name = 'ProblemError';
  }

  toProblem(instance?: string): Problem {
    return problem(this.status, this.detail, this.errors, instance);
  }
}

export function problem(status: number, detail: string, errors?: FieldError[], instance?: string): Problem {
  const title = TITLES[status] ?? 'Error';
  return {
    type: `/problems/${title.toLowerCase().replace(/ /g, '-')}`,
    title,
    status,
    detail,
    ...(instance ? { instance } : {}),
    ...(errors ? { errors } : {}),
  };
}

export const notFound = (detail: string) => new ProblemError(404, detail);
export const conflict = (detail: string) => new ProblemError(409, detail);

/** The request is well-formed but a field breaks a rule; `field` is named in `errors`. */
export function invalidField(field: string, message: string, where: FieldError['in'] = 'body'): ProblemError {
  return new ProblemError(422, message, [{ field, in: where, message }]);
}

/** The request is well-formed but fields break rules; `errors` names each, the detail lists them. */
export function invalidFields(errors: FieldError[]): ProblemError {
  const fields = [...new Set(errors.map((e) => e.field))].join(', ');
  const one = errors.length === 1;
  return new ProblemError(
    422,
    `The request has ${one ? 'an invalid field' : 'invalid fields'}: ${fields}. Correct ${one ? 'it' : 'them'} and send it again.`,
    errors,
  );
}
