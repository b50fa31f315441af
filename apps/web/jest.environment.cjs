// jsdom, plus what React Router's data router needs from Node and jsdom leaves out: the Fetch API's
// Request, Response and Headers, TextEncoder and TextDecoder, and Node's AbortController (Node's
// Request accepts only its own AbortSignal).
const { TestEnvironment } = require('jest-environment-jsdom');

module.exports = class WebTestEnvironment extends TestEnvironment {
  constructor(...args) {
    super(...args);
    const { Request, Response, Headers, TextEncoder, TextDecoder, AbortController, AbortSignal, ReadableStream } =
      globalThis;
    Object.assign(this.global, {
      Request,
      Response,
      Headers,
      TextEncoder,
      TextDecoder,
      AbortController,
      AbortSignal,
      ReadableStream,
    });
  }
};
