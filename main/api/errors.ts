/** An error whose message is meant for the officer: Chinese, says what happened and what to do. */
export class AppError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

export function notFound(what: string): AppError {
  return new AppError('NOT_FOUND', `找不到${what}。`);
}
