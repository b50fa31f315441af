import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { ErrorCode, Problem } from '@galaxy/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, ERROR_STATUS } from './app-error';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

const CODE_FOR_STATUS: Partial<Record<number, ErrorCode>> = {
  400: 'MALFORMED_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
  503: 'SERVICE_UNAVAILABLE',
};

/** Fastify's own errors (body parsing, limits) carry a status and an FST_ code. */
interface FastifyLikeError {
  statusCode?: number;
  code?: string;
  message?: string;
}

/** Turns any thrown value into an AppError: the one place where errors get their code. */
export function toAppError(exception: unknown): AppError {
  if (exception instanceof AppError) return exception;
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const code = CODE_FOR_STATUS[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'MALFORMED_REQUEST');
    const message = status === 404 ? 'No such resource' : exception.message;
    return new AppError(code, message);
  }
  const err = exception as FastifyLikeError;
  if (typeof err?.statusCode === 'number' && err.statusCode < 500 && typeof err.code === 'string') {
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      return new AppError('PAYLOAD_TOO_LARGE', 'The request body is too large');
    if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json');
    }
    if (err.code.startsWith('FST_ERR_CTP') || err.statusCode === 400) {
      return new AppError('MALFORMED_REQUEST', 'The request body is not valid JSON', [
        { location: 'body', field: '', message: err.message ?? 'Malformed body' },
      ]);
    }
    const code = CODE_FOR_STATUS[err.statusCode];
    if (code) return new AppError(code, err.message ?? TITLES[err.statusCode] ?? 'Error');
  }
  return new AppError('INTERNAL_ERROR', 'Something went wrong on our side; the error has been logged');
}

export function toProblem(error: AppError, instance?: string, requestId?: string): Problem {
  const status = ERROR_STATUS[error.code];
  return {
    type: 'about:blank',
    title: TITLES[status] ?? 'Error',
    status,
    detail: error.message,
    instance,
    code: error.code,
    ...(error.errors.length ? { errors: error.errors } : {}),
    requestId,
    ...error.extensions,
  };
}

export function sendProblem(reply: FastifyReply, request: FastifyRequest, exception: unknown, logger: Logger): void {
  const error = toAppError(exception);
  if (error.code === 'INTERNAL_ERROR') {
    logger.error({ err: exception, reqId: request.id }, 'Unhandled error');
  }
  const problem = toProblem(error, request.url.split('?')[0], String(request.id));
  void reply
    .status(problem.status)
    .headers(error.headers)
    .type('application/problem+json; charset=utf-8')
    .send(JSON.stringify(problem));
}

@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  constructor(private readonly spaFallback?: (request: FastifyRequest, reply: FastifyReply) => boolean) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const reply = ctx.getResponse<FastifyReply>();
    const request = ctx.getRequest<FastifyRequest>();
    if (
      exception instanceof HttpException &&
      exception.getStatus() === HttpStatus.NOT_FOUND &&
      this.spaFallback?.(request, reply)
    ) {
      return;
    }
    sendProblem(reply, request, exception, this.logger);
  }
}
