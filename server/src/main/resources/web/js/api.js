// Calls to the server with a bearer token; server-sent events over POST for the chat stream.
export class ApiError extends Error {
  constructor(status, message, body, path) {
    super(message);
    this.status = status;
    this.body = body;
    this.path = path;
  }

  /** The endpoint is not there (yet): this server does not serve it. */
  get missing() {
    // the API's own errors are {"error": {...}}; a route that does not exist answers Javalin's default instead
    return (this.status === 404 && !(this.body && this.body.error)) || this.status === 405 || this.status === 501;
  }

  get unauthorized() {
    return this.status === 401 || this.status === 403;
  }
}

function headers(token, contentType) {
  const out = {};
  if (token) out.Authorization = 'Bearer ' + token;
  if (contentType) out['Content-Type'] = contentType;
  return out;
}

async function failure(response, path) {
  let body = null;
  let message = response.statusText || ('HTTP ' + response.status);
  try {
    const text = await response.text();
    try {
      body = JSON.parse(text);
      message = (body.error && (body.error.message || body.error)) || body.message || body.title || message;
    } catch { if (text) message = text.slice(0, 300); }
  } catch { /* no body */ }
  return new ApiError(response.status, typeof message === 'string' ? message : JSON.stringify(message), body, path);
}

/**
 * A call answered with JSON: resolves to the parsed body (null for 204), rejects with an ApiError. The body is sent
 * as JSON, or as is when it is text.
 */
export async function call(method, path, { token, body, query, text } = {}) {
  let url = path;
  if (query) {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') params.set(k, v);
    const qs = params.toString();
    if (qs) url += (url.includes('?') ? '&' : '?') + qs;
  }
  let response;
  try {
    response = await fetch(url, {
      method,
      headers: headers(token, text !== undefined ? 'text/plain; charset=utf-8' : body !== undefined ? 'application/json' : null),
      body: text !== undefined ? text : body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    throw new ApiError(0, e.message || 'network error', null, path);
  }
  if (!response.ok) throw await failure(response, path);
  if (response.status === 204) return null;
  const answer = await response.text();
  return answer ? JSON.parse(answer) : null;
}

export const get = (path, token, query) => call('GET', path, { token, query });
export const post = (path, token, body) => call('POST', path, { token, body });
export const put = (path, token, body) => call('PUT', path, { token, body });
export const postText = (path, token, text, query) => call('POST', path, { token, text, query });

/**
 * POST /api/chat/stream: calls onEvent(name, data) for each server-sent event as it arrives
 * (frame, answer, reply, error); resolves when the stream ends.
 */
export async function stream(path, token, body, onEvent) {
  let response;
  try {
    response = await fetch(path, {
      method: 'POST',
      headers: { ...headers(token, 'application/json'), Accept: 'text/event-stream' },
      body: JSON.stringify(body),
    });
  } catch (e) {
    throw new ApiError(0, e.message || 'network error', null, path);
  }
  if (!response.ok) throw await failure(response, path);
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const dispatch = (block) => {
    let event = 'message';
    const data = [];
    for (const line of block.split('\n')) {
      if (line.startsWith('event:')) event = line.slice(6).trim();
      else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
    }
    if (!data.length) return;
    let parsed = data.join('\n');
    try { parsed = JSON.parse(parsed); } catch { /* plain text */ }
    onEvent(event, parsed);
  };
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true }).replace(/\r\n/g, '\n');
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      dispatch(buffer.slice(0, end));
      buffer = buffer.slice(end + 2);
    }
  }
  buffer += decoder.decode();
  if (buffer.trim()) dispatch(buffer);
}
