import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { ErrorCode, Problem } from '@galaxy/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { AppError, ERROR_STATUS } from './app-error';
import { databaseAppError } from './database-errors';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  408: 'Request Timeout',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
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
  // Routing errors, from Fastify's frameworkErrors: the URL itself is wrong.
  if (err?.code === 'FST_ERR_BAD_URL') {
    return new AppError('MALFORMED_REQUEST', 'The URL is not valid: check its percent-encoding', [
      { location: 'path', field: '', message: 'Malformed percent-encoding or invalid URL' },
    ]);
  }
  if (err?.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    return new AppError('URI_TOO_LONG', 'A part of the URL is too long', [
      { location: 'path', field: '', message: 'A path segment is longer than the server accepts' },
    ]);
  }
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
  const database = databaseAppError(exception);
  if (database) return database;
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
  } else if (error.code === 'DATABASE_UNAVAILABLE') {
    logger.warn({ err: exception, reqId: request.id }, 'Database unavailable');
  }
  const problem = toProblem(error, request.url.split('?')[0], String(request.id));
  void reply
    .status(problem.status)
    .headers(error.headers)
    .type('application/problem+json; charset=utf-8')
    .send(JSON.stringify(problem));
}

/**
 * Errors Node's HTTP parser meets before any request exists (headers too large, a malformed request
 * line, a slow client): Fastify's `clientErrorHandler`. Answered as problem+json too, then the
 * connection is closed, as Node itself does.
 */
export function writeClientErrorProblem(err: NodeJS.ErrnoException, socket: Duplex): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const error =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? new AppError('HEADERS_TOO_LARGE', 'The request headers (with the URL) are too large')
      : err.code === 'HPE_URI_TOO_LONG'
        ? new AppError('URI_TOO_LONG', 'The URL is too long')
        : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? new AppError('REQUEST_TIMEOUT', 'The request took too long to arrive')
          : new AppError('MALFORMED_REQUEST', 'The request is not valid HTTP');
  const status = error.status;
  const body = JSON.stringify(toProblem(error));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/problem+json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(err);
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
