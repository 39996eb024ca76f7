/** The server's health probes, which live beside the API rather than under it. */

/** Whether the server says it is ready (`GET /readyz` answers 2xx). Never throws, except on abort. */
export async function isReady(signal?: AbortSignal): Promise<boolean> {
  try {
    const response = await fetch('/readyz', { cache: 'no-store', signal });
    return response.ok;
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    return false;
  }
}
